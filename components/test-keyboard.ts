/**
 * Keyboard presses as a browser performs them. happy-dom dispatches key events but does not run a
 * button's default action, so this adds it: Enter activates on keydown, Space on keyup, unless the page
 * prevented the default. Only real buttons (and checkboxes for Space) get it, as in a browser.
 */
import { fireEvent } from '@testing-library/preact';

function activates(el: Element, key: string): boolean {
  if (el instanceof HTMLButtonElement) return !el.disabled;
  if (el instanceof HTMLInputElement) return key === ' ' && (el.type === 'checkbox' || el.type === 'radio') && !el.disabled;
  return false;
}

export function press(el: Element, key: 'Enter' | ' ' | 'Escape' | 'Tab'): void {
  const down = fireEvent.keyDown(el, { key });
  if (down && key === 'Enter' && activates(el, key) && !(el instanceof HTMLInputElement)) fireEvent.click(el);
  const up = fireEvent.keyUp(el, { key });
  if (down && up && key === ' ' && activates(el, key)) fireEvent.click(el);
}

/** Elements reachable with Tab, in order (no positive tabindex is used, so DOM order is Tab order). */
export function tabbable(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href],button,input,select,textarea,summary,[tabindex]')].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && !el.closest('[hidden]'),
  );
}
