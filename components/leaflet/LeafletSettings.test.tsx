// @vitest-environment happy-dom
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LEAFLET_URL_KEY, loadLeafletUrl, saveLeafletUrl } from '../../lib/workspace/leaflet-pref';
import { LeafletSettings } from './LeafletSettings';

function memoryArea(): { get(k: string): Promise<unknown>; set(k: string, v: unknown): Promise<void>; data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
}

describe('leaflet settings (options)', () => {
  it('saves the town page address and shows it again', async () => {
    const area = memoryArea();
    const { getByLabelText, getByRole, findByText } = render(
      <LeafletSettings lang="vi" load={() => loadLeafletUrl(area)} save={(t) => saveLeafletUrl(area, t)} />,
    );
    const input = getByLabelText('Địa chỉ trang hướng dẫn của xã/phường') as HTMLInputElement;
    fireEvent.input(input, { target: { value: ' https://phuong-mau.gov.vn/huong-dan/{id} ' } });
    fireEvent.click(getByRole('button', { name: 'Lưu địa chỉ trang hướng dẫn' }));
    await findByText('Đã lưu địa chỉ.');
    expect(area.data.get(LEAFLET_URL_KEY)).toBe('https://phuong-mau.gov.vn/huong-dan/{id}');
    const again = render(<LeafletSettings lang="vi" load={() => loadLeafletUrl(area)} save={(t) => saveLeafletUrl(area, t)} />);
    await waitFor(() => expect((again.getAllByLabelText('Địa chỉ trang hướng dẫn của xã/phường')[1] as HTMLInputElement).value).toBe('https://phuong-mau.gov.vn/huong-dan/{id}'));
  });

  it('refuses an address that is not http(s), says so, and keeps what was typed', async () => {
    const area = memoryArea();
    await area.set(LEAFLET_URL_KEY, 'https://cu.vn/{id}');
    const { getByLabelText, getByRole, findByText } = render(
      <LeafletSettings lang="vi" load={() => loadLeafletUrl(area)} save={(t) => saveLeafletUrl(area, t)} />,
    );
    const input = getByLabelText('Địa chỉ trang hướng dẫn của xã/phường') as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe('https://cu.vn/{id}'));
    fireEvent.input(input, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(getByRole('button', { name: 'Lưu địa chỉ trang hướng dẫn' }));
    await findByText(/Địa chỉ chưa đúng/);
    expect(input.value).toBe('javascript:alert(1)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(area.data.get(LEAFLET_URL_KEY)).toBe('https://cu.vn/{id}');
  });

  it('an empty address clears it', async () => {
    const area = memoryArea();
    await area.set(LEAFLET_URL_KEY, 'https://cu.vn/{id}');
    expect(await saveLeafletUrl(area, '  ')).toBe(true);
    expect(await loadLeafletUrl(area)).toBeNull();
  });
});
