// @vitest-environment happy-dom
import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthorModel, type AuthorModelDeps } from '../../lib/author/author-model';
import { createAuthorHandler, type AuthorRequest } from '../../lib/author/protocol';
import { createAuthorStore } from '../../lib/author/store';
import type { PickAnswer } from '../../lib/author/tab-messages';
import type { TargetStrategy } from '../../lib/guide/schema';
import { AuthorPanel } from './AuthorPanel';

const NOW = Date.UTC(2026, 11, 1);

function pickOf(name: string, strategies: TargetStrategy[]): PickAnswer {
  return { ok: true, page: 'dichvucong.gov.vn/nop-ho-so/*', picked: { strategies, checks: strategies.map((s) => ({ strategy: s, unique: true })), name, role: 'button', action: 'click' } };
}

function setup() {
  const store = createAuthorStore(new IDBFactory());
  const handle = createAuthorHandler({
    store, runningGuideOf: async () => undefined, userAgent: 'Chrome/156.0', extensionVersion: '0.1.0', now: () => NOW,
    getGuide: async () => undefined, authorEnabled: async () => true,
  });
  const picks: PickAnswer[] = [];
  const sendTab = vi.fn(async (_tab: number, message: { type: string }) => {
    if (message.type === 'author-tab:pick') return picks.shift() ?? { ok: false, reason: 'cancelled' };
    if (message.type === 'author-tab:play') return { ok: true };
    if (message.type === 'author-tab:page') return { ok: true, page: 'dichvucong.gov.vn/ho-so/*' };
    return { ok: false, reason: 'x' };
  });
  const download = vi.fn();
  let enabled = false;
  const deps: AuthorModelDeps = {
    send: async <T,>(m: { type: string }) => {
      const r = await handle(m as AuthorRequest, { kind: 'extension' });
      if (!r.ok) throw new Error('refused');
      return r.data as T;
    },
    activeTab: async () => 5,
    sendTab: sendTab as unknown as AuthorModelDeps['sendTab'],
    getEnabled: async () => enabled,
    setEnabled: async (on) => void (enabled = on),
    download,
    now: () => NOW,
  };
  return { model: createAuthorModel(deps), picks, sendTab, download, store };
}

beforeEach(() => document.body.replaceChildren());

describe('AuthorPanel', () => {
  it('is off by default; the switch shows drafts, failing steps and the page structure saver', async () => {
    const { model } = setup();
    await model.load();
    render(<AuthorPanel model={model} lang="vi" />);
    const sw = screen.getByRole('switch', { name: 'Soạn hướng dẫn' }) as HTMLInputElement;
    expect(sw.checked).toBe(false);
    expect(screen.queryByRole('heading', { name: 'Bản nháp' })).toBeNull();
    fireEvent.click(sw);
    await screen.findByRole('heading', { name: 'Bản nháp' });
    expect(screen.getByRole('heading', { name: 'Bước lỗi' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lưu cấu trúc trang' })).toBeTruthy();
  });

  it('records steps by picking, reorders, plays the draft in the tab and exports a file that passes the check', async () => {
    const { model, picks, sendTab, download } = setup();
    await model.setEnabled(true);
    render(<AuthorPanel model={model} lang="vi" />);
    fireEvent.input(screen.getByLabelText('Tên hướng dẫn mới'), { target: { value: 'Nộp hồ sơ thử' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bản nháp' }));
    await screen.findByRole('button', { name: 'Ghi bước' });
    picks.push(pickOf('Tải lên file', [{ text: 'Tải lên file', role: 'button' }]), pickOf('Lưu và nộp hồ sơ', [{ text: 'Lưu và nộp hồ sơ', role: 'button' }]));
    fireEvent.click(screen.getByRole('button', { name: 'Ghi bước' }));
    await screen.findByDisplayValue('Bấm “Tải lên file”');
    fireEvent.click(screen.getByRole('button', { name: 'Ghi bước' }));
    await screen.findByDisplayValue('Bấm “Lưu và nộp hồ sơ”');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm bước “đọc và xác nhận”' }));
    await screen.findByDisplayValue('Đọc và xác nhận');
    fireEvent.click(screen.getAllByRole('button', { name: 'Lên' })[2] as HTMLElement);
    await waitFor(() => expect(model.current()?.guide.steps.map((s) => s.title)).toEqual(['Bấm “Tải lên file”', 'Đọc và xác nhận', 'Bấm “Lưu và nộp hồ sơ”']));
    fireEvent.change(screen.getByLabelText('Bước 3 xong khi'), { target: { value: 'url' } });
    await waitFor(() => expect(model.current()?.guide.steps[2]?.done).toEqual([{ url: 'dichvucong.gov.vn/ho-so/*' }]));

    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử trên trang cổng' }));
    await screen.findByText('Đang chạy thử bản nháp trên trang cổng.');
    expect(sendTab).toHaveBeenCalledWith(5, { type: 'author-tab:play', id: 'nop-ho-so-thu' });

    fireEvent.click(screen.getByRole('button', { name: 'Xuất tệp hướng dẫn' }));
    expect(download).toHaveBeenCalledOnce();
    const [fileName, text] = download.mock.calls[0] as [string, string];
    expect(fileName).toBe('nop-ho-so-thu.json');
    expect(JSON.parse(text).steps).toHaveLength(3);
  });

  it('says why a draft cannot be exported yet, and imports a guide file with the loader’s messages', async () => {
    const { model } = setup();
    await model.setEnabled(true);
    await model.create('Trống');
    render(<AuthorPanel model={model} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Xuất tệp hướng dẫn' }));
    expect((await screen.findByRole('alert')).textContent).toContain('chưa qua kiểm tra');
    await model.importFile('hong.json', '{"id":');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Không nhập được tệp hong.json'));
  });
});
