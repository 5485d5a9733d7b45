// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { bundledGuides } from '../../lib/guide/bundled';
import { createFinderModel } from '../../lib/resident/finder-model';
import type { OpenGuideResponse } from '../../lib/resident/protocol';
import { GuideFinder } from './GuideFinder';

const khaiSinh = bundledGuides.find((g) => g.id === 'dang-ky-khai-sinh')!;

function setup(answer: OpenGuideResponse = { ok: true, tabId: 1 }, lang: 'vi' | 'en' = 'vi') {
  const data = new Map<string, unknown>();
  const opened: string[] = [];
  const model = createFinderModel({
    ticks: { get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) },
    openGuide: async (id) => {
      opened.push(id);
      return answer;
    },
  });
  model.setGuides(bundledGuides);
  render(<GuideFinder model={model} lang={lang} headingLevel={2} />);
  return { model, opened };
}

const search = (): HTMLInputElement => screen.getByRole('searchbox', { name: /Tìm thủ tục/ });

describe('GuideFinder', () => {
  it('lists the common procedures first under their own heading', () => {
    setup();
    const common = screen.getByRole('heading', { name: 'Thủ tục nhiều người làm' }).closest('section')!;
    expect(within(common).getAllByRole('button').map((b) => b.textContent)).toEqual([
      khaiSinh.title,
      'Đăng ký thường trú (nhập hộ khẩu) trực tuyến',
      'Xin cấp Phiếu lý lịch tư pháp trực tuyến',
      'Đăng nhập Cổng Dịch vụ công bằng tài khoản VNeID',
      'Tra cứu tình trạng hồ sơ',
    ]);
    expect(screen.getByRole('status').textContent).toBe(`Có ${bundledGuides.length} hướng dẫn`);
  });

  it('finds a guide typed without diacritics and opens it with summary, fee, time and papers to tick', async () => {
    const { model, opened } = setup();
    fireEvent.input(search(), { target: { value: 'khai sinh' } });
    expect(screen.getAllByRole('button')[0]!.textContent).toBe(khaiSinh.title);
    fireEvent.click(screen.getByRole('button', { name: khaiSinh.title }));
    const heading = await screen.findByRole('heading', { level: 2, name: khaiSinh.title });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(khaiSinh.summary)).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Lệ phí' })).toBeTruthy();
    const box = screen.getByRole('checkbox', { name: khaiSinh.documents[0]!.name });
    fireEvent.click(box);
    await waitFor(() => expect(model.checked.value.has(khaiSinh.documents[0]!.id)).toBe(true));

    fireEvent.click(screen.getByRole('button', { name: 'Mở trên Cổng Dịch vụ công' }));
    await screen.findByText('Đã mở trang thủ tục trong một thẻ mới. Hướng dẫn đã bắt đầu ở bước 1.');
    expect(opened).toEqual([khaiSinh.id]);

    fireEvent.click(screen.getByRole('button', { name: /Quay về danh sách/ }));
    expect((search() as HTMLInputElement).value).toBe('khai sinh');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: khaiSinh.title })));
  });

  it('says plainly when a guide could not be opened', async () => {
    setup({ ok: false, error: 'no tab id' });
    fireEvent.click(screen.getByRole('button', { name: khaiSinh.title }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mở trên Cổng Dịch vụ công' }));
    await screen.findByText('Không mở được trang: no tab id');
  });

  it("offers the portal's search and the hotline when nothing is found", () => {
    setup();
    fireEvent.input(search(), { target: { value: 'giấy phép lái xe quốc tế' } });
    expect(screen.getByRole('heading', { name: 'Chưa có hướng dẫn từng bước cho “giấy phép lái xe quốc tế”' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Tìm “giấy phép lái xe quốc tế” trên Cổng Dịch vụ công' });
    expect(new URL(link.getAttribute('href')!).searchParams.get('keyword')).toBe('giấy phép lái xe quốc tế');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('link', { name: /1800 1096/ }).getAttribute('href')).toBe('tel:18001096');
    expect(screen.getByRole('status').textContent).toBe('Tìm thấy 0 hướng dẫn');
  });

  it('speaks English when the page does', () => {
    setup(undefined, 'en');
    expect(screen.getByRole('heading', { name: 'What most people do' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: /Find a procedure/ })).toBeTruthy();
  });
});
