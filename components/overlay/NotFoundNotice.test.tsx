// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NotFoundNotice } from './NotFoundNotice';

const step = { id: 'nop', title: 'Bấm "Nộp hồ sơ"', target: [{ text: 'Nộp hồ sơ', role: 'button' }] };
const help = { hotline: '18001096' };

describe('NotFoundNotice', () => {
  it('names what is missing and leaves the way forward: Đã xong bước này and the hotline', () => {
    render(<NotFoundNotice step={step} help={help} lang="vi" />);
    expect(screen.getByText(/^Không tìm thấy .*Nộp hồ sơ.* trên trang này$/)).toBeTruthy();
    expect(screen.getByText(/Đã xong bước này/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /18001096/ }).getAttribute('href')).toBe('tel:18001096');
  });

  it('says at once that a step belongs to another page', () => {
    render(<NotFoundNotice step={step} help={help} lang="en" elsewhere />);
    expect(screen.getByText('This step happens on a different page.')).toBeTruthy();
    expect(screen.queryByText(/not find|Không tìm thấy/i)).toBeNull();
  });
});
