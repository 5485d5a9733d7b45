// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createBackupModel } from '../../lib/workspace/backup-model';
import type { ChecklistClient } from '../../lib/workspace/client';
import { createNewSessionModel } from '../../lib/workspace/new-session-model';
import { createReportModel } from '../../lib/workspace/report-model';
import { createHarness } from '../../lib/workspace/test-harness';
import { createWorkspaceModel } from '../../lib/workspace/workspace-model';
import { TEST_GUIDE } from '../test-fixtures';
import { WorkspaceApp } from './WorkspaceApp';

const TODAY = '2025-08-20';

function setup(wrap?: (client: ChecklistClient) => ChecklistClient) {
  const h = createHarness();
  const base = h.client();
  const client = wrap ? wrap(base) : base;
  const opened: string[] = [];
  const spyClient: ChecklistClient = {
    subscribe: client.subscribe,
    request: ((type: string, payload: never) => {
      if (type === 'workspace:open-session') {
        opened.push((payload as { sessionId: string }).sessionId);
        return Promise.resolve({ tabId: 1, created: false });
      }
      return client.request(type as 'session:get', payload);
    }) as ChecklistClient['request'],
  };
  const model = createWorkspaceModel({ client: spyClient, guides: [TEST_GUIDE], today: () => TODAY });
  const downloads: Array<{ fileName: string; text: string }> = [];
  render(
    <WorkspaceApp
      model={model}
      newSession={createNewSessionModel([TEST_GUIDE])}
      report={createReportModel({ client: spyClient, today: () => TODAY })}
      backup={createBackupModel({ client: spyClient, today: () => TODAY })}
      lang="vi"
      onDownload={(fileName, text) => downloads.push({ fileName, text })}
    />,
  );
  void model.load();
  return { h, model, opened, downloads };
}

