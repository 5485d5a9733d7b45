// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { startCatalog, type FetchText } from '../../lib/guide/catalog-service';
import { parseGuideJson } from '../../lib/guide/load';
import type { Guide } from '../../lib/guide/schema';
import type { KeyValueArea } from '../../lib/overlay/run-store';
import { createCatalogSettingsModel } from '../../lib/workspace/catalog-settings-model';
import { CatalogSettings } from './CatalogSettings';

const TEXT = readFileSync('tests/fixtures/guides/valid/dang-ky-mau.json', 'utf8');
const URL_A = 'https://xa.example.gov.vn/widget/guides.json';

function guide(id: string, version: number): Guide {
  const r = parseGuideJson(TEXT.replace('"id": "dang-ky-mau"', `"id": "${id}"`), `${id}.json`);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return { ...r.guide, version };
}

function memoryArea(): KeyValueArea {
  const data = new Map<string, unknown>();
  return { get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v), remove: async (k) => void data.delete(k) };
}

/** The options page wired to a real background catalog over a fake network and permission prompt. */
function setup(opts: { body: string; granted: boolean }) {
  let granted = false;
  const requestPermission = vi.fn(async () => (granted = opts.granted));
  const fetch: FetchText = async () => ({ ok: true, status: 200, text: async () => opts.body });
  const bg = startCatalog({ area: memoryArea(), bundled: [guide('khai-sinh', 1), guide('khai-tu', 1)], fetch, hasPermission: async () => granted });
  const model = createCatalogSettingsModel({ send: (m) => bg.handle(m), requestPermission });
  render(<CatalogSettings model={model} lang="vi" />);
  return { bg, requestPermission };
}

async function saveAddress(url: string): Promise<void> {
  const field = await screen.findByLabelText('Địa chỉ danh mục hướng dẫn');
  fireEvent.input(field, { target: { value: url } });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu địa chỉ' }));
}

describe('CatalogSettings', () => {
  it('asks for the site, loads the catalog and says how many of its guides are in use', async () => {
    const { bg, requestPermission } = setup({ body: JSON.stringify({ guides: [guide('khai-sinh', 2)] }), granted: true });
    await screen.findByText('Đang dùng các hướng dẫn có sẵn trong tiện ích.');
    await saveAddress(URL_A);
    // Asked inside the click, before anything was awaited.
    expect(requestPermission).toHaveBeenCalledWith('https://xa.example.gov.vn/*');
    await screen.findByText(/^Đã tải danh mục lúc .+: 1 hướng dẫn hợp lệ, 1 hướng dẫn từ danh mục được dùng\.$/);
    screen.getByText('Đang dùng 2 hướng dẫn, trong đó 1 hướng dẫn từ danh mục.');
    expect((await bg.getGuides()).find((g) => g.id === 'khai-sinh')?.version).toBe(2);
    screen.getByRole('button', { name: 'Tải lại' });
  });

  it('explains a refused permission and keeps the built-in guides', async () => {
    const { bg } = setup({ body: JSON.stringify({ guides: [guide('khai-sinh', 2)] }), granted: false });
    await saveAddress(URL_A);
    await screen.findByText(
      'Không dùng được danh mục: bạn chưa cho phép tiện ích đọc trang xa.example.gov.vn. Vẫn dùng các hướng dẫn có sẵn trong tiện ích.',
    );
    expect((await bg.getGuides()).map((g) => g.version)).toEqual([1, 1]);
  });

  it('refuses a catalog without valid guides and lists each invalid guide with its first problems', async () => {
    const broken = { ...guide('khai-sinh', 2), steps: [] };
    setup({ body: JSON.stringify({ guides: [broken, { title: 'Đăng ký tạm trú' }] }), granted: true });
    await saveAddress(URL_A);
    await screen.findByText('Không dùng được danh mục: không có hướng dẫn hợp lệ nào. Vẫn dùng các hướng dẫn có sẵn trong tiện ích.');
    screen.getByRole('heading', { name: 'Hướng dẫn không hợp lệ trong danh mục (không được dùng)' });
    const items = screen.getAllByRole('listitem').filter((li) => li.querySelector('strong'));
    expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual(['khai-sinh', 'Đăng ký tạm trú']);
    expect(items[0]!.textContent).toContain('steps');
  });

  it('says what an address must look like and asks nothing for a bad one', async () => {
    const { requestPermission } = setup({ body: '{}', granted: true });
    await saveAddress('xa.example.gov.vn/guides.json');
    screen.getByText('Địa chỉ phải bắt đầu bằng https:// và có tên trang web (http:// chỉ dùng được với localhost, để thử trên máy này).');
    expect(screen.getByLabelText('Địa chỉ danh mục hướng dẫn').getAttribute('aria-invalid')).toBe('true');
    expect(requestPermission).not.toHaveBeenCalled();
  });

  it('refuses a plain-http address on another computer and asks for no permission', async () => {
    const { requestPermission } = setup({ body: '{}', granted: true });
    await saveAddress('http://xa.example.gov.vn/guides.json');
    screen.getByText(/phải bắt đầu bằng https:\/\//);
    expect(requestPermission).not.toHaveBeenCalled();
  });
});
