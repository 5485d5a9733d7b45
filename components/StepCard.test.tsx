// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { Step } from '../lib/guide/schema';
import { StepCard } from './StepCard';
import { TEST_GUIDE } from './test-fixtures';
import { press, tabbable } from './test-keyboard';

const steps = TEST_GUIDE.steps;
const step = (i: number): Step => steps[i] as Step;

function renderCard(index: number, extra: Partial<Parameters<typeof StepCard>[0]> = {}) {
  const handlers = { onBack: vi.fn(), onNext: vi.fn(), onClose: vi.fn() };
  const utils = render(
    <StepCard step={step(index)} index={index} total={steps.length} lang="vi" {...handlers} {...extra} />,
  );
  return { ...utils, ...handlers };
}

describe('StepCard', () => {
  it('is a non-modal dialog named by the step title, with "Bước N/M"', () => {
    renderCard(1);
    const dialog = screen.getByRole('dialog', { name: 'Chọn thủ tục đăng ký khai sinh' });
    expect(dialog.hasAttribute('aria-modal')).toBe(false);
    expect(dialog.textContent).toContain(`Bước 2/${steps.length}`);
    expect(screen.getByRole('note').textContent).toContain('Lưu ý');
    expect(screen.getByText('Mẹo')).toBeTruthy();
  });

  it('in English, the Vietnamese step title and text keep lang="vi"; the English buttons do not', () => {
    renderCard(1, { lang: 'en' });
    const dialog = screen.getByRole('dialog', { name: 'Chọn thủ tục đăng ký khai sinh' });
    expect(screen.getByText('Chọn thủ tục đăng ký khai sinh').closest('[lang]')?.getAttribute('lang')).toBe('vi');
    expect(dialog.querySelector('.dvc-rt')?.getAttribute('lang')).toBe('vi');
    expect(screen.getByRole('button', { name: 'Done with this step' }).closest('[lang="vi"]')).toBeNull();
  });

  it('has Bước trước (disabled on step 1), Đã xong bước này and Đóng hướng dẫn', () => {
    const { onBack, onNext, onClose } = renderCard(0);
    const back = screen.getByRole('button', { name: 'Bước trước' }) as HTMLButtonElement;
    expect(back.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Đã xong bước này' }));
    fireEvent.click(screen.getByRole('button', { name: 'Đóng hướng dẫn' }));
    expect(onBack).not.toHaveBeenCalled();
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('enables Bước trước after step 1 and says "Hoàn thành" on the last step', () => {
    const { onBack, onNext } = renderCard(steps.length - 1);
    fireEvent.click(screen.getByRole('button', { name: 'Bước trước' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Đã xong bước này' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn thành' }));
    expect(onNext).toHaveBeenCalledTimes(1);
  });

  it('speaks English with lang="en"', () => {
    render(<StepCard step={step(0)} index={0} total={3} lang="en" onBack={vi.fn()} onNext={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    for (const name of ['Previous step', 'Done with this step', 'Close the guide']) expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('Escape anywhere inside the card calls onClose', () => {
    const { onClose } = renderCard(1);
    press(screen.getByRole('link', { name: 'Trang thủ tục' }), 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('Enter on Đã xong bước này moves on', () => {
    const { onNext } = renderCard(0);
    press(screen.getByRole('button', { name: 'Đã xong bước này' }), 'Enter');
    expect(onNext).toHaveBeenCalledTimes(1);
  });

  it('focuses the title when asked and again when the step changes, without trapping Tab', () => {
    const handlers = { onBack: vi.fn(), onNext: vi.fn(), onClose: vi.fn() };
    const { rerender } = render(
      <div>
        <button type="button">trang</button>
        <StepCard step={step(0)} index={0} total={3} lang="vi" focusOnMount {...handlers} />
      </div>,
    );
    expect(document.activeElement?.textContent).toBe('Đăng nhập bằng VNeID');
    (document.activeElement as HTMLElement).blur();
    rerender(
      <div>
        <button type="button">trang</button>
        <StepCard step={step(1)} index={1} total={3} lang="vi" focusOnMount {...handlers} />
      </div>,
    );
    expect(document.activeElement?.textContent).toBe('Chọn thủ tục đăng ký khai sinh');
    // No positive tabindex and no focus trap: Tab order is document order, the page button stays reachable.
    // Title (focused on arrival) → the step text region → its links → our buttons (README "Keyboard").
    const order = tabbable(document.body).map((el) => el.getAttribute('aria-label') ?? el.textContent);
    expect(order).toEqual(['trang', 'Nội dung bước', 'Trang thủ tục', 'Bước trước', 'Đã xong bước này', 'Đóng hướng dẫn']);
    expect(document.querySelector('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])')).toBeNull();
  });

  it('has the title focused as soon as it is drawn, so a Tab pressed before the next frame is not undone', async () => {
    // Preact's own render, not testing-library's: its act() runs the after-paint effects at once, and a
    // focus move left for after the paint is exactly what took a quick Tab back to the title on a busy page.
    const host = document.createElement('div');
    document.body.append(host);
    const handlers = { onBack: vi.fn(), onNext: vi.fn(), onClose: vi.fn() };
    preactRender(<StepCard step={step(0)} index={0} total={3} lang="vi" focusOnMount {...handlers} />, host);
    expect(document.activeElement?.textContent).toBe('Đăng nhập bằng VNeID');
    const region = host.querySelector<HTMLElement>('[aria-label="Nội dung bước"]');
    region?.focus();
    await new Promise((done) => setTimeout(done, 150));
    expect(document.activeElement).toBe(region);
    preactRender(null, host);
    host.remove();
  });

  it('shows a notice and toolbar in their slots', () => {
    renderCard(0, {
      notice: <p>Không tìm thấy nút “Đăng nhập” trên trang này</p>,
      toolbar: <button type="button">Thu nhỏ</button>,
    });
    expect(screen.getByRole('status').textContent).toBe('Không tìm thấy nút “Đăng nhập” trên trang này');
    expect(screen.getByRole('group', { name: 'Công cụ hiển thị' }).textContent).toBe('Thu nhỏ');
  });

  it('shows a <script> in a step as text and a refused link as plain text', () => {
    const evil: Step = {
      id: 'x',
      title: '<script>alert(1)</script>',
      body: 'A <script>alert(2)</script> [bấm](javascript:alert(3))',
      links: [{ text: 'Trang lạ', url: 'https://evil.example/' }],
    };
    const { container } = render(
      <StepCard step={evil} index={0} total={1} lang="vi" onBack={vi.fn()} onNext={vi.fn()} onClose={vi.fn()} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByRole('dialog', { name: '<script>alert(1)</script>' })).toBeTruthy();
    expect(container.textContent).toContain('<script>alert(2)</script>');
    expect(container.textContent).toContain('Trang lạ');
  });
});
