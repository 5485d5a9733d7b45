// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startPicker } from './picker';

function setup(): { layer: HTMLElement; pageClick: ReturnType<typeof vi.fn> } {
  document.body.innerHTML = '<button id="a">Nộp hồ sơ</button><input id="b"><div id="host"></div><dvc-guide-overlay></dvc-guide-overlay>';
  const overlay = document.querySelector('dvc-guide-overlay') as HTMLElement;
  const layer = document.createElement('div');
  overlay.attachShadow({ mode: 'open' }).append(layer);
  const pageClick = vi.fn();
  document.getElementById('a')?.addEventListener('click', pageClick);
  return { layer, pageClick };
}

beforeEach(() => document.body.replaceChildren());

describe('startPicker', () => {
  it('outlines the element under the pointer inside our layer, and a click picks it without the page seeing it', async () => {
    const { layer, pageClick } = setup();
    const before = document.body.innerHTML;
    const picker = startPicker({ doc: document, win: window, layer });
    const a = document.getElementById('a') as HTMLElement;
    a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    expect(layer.querySelector('.dvc-picker-box')?.hasAttribute('hidden')).toBe(false);
    // Nothing added to the page: the outline lives in our shadow root.
    expect(document.body.innerHTML).toBe(before);
    a.click();
    expect(await picker.result).toBe(a);
    expect(pageClick).not.toHaveBeenCalled();
    expect(layer.querySelector('.dvc-picker-box')).toBeNull();
  });

  it('picks inside an open shadow root', async () => {
    const { layer } = setup();
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button id="inner">Tải lên file</button>';
    const picker = startPicker({ doc: document, win: window, layer });
    (shadow.getElementById('inner') as HTMLElement).click();
    expect((await picker.result)?.id).toBe('inner');
  });

  it('Esc cancels; Enter picks the control focused with Tab; Alt+click goes through to the page', async () => {
    const { layer, pageClick } = setup();
    const p1 = startPicker({ doc: document, win: window, layer });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(await p1.result).toBeNull();

    const p2 = startPicker({ doc: document, win: window, layer });
    const a = document.getElementById('a') as HTMLElement;
    a.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, altKey: true }));
    expect(pageClick).toHaveBeenCalledOnce();
    const input = document.getElementById('b') as HTMLInputElement;
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(await p2.result).toBe(input);
  });
});
