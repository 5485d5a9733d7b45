// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HelpBox } from './HelpBox';
import { TEST_GUIDE } from './test-fixtures';

describe('HelpBox', () => {
  it('links the hotline and contact phones with tel:', () => {
    render(<HelpBox help={TEST_GUIDE.help} lang="vi" />);
    const hotline = screen.getByRole('link', { name: 'Tổng đài hỗ trợ 18001096' });
    expect(hotline.getAttribute('href')).toBe('tel:18001096');
    expect(screen.getByText(/Gọi miễn phí/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '0238 3844 555' }).getAttribute('href')).toBe('tel:02383844555');
    expect(screen.getByRole('link', { name: 'Gửi phản ánh, kiến nghị' }).getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('does not call a paid 1900 number free', () => {
    render(<HelpBox help={{ hotline: '1900 1234' }} lang="vi" />);
    expect(screen.queryByText(/miễn phí/i)).toBeNull();
  });

  it('shows situations as collapsible "Câu hỏi thường gặp"', () => {
    const { container } = render(<HelpBox help={TEST_GUIDE.help} situations={TEST_GUIDE.situations} lang="vi" />);
    expect(screen.getByRole('heading', { name: 'Câu hỏi thường gặp' })).toBeTruthy();
    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(details.querySelector('summary')?.textContent).toBe('Không nhận được mã OTP');
    expect(details.open).toBe(false);
    fireEvent.click(details.querySelector('summary') as HTMLElement);
    expect(screen.getByText('Gửi lại').tagName).toBe('STRONG');
  });
});
