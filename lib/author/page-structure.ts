/**
 * "Lưu cấu trúc trang": the current portal page as an HTML file for `npm run guides -- health`, keeping
 * only what the engine's strategies read, and nothing that can be a person's data.
 *
 * Why nothing personal survives (each rule is tested in page-structure.test.ts):
 *  - Removed: scripts, styles, images, media, iframes, templates, the head (the title names people), every
 *    form value (value, checked, selected, textarea content), every attribute the strategies do not read.
 *  - Text is kept only when it is, after normalisation, a phrase from the allow-list (page-allow.ts): the
 *    guides' own target texts, labels and `near` texts anywhere, and the portal's interface vocabulary
 *    only in controls, labels and headings. Text containing a guide phrase of two or more words keeps that
 *    phrase and masks the rest. Every kept character therefore comes from a guide file or the fixed
 *    vocabulary, never from the page: a name, an ID number or an address cannot pass unless it is
 *    literally a guide's word.
 *  - Names and labels in attributes (aria-label, placeholder, title, button values) follow the same rule,
 *    or are dropped.
 *  - Identifiers (id, name, for, data-e2e, formcontrolname, aria-labelledby) keep a value the guides use;
 *    any other value is replaced by a pseudonym (`dvc-a`, `dvc-b`…) consistent within the file, so labels
 *    stay tied to their fields. Classes and attributes stay only when a guide's CSS selector names them.
 *  - Every digit left anywhere else becomes 0; the page address is kept as its pattern only (ids
 *    generalised, query dropped), in a comment `guides -- health` reads.
 * Open shadow roots are written inline in their host (the saved file has no shadow DOM; the engine finds
 * the same elements either way).
 */
import { createContentIndex, getRole } from '../engine/accessible-name';
import { normalizeText } from '../engine/text';
import type { AllowList } from './page-allow';
import { pagePatternFromUrl } from './page-pattern';

export const MASK = '•••';
const PAGE_COMMENT = 'dvc-guide page:';

export interface SavedStructure {
  html: string;
  /** The page pattern written into the file. */
  page: string;
  /** Texts kept, once each (for the preview). */
  kept: string[];
  /** Texts masked, once each: shown in the preview on this machine only, never saved. */
  masked: string[];
  removedElements: number;
}

const DROP = new Set([
  'script', 'style', 'link', 'meta', 'img', 'picture', 'source', 'svg', 'video', 'audio', 'canvas', 'iframe',
  'frame', 'frameset', 'object', 'embed', 'noscript', 'template', 'base', 'track', 'map', 'area', 'head', 'title',
]);
const VOID = new Set(['input', 'br', 'hr', 'col', 'wbr']);
/** Where interface words are: controls, labels, headings. */
const NAME_TAGS = new Set(['button', 'a', 'label', 'legend', 'option', 'optgroup', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'summary', 'caption', 'dt']);
const NAME_ROLES = new Set(['button', 'link', 'tab', 'menuitem', 'option', 'heading', 'checkbox', 'radio', 'switch', 'treeitem', 'columnheader']);
const IDENT_ATTRS = new Set(['id', 'name', 'for', 'data-e2e', 'formcontrolname', 'list']);
const TEXT_ATTRS = new Set(['aria-label', 'placeholder', 'title']);
const FLAG_ATTRS = new Set(['hidden', 'inert', 'disabled', 'multiple', 'readonly', 'required', 'contenteditable']);
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))/i;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}
const zeroDigits = (s: string): string => s.replace(/[0-9]/g, '0');

