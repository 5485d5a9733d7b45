// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MODE_KEY, createModeModel } from '../../lib/workspace/mode-model';
import { SidePanelApp } from './SidePanelApp';

function setup(stored?: string) {
  const data = new Map<string, unknown>(stored ? [[MODE_KEY, stored]] : []);
  const mode = createModeModel({ get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) });
  render(<SidePanelApp mode={mode} lang="vi" resident={() => <p>Tìm thủ tục</p>} helper={() => <p>Phiên hỗ trợ</p>} />);
  return { mode, data };
}

describe('SidePanelApp', () => {
  it('shows neither side until the stored mode is known, then the resident finder by default', async () => {
    const { mode } = setup();
    expect(screen.getByRole('status').textContent).toBe('Đang tải…');
    expect(screen.queryByText('Tìm thủ tục')).toBeNull();
    await mode.load();
    await screen.findByText('Tìm thủ tục');
    expect(screen.queryByText('Phiên hỗ trợ')).toBeNull();
    expect((screen.getByRole('switch', { name: 'Tôi là thành viên Tổ hỗ trợ' }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows the workspace while "Tôi là thành viên Tổ hỗ trợ" is on, and keeps the choice', async () => {
    const { mode, data } = setup();
    await mode.load();
    fireEvent.click(await screen.findByRole('switch', { name: 'Tôi là thành viên Tổ hỗ trợ' }));
    await screen.findByText('Phiên hỗ trợ');
    expect(screen.queryByText('Tìm thủ tục')).toBeNull();
    expect(data.get(MODE_KEY)).toBe('helper');
    fireEvent.click(screen.getByRole('switch', { name: 'Tôi là thành viên Tổ hỗ trợ' }));
    await screen.findByText('Tìm thủ tục');
    expect(data.get(MODE_KEY)).toBe('resident');
  });

  it('opens in helper mode when that was chosen before', async () => {
    const { mode } = setup('helper');
    await mode.load();
    await waitFor(() => expect(screen.getByText('Phiên hỗ trợ')).toBeTruthy());
  });
});
