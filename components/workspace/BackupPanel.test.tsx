// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createBackupModel } from '../../lib/workspace/backup-model';
import { createHarness } from '../../lib/workspace/test-harness';
import { BackupPanel } from './BackupPanel';

describe('BackupPanel', () => {
  it('exports a file, then previews a restore and keeps the newer local session unless asked', async () => {
    const h = createHarness();
    const client = h.client();
    const s = await client.request('session:create', { input: { residentLabel: 'Bà Lan', guideId: 'g', guideVersion: 1, guideTitle: 'T' } });
    const files: Array<{ fileName: string; text: string }> = [];
    render(<BackupPanel model={createBackupModel({ client, today: () => '2025-08-20' })} lang="vi" onDownload={(fileName, text) => files.push({ fileName, text })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Xuất dữ liệu (JSON)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    await client.request('session:update', { id: s.id, action: { kind: 'set-details', details: { notes: 'mới' } } });

    const input = screen.getByLabelText('Nhập dữ liệu (JSON)') as HTMLInputElement;
    const file = new File([files[0]!.text], 'b.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await screen.findByRole('heading', { name: 'Trước khi khôi phục' });
    expect(screen.getByText('Phiên trên máy này mới hơn (giữ nguyên)').nextElementSibling?.textContent).toBe('1');
    expect((screen.getByRole('checkbox', { name: /Ghi đè cả 1 phiên/ }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục' }));
    await screen.findByText('Đã khôi phục: thêm 0, cập nhật 0, giữ nguyên 1 phiên.');
    expect((await h.store.get(s.id))?.notes).toBe('mới');
  });
});
