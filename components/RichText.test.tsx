// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RichText } from './RichText';

describe('RichText', () => {
  it('renders paragraphs, bold, lists and safe links', () => {
    const { container } = render(
      <RichText source={'Bấm **Nộp hồ sơ**.\n\n- Tờ khai\n- Giấy chứng sinh\n\n1. Một\n2. Hai\n\nXem [Cổng Dịch vụ công](https://dichvucong.gov.vn/p/home).'} />,
    );
    expect(container.querySelectorAll('p')).toHaveLength(2);
    expect(screen.getByText('Nộp hồ sơ').tagName).toBe('STRONG');
    expect(container.querySelectorAll('ul > li')).toHaveLength(2);
    expect(container.querySelectorAll('ol > li')).toHaveLength(2);
    const link = screen.getByRole('link', { name: 'Cổng Dịch vụ công' });
    expect(link.getAttribute('href')).toBe('https://dichvucong.gov.vn/p/home');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows a <script> in the text as text, never as an element', () => {
    const { container } = render(<RichText source={'Chú ý <script>alert(1)</script> <img src=x onerror=alert(1)>'} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('renders a refused link as plain text', () => {
    const { container } = render(
      <RichText source={'Bấm [vào đây](javascript:alert(1)) hoặc [trang lạ](https://evil.example/x).'} />,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('vào đây');
    expect(container.textContent).toContain('trang lạ');
    expect(container.textContent).not.toContain('evil.example');
  });

  it('renders nothing for empty text', () => {
    const { container } = render(<RichText source="" />);
    expect(container.innerHTML).toBe('');
  });
});
