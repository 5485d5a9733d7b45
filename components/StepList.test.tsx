// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StepList } from './StepList';
import { createStepListModel } from './step-list-model';
import { TEST_GUIDE } from './test-fixtures';
import { press } from './test-keyboard';

const steps = TEST_GUIDE.steps;

describe('StepList', () => {
  it('numbers steps, says "hoặc" for an alternative and "không bắt buộc" for an optional step', () => {
    const { container } = render(<StepList steps={steps} routes={TEST_GUIDE.routes} lang="vi" />);
    const nums = [...container.querySelectorAll('.dvc-step__num')].map((n) => n.textContent);
    expect(nums).toEqual(['Bước 1', 'Bước 2', 'Bước 3', 'hoặc', 'Bước 4']);
    expect(screen.getByRole('button', { name: /Gửi văn bản ủy quyền/ }).textContent).toContain('(không bắt buộc)');
  });

  it('uses English words with lang="en"', () => {
    render(<StepList steps={steps} routes={TEST_GUIDE.routes} lang="en" />);
    expect(screen.getByRole('button', { name: 'Show all steps' })).toBeTruthy();
    expect(screen.getByText('or')).toBeTruthy();
  });

  it('with detailsWhenOpen renders a step\'s details only once it is opened', () => {
    render(<StepList steps={steps} routes={TEST_GUIDE.routes} lang="vi" detailsWhenOpen />);
    const button = screen.getByRole('button', { name: 'Chọn thủ tục đăng ký khai sinh' });
    const body = document.getElementById(button.getAttribute('aria-controls') as string) as HTMLElement;
    expect(body.hidden).toBe(true);
    expect(body.textContent).toBe('');
    fireEvent.click(button);
    expect(body.hidden).toBe(false);
    expect(within(body).getByText('Mẹo')).toBeTruthy();
  });

  it('each heading is a button with aria-controls that Enter and Space toggle', () => {
    render(<StepList steps={steps} routes={TEST_GUIDE.routes} lang="vi" />);
    const button = screen.getByRole('button', { name: 'Chọn thủ tục đăng ký khai sinh' });
    const body = document.getElementById(button.getAttribute('aria-controls') as string) as HTMLElement;
    expect(button.closest('h3')).not.toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);

    press(button, 'Enter');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    expect(within(body).getByText('Mẹo')).toBeTruthy();
    expect(within(body).getByRole('note').textContent).toContain('Lưu ý');
    const link = within(body).getByRole('link', { name: 'Trang thủ tục' });
    expect(link.parentElement?.textContent).toBe('Trang thủ tục Miễn phí');

    press(button, ' ');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
  });

  it('"Hiện tất cả các bước" opens every step, then reads "Ẩn tất cả các bước" and closes them', () => {
    render(<StepList steps={steps} routes={TEST_GUIDE.routes} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Hiện tất cả các bước' }));
    const toggles = screen.getAllByRole('button', { expanded: true });
    expect(toggles.filter((b) => b.classList.contains('dvc-step__toggle'))).toHaveLength(steps.length + (TEST_GUIDE.routes ?? []).reduce((n, r) => n + r.steps.length, 0));
    fireEvent.click(screen.getByRole('button', { name: 'Ẩn tất cả các bước' }));
    expect(screen.queryAllByRole('button', { expanded: true })).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Hiện tất cả các bước' })).toBeTruthy();
  });

  it('marks the current step with aria-current="step" and words, completed steps with words', () => {
    const { container } = render(
      <StepList steps={steps} routes={TEST_GUIDE.routes} lang="vi" currentStepId="chon-thu-tuc" completed={new Set(['dang-nhap'])} />,
    );
    const current = container.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0]?.textContent).toContain('Chọn thủ tục đăng ký khai sinh');
    expect(current[0]?.textContent).toContain('Bạn đang ở bước này');
    // The current step opens by itself.
    expect(screen.getByRole('button', { name: 'Chọn thủ tục đăng ký khai sinh' }).getAttribute('aria-expanded')).toBe('true');
    const done = screen.getByRole('button', { name: 'Đăng nhập bằng VNeID' }).closest('li') as HTMLElement;
    expect(done.textContent).toContain('Đã xong');
    expect(done.getAttribute('aria-current')).toBeNull();
  });

  it('keeps expanded state in a model a surface can pass in', () => {
    const model = createStepListModel(steps.map((s) => s.id), ['nop-truc-tuyen']);
    render(<StepList steps={steps} routes={TEST_GUIDE.routes} lang="vi" model={model} />);
    expect(screen.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập bằng VNeID' }));
    expect(model.isExpanded('dang-nhap')).toBe(true);
  });
});

describe('createStepListModel', () => {
  it('toggles one step and all steps', () => {
    const m = createStepListModel(['a', 'b']);
    m.toggle('a');
    expect(m.isExpanded('a')).toBe(true);
    expect(m.allExpanded.value).toBe(false);
    m.toggleAll();
    expect(m.allExpanded.value).toBe(true);
    m.toggleAll();
    expect([...m.expanded.value]).toEqual([]);
  });
});
