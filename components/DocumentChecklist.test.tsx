// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { DocumentChecklist } from './DocumentChecklist';
import { TEST_GUIDE } from './test-fixtures';
import { press } from './test-keyboard';

const docs = TEST_GUIDE.documents;

function Controlled({ onToggle }: { onToggle: (id: string, checked: boolean) => void }): JSX.Element {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set(['to-khai']));
  return (
    <DocumentChecklist
      documents={docs}
      lang="vi"
      checked={checked}
      onToggle={(id, on) => {
        onToggle(id, on);
        const next = new Set(checked);
        if (on) next.add(id);
        else next.delete(id);
        setChecked(next);
      }}
    />
  );
}

describe('DocumentChecklist', () => {
  it('lists each document as a checkbox labelled with its name, with need, copies and show-only in words', () => {
    render(<DocumentChecklist documents={docs} lang="vi" checked={new Set()} onToggle={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Giấy tờ cần chuẩn bị' })).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(5);
    const toKhai = screen.getByRole('checkbox', { name: 'Tờ khai đăng ký khai sinh' });
    const meta = document.getElementById(toKhai.getAttribute('aria-describedby') as string);
    expect(meta?.textContent).toContain('Bắt buộc');
    expect(meta?.textContent).toContain('1 bản chính');
    const uyQuyen = screen.getByRole('checkbox', { name: 'Văn bản ủy quyền' }).closest('li') as HTMLElement;
    expect(uyQuyen.textContent).toContain('Tùy trường hợp');
    expect(uyQuyen.textContent).toContain('người đi làm thủ tục là người được ủy quyền');
    expect(uyQuyen.textContent).not.toContain('Nếu có:');
    expect(uyQuyen.textContent).toContain('1 bản sao');
    expect(screen.getByRole('checkbox', { name: 'Giấy chứng nhận kết hôn' }).closest('li')?.textContent).toContain('Tùy trường hợp');
    expect(screen.getByRole('checkbox', { name: 'Căn cước của cha hoặc mẹ' }).closest('li')?.textContent).toContain('Xuất trình');
    expect(screen.getByText('bệnh viện').tagName).toBe('STRONG');
  });

  it('in English, keeps the Vietnamese names and conditions marked lang="vi", with no English label run into them', () => {
    render(<DocumentChecklist documents={docs} lang="en" checked={new Set()} onToggle={vi.fn()} />);
    const box = screen.getByRole('checkbox', { name: 'Văn bản ủy quyền' });
    const label = document.querySelector(`label[for="${box.id}"]`);
    expect(label?.getAttribute('lang')).toBe('vi');
    const item = box.closest('li') as HTMLElement;
    expect(item.textContent).not.toContain('If applicable');
    expect(item.textContent).toContain('Depending on your case');
    const condition = [...item.querySelectorAll('[lang="vi"]')].find((el) => el.textContent?.includes('người được ủy quyền'));
    expect(condition).toBeTruthy();
    // The English words around them are not marked Vietnamese.
    expect(screen.getByRole('heading', { name: 'Documents to prepare' }).closest('[lang="vi"]')).toBeNull();
  });

  it('calls onToggle and the count follows when ticking, by click or Space', () => {
    const onToggle = vi.fn();
    render(<Controlled onToggle={onToggle} />);
    expect(screen.getByText('Đã chuẩn bị 1/5')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Giấy chứng sinh' }));
    expect(onToggle).toHaveBeenLastCalledWith('giay-chung-sinh', true);
    expect(screen.getByText('Đã chuẩn bị 2/5')).toBeTruthy();
    press(screen.getByRole('checkbox', { name: 'Tờ khai đăng ký khai sinh' }), ' ');
    expect(onToggle).toHaveBeenLastCalledWith('to-khai', false);
    expect(screen.getByText('Đã chuẩn bị 1/5')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Tờ khai đăng ký khai sinh' }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows the print button only with onPrint, and it calls onPrint', () => {
    const { rerender } = render(<DocumentChecklist documents={docs} lang="vi" checked={new Set()} onToggle={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'In danh sách giấy tờ' })).toBeNull();
    const onPrint = vi.fn();
    rerender(<DocumentChecklist documents={docs} lang="vi" checked={new Set()} onToggle={vi.fn()} onPrint={onPrint} />);
    fireEvent.click(screen.getByRole('button', { name: 'In danh sách giấy tờ' }));
    expect(onPrint).toHaveBeenCalledTimes(1);
  });

  it('speaks English', () => {
    render(<DocumentChecklist documents={docs} lang="en" checked={new Set(['cccd'])} onToggle={vi.fn()} />);
    expect(screen.getByText('Prepared 1 of 5')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Documents to prepare' })).toBeTruthy();
  });
});
