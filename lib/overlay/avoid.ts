/**
 * What the step card must leave uncovered besides its target: the page's controls the step text names in
 * **bold** (people read "bấm **Gửi hồ sơ**" and look for it) and the page's primary buttons (the portal's
 * own way forward). The overlap e2e (tests/e2e/overlay-overlap.e2e.ts) measures the same two things.
 */
import type { Inline } from '../guide/richtext-types';
import { parseRichText } from '../guide/richtext';
import type { Step } from '../guide/schema';
import { OVERLAY_TAG } from '../engine/accessible-name';
import { normalizeText } from '../engine/text';

/** Elements a person reads as a control or a control's label. */
export const CONTROL_SELECTOR =
  'button, a[href], input:not([type=hidden]), select, textarea, label, legend, [role=button], [role=link], [role=tab], [role=radio], [role=checkbox], [role=combobox], [role=option]';

/** A name longer than this is a container's text, not a control's name. */
const MAX_NAME = 120;

function boldTexts(inlines: readonly Inline[], out: string[]): void {
  for (const node of inlines) {
    if (node.type === 'bold') out.push(plain(node.children));
    else if (node.type === 'link') boldTexts(node.children, out);
  }
}

function plain(inlines: readonly Inline[]): string {
  return inlines.map((n) => (n.type === 'text' ? n.text : plain(n.children))).join('');
}

/** The step text's **bold** names, normalised for matching; very short ones (a digit) are left out. */
export function boldNames(step: Pick<Step, 'body'>): string[] {
  if (!step.body) return [];
  const out: string[] = [];
  for (const block of parseRichText(step.body).blocks) {
    if (block.type === 'paragraph') boldTexts(block.children, out);
    else for (const item of block.items) boldTexts(item, out);
  }
  return [...new Set(out.map((t) => normalizeText(t)).filter((t) => t.length >= 3))];
}

/** The short name a person reads on a control: its aria-label, text, value or placeholder. */
export function shortName(el: Element): string {
  const parts = [el.getAttribute('aria-label'), el.textContent, (el as HTMLInputElement).value, el.getAttribute('placeholder')];
  const labels = (el as HTMLInputElement).labels;
  if (labels) for (const l of Array.from(labels)) parts.push(l.textContent);
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '' && p.length <= MAX_NAME)
    .map((p) => normalizeText(p))
    .join(' | ');
}

function inOverlay(el: Element): boolean {
  return el.closest(OVERLAY_TAG) !== null;
}

/** Visible controls whose short name contains one of the step's bold names. */
export function namedControls(doc: Document, names: readonly string[], isVisible: (el: Element) => boolean): Element[] {
  if (names.length === 0) return [];
  const out: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll(CONTROL_SELECTOR))) {
    if (inOverlay(el)) continue;
    const name = shortName(el);
    if (name && names.some((n) => name.includes(n)) && isVisible(el)) out.push(el);
  }
  return out;
}

/** A filled (coloured) background: the portal's primary buttons are filled, secondary ones outlined. */
export function isFilled(background: string): boolean {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(background);
  if (!m) return false;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const alpha = m[4] === undefined ? 1 : Number(m[4]);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  // Coloured (not white or grey) and opaque enough to read as a button face.
  return alpha >= 0.5 && max - min > 40;
}

/** The page's primary buttons: submit buttons and filled buttons, visible, outside our overlay. */
export function primaryButtons(doc: Document, isVisible: (el: Element) => boolean): Element[] {
  const win = doc.defaultView;
  const out: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll('button, input[type=submit], input[type=button], [role=button]'))) {
    if (inOverlay(el) || !isVisible(el)) continue;
    const submit = (el as HTMLButtonElement).type === 'submit' && el.closest('form') !== null;
    if (submit || (win && isFilled(win.getComputedStyle(el).backgroundColor))) out.push(el);
  }
  return out;
}
