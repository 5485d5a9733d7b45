// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { bundledGuides } from '../../lib/guide/bundled';
import type { Lang } from '../../lib/i18n/resident-messages';
import { createFinderModel } from '../../lib/resident/finder-model';
import { createModeModel } from '../../lib/workspace/mode-model';
import { WelcomeApp } from './WelcomeApp';

function setup(lang: Lang) {
  const data = new Map<string, unknown>();
  const area = { get: async (k: string) => data.get(k), set: async (k: string, v: unknown) => void data.set(k, v) };
  const finder = createFinderModel({ ticks: area, openGuide: async () => ({ ok: true, tabId: 1 }) });
  finder.setGuides(bundledGuides);
  const chosen: Lang[] = [];
  render(<WelcomeApp lang={lang} onLang={(l) => chosen.push(l)} mode={createModeModel(area)} finder={finder} />);
  return { chosen };
}

describe('WelcomeApp', () => {
  it('says on one page what the extension does, how to start, the shortcut, the privacy promise and the hotline', () => {
    setup('vi');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tiện ích Hướng dẫn Dịch vụ công đã sẵn sàng');
    expect(screen.getByText(/chỉ vào đúng nút cần bấm/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Bắt đầu thế nào?' })).toBeTruthy();
    expect([...document.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Alt', 'Shift', 'G']);
    expect(screen.getByText(/Những gì bạn gõ không bao giờ rời khỏi máy tính này/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /1800 1096/ }).getAttribute('href')).toBe('tel:18001096');
    expect(screen.getByRole('switch', { name: 'Tôi là thành viên Tổ hỗ trợ' })).toBeTruthy();
    // The finder is part of the page; nothing else asks for input.
    expect(screen.getAllByRole('searchbox')).toHaveLength(1);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
  });

  it('offers the language choice, in English for an English browser', () => {
    const { chosen } = setup('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The public service guide is ready');
    expect((screen.getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Tiếng Việt' }));
    expect(chosen).toEqual(['vi']);
  });
});