export function saveStructure(doc: Document, url: string, allow: AllowList): SavedStructure {
  const page = pagePatternFromUrl(url) ?? 'unknown';
  const index = createContentIndex();
  const kept = new Set<string>();
  const masked = new Set<string>();
  const pseudonyms = new Map<string, string>();
  let removedElements = 0;

  const pseudonym = (v: string): string => {
    let p = pseudonyms.get(v);
    if (!p) {
      let n = pseudonyms.size;
      let s = '';
      do {
        s = String.fromCharCode(97 + (n % 26)) + s;
        n = Math.floor(n / 26) - 1;
      } while (n >= 0);
      p = `dvc-${s}`;
      pseudonyms.set(v, p);
    }
    return p;
  };
  const ident = (v: string): string => (allow.identifiers.has(v) ? v : pseudonym(v));

  const inNamePosition = (el: Element | null): boolean => {
    for (let n = el, depth = 0; n && depth < 4; n = n.parentElement, depth++) {
      if (NAME_TAGS.has(n.localName)) return true;
      const role = n.getAttribute('role');
      if (role && NAME_ROLES.has(role)) return true;
      if (getRole(n) === 'button' || getRole(n) === 'link') return true;
    }
    return false;
  };
  const allowed = (norm: string, namePos: boolean): boolean =>
    allow.guidePhrases.has(norm) || (namePos && allow.vocabulary.has(norm));

  /** Kept text (allow-listed, maybe with a mask) or undefined when nothing may be kept. */
  const filterText = (raw: string, namePos: boolean): string | undefined => {
    const norm = normalizeText(raw);
    if (norm === '') return undefined;
    if (allowed(norm, namePos)) return raw.replace(/\s+/g, ' ').trim();
    // Written as the guide or the vocabulary writes them: every kept character comes from the allow-list.
    const phrases = [...allow.guidePhrases, ...(namePos ? allow.vocabulary : [])]
      .filter(([p]) => p.includes(' ') && norm.includes(p))
      .sort(([a], [b]) => norm.indexOf(a) - norm.indexOf(b) || b.length - a.length);
    const chosen: [string, string][] = [];
    for (const ph of phrases) if (!chosen.some(([c]) => c.includes(ph[0]))) chosen.push(ph);
    return chosen.length > 0 ? `${chosen.map(([, w]) => w).join(` ${MASK} `)} ${MASK}` : undefined;
  };

  /** An element whose whole text is allowed keeps its text nodes as they are (split across inline tags). */
  const wholeAllowed = new WeakMap<Element, boolean>();
  const isWholeAllowed = (el: Element): boolean => {
    let v = wholeAllowed.get(el);
    if (v === undefined) {
      v = allowed(index.normalised(el), inNamePosition(el));
      wholeAllowed.set(el, v);
    }
    return v;
  };

  const attrs = (el: Element): string => {
    const out: string[] = [];
    const tag = el.localName;
    for (const { name, value } of Array.from(el.attributes)) {
      const n = name.toLowerCase();
      let v: string | undefined;
      if (IDENT_ATTRS.has(n)) v = ident(value);
      else if (n === 'aria-labelledby') v = value.split(/\s+/).filter(Boolean).map(ident).join(' ');
      else if (TEXT_ATTRS.has(n)) v = filterText(value, true);
      else if (n === 'value' && tag === 'input' && /^(button|submit|reset)$/i.test(el.getAttribute('type') ?? '')) v = filterText(value, true);
      else if (n === 'type' && /^[a-z-]{1,20}$/i.test(value)) v = value;
      else if (n === 'role' && /^[a-z ]{1,40}$/.test(value)) v = value;
      else if (n === 'aria-hidden' && value === 'true') v = value;
      else if (FLAG_ATTRS.has(n)) v = n === 'contenteditable' ? (value === 'true' ? 'true' : undefined) : '';
      else if (n === 'href' && tag === 'a') v = '#';
      else if (n === 'style' && INLINE_HIDDEN.test(value)) v = 'display:none';
      else if (n === 'class') {
        const classes = value.split(/\s+/).filter((c) => allow.cssClasses.has(c));
        v = classes.length > 0 ? classes.join(' ') : undefined;
      } else if (allow.cssAttributes.has(n)) {
        // Kept only as far as a guide's selector names it: its literal part, digits as 0.
        const lit = allow.cssValues.find((c) => value.includes(c));
        v = lit !== undefined && !/[^\d_\-.\s]/.test(value.replace(lit, '')) ? value : undefined;
      }
      if (v === undefined) continue;
      if (!(IDENT_ATTRS.has(n) && allow.identifiers.has(value))) v = zeroDigits(v);
      if (TEXT_ATTRS.has(n) || n === 'value') kept.add(v);
      out.push(v === '' ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`);
    }
    return out.join('');
  };

  const parts: string[] = [];
  const emitChildren = (nodes: Iterable<Node>, host: Element | null): void => {
    for (const node of nodes) emit(node, host);
  };
  const emit = (node: Node, host: Element | null): void => {
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      if (raw.trim() === '') {
        if (raw.length > 0) parts.push(' ');
        return;
      }
      const parent = node.parentElement;
      if (parent && (parent.localName === 'textarea' || parent.localName === 'select')) return;
      let out: string | undefined;
      if (parent && isWholeAllowed(parent)) out = raw.replace(/\s+/g, ' ');
      else out = filterText(raw, inNamePosition(parent));
      if (out === undefined) {
        masked.add(raw.replace(/\s+/g, ' ').trim());
        parts.push(MASK);
        return;
      }
      if (out.includes(MASK)) masked.add(raw.replace(/\s+/g, ' ').trim());
      const clean = zeroDigits(out);
      kept.add(clean.trim());
      parts.push(escapeText(clean));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (DROP.has(tag)) {
      removedElements++;
      return;
    }
    if (tag === 'slot' && host) {
      const name = el.getAttribute('name');
      const assigned = Array.from(host.childNodes).filter((c) =>
        c.nodeType === 1 ? ((c as Element).getAttribute('slot') ?? null) === name : name === null,
      );
      emitChildren(assigned.length > 0 ? assigned : Array.from(el.childNodes), null);
      return;
    }
    if (!/^[a-z][a-z0-9-]*$/.test(tag)) return;
    parts.push(`<${tag}${attrs(el)}>`);
    if (VOID.has(tag)) return;
    if (tag !== 'textarea') {
      if (el.shadowRoot) emitChildren(Array.from(el.shadowRoot.childNodes), el);
      else emitChildren(Array.from(el.childNodes), host);
    }
    parts.push(`</${tag}>`);
  };

  const body = doc.body;
  if (body) emit(body, null);
  const safePage = page.replace(/-{2,}/g, '-');
  const html =
    `<!doctype html>\n<!-- ${PAGE_COMMENT} ${safePage} -->\n<!-- dvc-guide: cấu trúc trang đã che dữ liệu cá nhân / page structure, personal data masked -->\n` +
    `<html lang="vi"><head><meta charset="utf-8"></head>${parts.join('')}</html>\n`;
  kept.delete('');
  kept.delete(MASK);
  masked.delete('');
  return { html, page: safePage, kept: [...kept], masked: [...masked], removedElements };
}

/** The page pattern a saved structure names in its comment, if it is one. */
export function savedPagePattern(html: string): string | undefined {
  const m = /<!--\s*dvc-guide page:\s*(\S+)\s*-->/.exec(html.slice(0, 2000));
  return m?.[1];
}
