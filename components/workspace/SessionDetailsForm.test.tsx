// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { applyAction, createSession, type Session, type SessionAction } from '../../lib/checklist/model';
import { SessionDetailsForm } from './SessionDetailsForm';

const T0 = Date.parse('2025-08-20T02:00:00Z');
const start = createSession({ residentLabel: 'Bà Lan tổ 5', guideId: 'dang-ky-khai-sinh', guideVersion: 1, guideTitle: 'Đăng ký khai sinh' }, { id: 's-1', now: T0 });

/** What another side-panel tab saved meanwhile: a dossier code and "Đã nộp". */
function savedElsewhere(s: Session): Session {
  const coded = applyAction(s, { kind: 'set-dossier-code', code: 'G22.99.08-250820-0001' }, T0 + 1000);
  return applyAction(coded, { kind: 'set-status', status: 'submitted' }, T0 + 2000);
}

function renderForm(session: Session) {
  const saved: SessionAction[][] = [];
  const onSave = vi.fn(async (actions: SessionAction[]) => void saved.push(actions));
  const view = render(<SessionDetailsForm session={session} lang="vi" onSave={onSave} />);
  return { saved, onSave, rerender: (s: Session) => view.rerender(<SessionDetailsForm session={s} lang="vi" onSave={onSave} />) };
}

describe('SessionDetailsForm in two side-panel tabs on one session', () => {
  it('saves only the note typed here and keeps the code and status saved in the other tab', async () => {
    const { saved, rerender } = renderForm(start);
    fireEvent.input(screen.getByLabelText('Ghi chú'), { target: { value: 'Hẹn thứ Hai mang bản sao' } });
    const other = savedElsewhere(start);
    rerender(other);
    // Untouched fields show what the other tab saved.
    expect((screen.getByLabelText('Mã hồ sơ') as HTMLInputElement).value).toBe('G22.99.08-250820-0001');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual([{ kind: 'set-details', details: { notes: 'Hẹn thứ Hai mang bản sao' } }]);
    const after = saved[0]!.reduce((s, a) => applyAction(s, a, T0 + 5000), other);
    expect(after).toMatchObject({ status: 'submitted', dossierCode: 'G22.99.08-250820-0001', notes: 'Hẹn thứ Hai mang bản sao' });
  });

  it('when the same field changed in the other tab, shows both values and lets the person choose', async () => {
    const { saved, rerender } = renderForm(start);
    fireEvent.input(screen.getByLabelText('Ghi chú'), { target: { value: 'Ghi chú của tab A' } });
    rerender(applyAction(start, { kind: 'set-details', details: { notes: 'Ghi chú của tab B' } }, T0 + 1000));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Phiên này vừa được thay đổi ở nơi khác');
    expect(alert.textContent).toContain('ở nơi khác là “Ghi chú của tab B”, bạn nhập “Ghi chú của tab A”');
    expect(saved).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu giá trị của tôi' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual([{ kind: 'set-details', details: { notes: 'Ghi chú của tab A' } }]);
  });

  it('"Dùng giá trị mới" keeps the other tab\'s value and still saves the person\'s other changes', async () => {
    const { saved, rerender } = renderForm(start);
    fireEvent.input(screen.getByLabelText('Ghi chú'), { target: { value: 'A' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /bưu điện|bưu chính/i }));
    rerender(applyAction(start, { kind: 'set-details', details: { notes: 'B' } }, T0 + 1000));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Dùng giá trị mới' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual([{ kind: 'set-details', details: { resultByPost: true } }]);
  });
});
