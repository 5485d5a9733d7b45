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

/** A line of text a person looks for (a card's "Cơ quan thực hiện: UBND …"): at most this long. */
const MAX_TEXT = 160;
// NodeFilter.SHOW_TEXT, written out: lib/ uses no browser globals.
const SHOW_TEXT = 4;

/**
 * The smallest elements whose text holds one of the names: the step text also names lines and labels that
 * are not controls ("tìm thẻ có dòng **Cơ quan thực hiện: UBND**"). A name may span a bold and a plain part,
 * so a text node that is part of a name climbs to the first ancestor whose whole text holds it, while that
 * text is short.
 */
function namedTexts(doc: Document, names: readonly string[], out: Set<Element>): void {
  if (!doc.body) return;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Only from a text that is part of a name or holds one: climbing from any text would reach the list
    // that holds the named line too, and keep the whole list clear.
    const own = normalizeText(node.nodeValue ?? '');
    const mine = own.length < 2 ? [] : names.filter((n) => n.includes(own) || own.includes(n));
    if (mine.length === 0) continue;
    for (let el = node.parentElement; el && el !== doc.body; el = el.parentElement) {
      const text = el.textContent ?? '';
      if (text.length > MAX_TEXT * 2) break;
      const name = normalizeText(text);
      if (name.length > MAX_TEXT) break;
      const held = mine.filter((n) => name.includes(n));
      if (held.length > 0) {
        // Only the smallest such element: one holding a child with the whole name is a list of lines.
        const inChild = Array.from(el.children).some((c) => held.some((n) => normalizeText(c.textContent ?? '').includes(n)));
        if (!inChild) out.add(el);
        break;
      }
    }
  }
}

/**
 * Visible page elements the step text names in bold: controls whose short name contains a name, and the
 * smallest short text elements (a line, a label, a heading) that contain one.
 */
export function namedControls(doc: Document, names: readonly string[], isVisible: (el: Element) => boolean): Element[] {
  if (names.length === 0) return [];
  const found = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll(CONTROL_SELECTOR))) {
    if (inOverlay(el)) continue;
    const name = shortName(el);
    if (name && names.some((n) => name.includes(n))) found.add(el);
  }
  namedTexts(doc, names, found);
  return [...found].filter((el) => !inOverlay(el) && isVisible(el));
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
