// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../../lib/workspace/test-harness';
import { createSettingsModel } from '../../lib/workspace/settings-model';
import { OptionsApp } from './OptionsApp';

describe('OptionsApp', () => {
  it('deletes all data only after the helper confirms', async () => {
    const h = createHarness();
    const client = h.client();
    await client.request('session:create', { input: { residentLabel: 'Bà Lan', guideId: 'g', guideVersion: 1, guideTitle: 'T' } });
    render(<OptionsApp model={createSettingsModel({ client })} lang="vi" onLang={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }));
    expect((await h.store.listAll()).sessions).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }));
    fireEvent.click(screen.getByRole('button', { name: 'Có, xóa toàn bộ' }));
    await waitFor(async () => expect((await h.store.listAll()).sessions).toHaveLength(0));
    await screen.findByText('Đã xóa toàn bộ dữ liệu.', { selector: '.dvc-ok' });
  });

  it('saves the retention days and explains an invalid number', async () => {
    const h = createHarness();
    render(<OptionsApp model={createSettingsModel({ client: h.client() })} lang="vi" onLang={() => undefined} />);
    const field = await screen.findByLabelText('Tự xóa phiên cũ sau (ngày)');
    await waitFor(() => expect((field as HTMLInputElement).value).toBe('90'));
    fireEvent.input(field, { target: { value: '0' } });
    expect(screen.getByText('Nhập một số nguyên từ 1 đến 3650.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Lưu' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(field, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(async () => expect((await h.store.getSettings()).retentionDays).toBe(30));
  });
});
