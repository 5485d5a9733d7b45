// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_GUIDE } from '../components/test-fixtures';
import type { Guide } from '../lib/guide/schema';
import type { FetchLike } from './catalog-source';
import { createDvcGuideElement } from './element';
import { serveFolder } from './test-folder';
import { createMemoryTicksStore, type TicksStore } from './ticks-store';

const THUONG_TRU: Guide = { ...TEST_GUIDE, id: 'dang-ky-thuong-tru', title: 'Đăng ký thường trú', procedure: undefined, keywords: ['hộ khẩu'] };
let n = 0;

const OWN = 'https://tinh.example.vn/dvc-guide/';
const own = serveFolder(OWN, [TEST_GUIDE, THUONG_TRU]);

function define(opts: { fetch?: FetchLike; store?: TicksStore } = {}): string {
  const tag = `dvc-guide-test-${++n}`;
  const store = opts.store ?? createMemoryTicksStore();
  customElements.define(tag, createDvcGuideElement({ ownIndex: `${OWN}index.json`, ticksStore: async () => store, fetch: opts.fetch ?? own.fetch }));
  return tag;
}

function mount(tag: string, attrs: Record<string, string> = {}): { el: HTMLElement; root: ShadowRoot } {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return { el, root: el.shadowRoot! };
}

/** Waits until the element exists (the catalog loads asynchronously). */
function found<T extends Element>(root: ParentNode, selector: string): Promise<T> {
  return waitFor(() => {
    const el = root.querySelector<T>(selector);
    if (!el) throw new Error(`${selector} not rendered yet`);
    return el;
  });
}

// The views are chunks loaded on first use; transforming them once here keeps each test's waits short.
beforeAll(async () => {
  await Promise.all([import('./CatalogView'), import('./guide-chunk'), import('./problem-report')]);
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<dvc-guide>', () => {
  it('shows the catalog in an open shadow root and finds "thường trú" typed without diacritics', async () => {
    const { el, root } = mount(define());
    expect(el.shadowRoot?.mode).toBe('open');
    expect(el.children).toHaveLength(0);
    const input = await found<HTMLInputElement>(root, 'input[type=search]');
    fireEvent.input(input, { target: { value: 'thuong tru' } });
    await waitFor(() => expect([...root.querySelectorAll('.dvc-result__btn')].map((b) => b.textContent)).toEqual(['Đăng ký thường trú']));
    fireEvent.click(root.querySelector('.dvc-result__btn')!);
    await waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Đăng ký thường trú'));
    fireEvent.click(root.querySelector('.dvc-back')!);
    await waitFor(() => expect(root.querySelector<HTMLInputElement>('input[type=search]')?.value).toBe('thuong tru'));
  });

  it('shows one guide and follows changes of guide and lang', async () => {
    const { el, root } = mount(define(), { guide: TEST_GUIDE.id });
    await waitFor(() => expect(root.querySelector('h2')?.textContent).toBe(TEST_GUIDE.title));
    expect(root.querySelector('.dvc-back')).toBeNull();
    expect(root.textContent).toContain('Các bước thực hiện');
    expect(root.querySelector('a[href="https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"]')).not.toBeNull();
    // Help comes in its own file, after the steps.
    await waitFor(() => expect(root.textContent).toContain('Tổng đài hỗ trợ 18001096'));
    el.setAttribute('lang', 'en');
    await waitFor(() => expect(root.textContent).toContain('Documents to prepare'));
    el.setAttribute('guide', 'khong-co');
    await waitFor(() => expect(root.textContent).toContain('There is no guide “khong-co”.'));
  });

  it('remembers ticks in its store and prints through window.print', async () => {
    const store = createMemoryTicksStore();
    const tag = define({ store });
    const { root } = mount(tag, { guide: TEST_GUIDE.id });
    const box = await found<HTMLInputElement>(root, 'input[type=checkbox]');
    fireEvent.click(box);
    await waitFor(async () => expect([...(await store.load(TEST_GUIDE.id))]).toEqual(['to-khai']));
    document.body.replaceChildren();
    const again = mount(tag, { guide: TEST_GUIDE.id }).root;
    await waitFor(() => expect(again.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked).toBe(true));
    await waitFor(() => expect(again.querySelector('.dvc-print')?.textContent).toContain('☑ Tờ khai đăng ký khai sinh'));
    // happy-dom has no window.print.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    fireEvent.click([...again.querySelectorAll('button')].find((b) => b.textContent === 'In danh sách giấy tờ')!);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says quietly when ticks cannot be saved on this device', async () => {
    const { root } = mount(define({ store: createMemoryTicksStore() }), { guide: TEST_GUIDE.id });
    await waitFor(() => expect(root.textContent).toContain('Trình duyệt không cho lưu'));
  });

  it('falls back to the guides beside the script when src fails, and retries', async () => {
    const TOWN = 'https://xa.example.vn/';
    const town = serveFolder(TOWN, [THUONG_TRU]);
    town.down.value = true;
    const fetch: FetchLike = (url, init) => (url.startsWith(TOWN) ? town.fetch(url, init) : own.fetch(url, init));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { root } = mount(define({ fetch }), { src: 'https://xa.example.vn/index.json' });
    await waitFor(() => expect(root.textContent).toContain('Không tải được danh mục hướng dẫn của trang này'));
    expect(root.querySelectorAll('.dvc-result')).toHaveLength(2);
    town.down.value = false;
    fireEvent.click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Thử lại')!);
    await waitFor(() => expect(root.querySelectorAll('.dvc-result')).toHaveLength(1));
    expect(root.textContent).not.toContain('Không tải được');
  });

  it('with guide="…" asks only for that guide file, and a broken file says so while others work', async () => {
    const TOWN = 'https://xa.example.vn/';
    const town = serveFolder(TOWN, [TEST_GUIDE, THUONG_TRU], { 'guides/dang-ky-thuong-tru.json': '{"id":"dang-ky-thuong-tru"}' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tag = define({ fetch: town.fetch });
    const one = mount(tag, { src: `${TOWN}index.json`, guide: TEST_GUIDE.id }).root;
    await waitFor(() => expect(one.querySelector('h2')?.textContent).toBe(TEST_GUIDE.title));
    expect(town.requests).toEqual([`${TOWN}guides/${TEST_GUIDE.id}.json`]);
    const broken = mount(tag, { src: `${TOWN}index.json`, guide: THUONG_TRU.id }).root;
    await waitFor(() => expect(broken.textContent).toContain('Hướng dẫn “dang-ky-thuong-tru” có lỗi nên chưa hiển thị được.'));
    expect(one.querySelector('h2')?.textContent).toBe(TEST_GUIDE.title);
  });
});