async function createSession(label: string): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Phiên mới' }));
  fireEvent.input(screen.getByLabelText('Tên gợi nhớ của người dân'), { target: { value: label } });
  fireEvent.input(screen.getByLabelText('Tìm thủ tục'), { target: { value: 'khai sinh' } });
  fireEvent.click(screen.getByRole('radio', { name: /Đăng ký khai sinh trực tuyến/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Bắt đầu phiên' }));
  await screen.findByRole('heading', { level: 2, name: label });
}

describe('WorkspaceApp (side panel)', () => {
  it('creates a session, opens its guide in the portal, and ticks documents', async () => {
    const { opened, h } = setup();
    await createSession('Bà Lan tổ 5');
    await waitFor(() => expect(opened).toHaveLength(1));
    const box = screen.getByRole('checkbox', { name: 'Tờ khai đăng ký khai sinh' });
    fireEvent.click(box);
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Tờ khai đăng ký khai sinh' }) as HTMLInputElement).checked).toBe(true));
    await screen.findByText('Đã chuẩn bị 1/5');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Đã lưu thay đổi'));
    const stored = (await h.store.listAll()).sessions[0]!;
    expect(stored.documents['to-khai']).toBe(true);
    expect(stored.status).toBe('in-progress');
  });

  it('shows steps done in the portal tab without reload', async () => {
    const { h } = setup();
    await createSession('Anh Minh');
    const id = (await h.store.listAll()).sessions[0]!.id;
    const overlay = h.client();
    await overlay.request('session:update', { id, action: { kind: 'set-step', stepId: 'dang-nhap', done: true } });
    await overlay.request('session:update', { id, action: { kind: 'set-step', stepId: 'chon-thu-tuc', done: true, index: 2 } });
    await waitFor(() => expect(screen.getByText('Đã làm 2/4 bước')).toBeTruthy());
    expect((screen.getByRole('checkbox', { name: /Đăng nhập bằng VNeID/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /Chọn thủ tục đăng ký khai sinh/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('checkbox', { name: /Nộp hồ sơ trực tuyến/ }).closest('li')?.getAttribute('aria-current')).toBe('step');
  });

  it('warns about an ID number in the label and asks for a procedure', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Phiên mới' }));
    fireEvent.input(screen.getByLabelText('Tên gợi nhớ của người dân'), { target: { value: '001099012345' } });
    expect(screen.getByText(/trông giống số căn cước/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bắt đầu phiên' }));
    expect(screen.getByText('Hãy chọn một thủ tục.')).toBeTruthy();
  });

  it('records the dossier: a code in the wrong shape gets a hint, saving marks it submitted', async () => {
    const { h } = setup();
    await createSession('Ông Tư');
    const code = screen.getByLabelText('Mã hồ sơ');
    fireEvent.input(code, { target: { value: 'abc' } });
    expect(screen.getByText(/Mã hồ sơ thường có dạng/)).toBeTruthy();
    fireEvent.input(code, { target: { value: 'g22.99.08-250820-0007' } });
    expect(screen.queryByText(/Mã hồ sơ thường có dạng/)).toBeNull();
    fireEvent.input(screen.getByLabelText('Ngày hẹn trả kết quả'), { target: { value: '2025-08-19' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Trực tuyến' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(async () => expect((await h.store.listAll()).sessions[0]?.status).toBe('submitted'));
    const s = (await h.store.listAll()).sessions[0]!;
    expect(s).toMatchObject({ dossierCode: 'G22.99.08-250820-0007', resultDate: '2025-08-19', channel: 'online' });
    await waitFor(() => expect(screen.getAllByText('Đã nộp').length).toBeGreaterThan(0));
    fireEvent.click(screen.getByRole('button', { name: /Về danh sách phiên/ }));
    const due = await screen.findByRole('heading', { name: 'Sắp đến hạn / Quá hạn' });
    expect(within(due.closest('section')!).getByText('Quá hạn từ 19/08/2025')).toBeTruthy();
  });

  it('shows a storage error in words, with the other sessions still listed', async () => {
    const { h } = setup((client) => ({
      subscribe: client.subscribe,
      request: ((type: string, payload: never) =>
        type === 'session:create'
          ? Promise.reject(new (class extends Error {})('x'))
          : client.request(type as 'session:get', payload)) as ChecklistClient['request'],
    }));
    await h.client().request('session:create', { input: { residentLabel: 'Chị Hạnh', guideId: TEST_GUIDE.id, guideVersion: 1, guideTitle: TEST_GUIDE.title } });
    fireEvent.click(screen.getByRole('button', { name: 'Phiên mới' }));
    fireEvent.input(screen.getByLabelText('Tên gợi nhớ của người dân'), { target: { value: 'Bà Lan' } });
    fireEvent.click(screen.getByRole('radio', { name: /Đăng ký khai sinh trực tuyến/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Bắt đầu phiên' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Có lỗi khi đọc hoặc ghi dữ liệu');
    fireEvent.click(screen.getByRole('button', { name: 'Phiên hỗ trợ' }));
    await screen.findByRole('button', { name: 'Chị Hạnh' });
  });

  it('downloads the report CSV from the report view, and its chart is hidden from screen readers', async () => {
    const { downloads } = setup();
    await createSession('Bà Lan');
    fireEvent.click(screen.getByRole('button', { name: 'Báo cáo' }));
    const table = await screen.findByRole('table', { name: 'Số liệu theo kỳ' });
    const todayRow = within(table).getByRole('rowheader', { name: '20/08/2025' }).closest('tr')!;
    expect(within(todayRow).getAllByRole('cell')[0]?.textContent).toBe('1');
    expect(document.querySelector('.dvc-bars')?.getAttribute('aria-hidden')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Tải báo cáo CSV' }));
    expect(downloads[0]?.fileName).toMatch(/^bao-cao-ngay-.*\.csv$/);
    expect(downloads[0]?.text.startsWith('\uFEFFKỳ,Thủ tục')).toBe(true);
  });

  it('moves focus to the heading of the view it opens', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Phiên mới' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Phiên mới'));
    expect(document.activeElement?.tagName).toBe('H2');
  });
});
