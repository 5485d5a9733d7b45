/**
 * The guide's safe rich text: a tiny Markdown subset parsed into tokens (richtext-types.ts).
 *
 * Nothing here produces markup: HTML in the source stays ordinary characters, and a link becomes a token
 * only when its URL passes the same allow-list the schema promises (hosts.ts). A refused link keeps its
 * text, so a resident still reads what the author wrote; the refusal is reported so `guides check` fails.
 */
import { isAllowedLinkHost, isPortalHost } from '../engine/hosts';
import type { Block, Inline, RichTextProblem, RichTextResult } from './richtext-types';

export type LinkCheck = { ok: true; href: string } | { ok: false; problem: RichTextProblem };

/**
 * The one link policy: https to an allow-listed host, or http/https to a portal host (the local sandbox
 * serves portal pages over http). Also used for the guide's structured links (Link.url, feedbackUrl).
 */
export function checkLinkUrl(raw: string): LinkCheck {
  const url = raw.trim();
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, problem: { code: 'link-malformed', url: raw } };
  }
  const scheme = parsed.protocol;
  if (scheme !== 'https:' && scheme !== 'http:') {
    return { ok: false, problem: { code: 'link-scheme', url: raw } };
  }
  // "https://trusted.example@evil.example" style credentials only serve to mislead a reader.
  if (parsed.username || parsed.password || !parsed.hostname) {
    return { ok: false, problem: { code: 'link-malformed', url: raw } };
  }
  const host = parsed.hostname.toLowerCase();
  if (scheme === 'http:') {
    if (isPortalHost(host)) return { ok: true, href: parsed.href };
    if (isAllowedLinkHost(host)) return { ok: false, problem: { code: 'link-scheme', url: raw } };
    return { ok: false, problem: { code: 'link-host', url: raw } };
  }
  if (!isAllowedLinkHost(host)) return { ok: false, problem: { code: 'link-host', url: raw } };
  return { ok: true, href: parsed.href };
}

const UNORDERED_ITEM = /^[-*]\s+(.*)$/;
const ORDERED_ITEM = /^\d{1,3}[.)]\s+(.*)$/;

export function parseRichText(src: string): RichTextResult {
  const problems: RichTextProblem[] = [];
  const blocks: Block[] = [];
  const lines = src.replace(/\r\n?/g, '\n').split('\n');

  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[][] } | null = null;

  const flushParagraph = (): void => {
    if (paragraph.length > 0) {
      blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' '), problems) });
      paragraph = [];
    }
  };
  const flushList = (): void => {
    if (list) {
      const items = list.items.map((lines) => parseInline(lines.join(' '), problems));
      blocks.push({ type: 'list', ordered: list.ordered, items });
      list = null;
    }
  };

  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') {
      flushParagraph();
      flushList();
      continue;
    }
    // "**Chú ý**" at the start of a line is bold, not an item: the marker must be followed by a space.
    const unordered = UNORDERED_ITEM.exec(line);
    const ordered = unordered ? null : ORDERED_ITEM.exec(line);
    const item = unordered ?? ordered;
    if (item) {
      const isOrdered = ordered !== null;
      const text = item[1] ?? '';
      flushParagraph();
      if (list && list.ordered !== isOrdered) flushList();
      if (!list) list = { ordered: isOrdered, items: [] };
      list.items.push([text]);
      continue;
    }
    if (list) {
      // A wrapped line continues the last item, as in Markdown.
      list.items[list.items.length - 1]?.push(line);
      continue;
    }
    paragraph.push(line);
  }
  flushParagraph();
  flushList();
  return { blocks, problems };
}

/** The text only, for search and read-aloud: blocks on their own lines, link URLs dropped. */
export function richTextPlain(src: string): string {
  const { blocks } = parseRichText(src);
  return blocks
    .map((block) => {
      if (block.type === 'paragraph') return inlinePlain(block.children);
      return block.items
        .map((item, i) => (block.ordered ? `${i + 1}. ` : '') + inlinePlain(item))
        .join('\n');
    })
    .join('\n\n');
}

function inlinePlain(inlines: readonly Inline[]): string {
  return inlines.map((t) => (t.type === 'text' ? t.text : inlinePlain(t.children))).join('');
}

const ESCAPABLE = new Set(['\\', '*', '[', ']', '(', ')']);

/**
 * Inline parser: `**bold**`, `[text](url)`, backslash escapes for the marker characters. Unclosed markers
 * are plain text. Bold may contain links and links may contain bold; a link inside a link is text.
 */
function parseInline(src: string, problems: RichTextProblem[], inLink = false): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const pushText = (): void => {
    if (text) appendText(out, text);
    text = '';
  };

  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === '\\' && i + 1 < src.length && ESCAPABLE.has(src[i + 1] as string)) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (ch === '*' && src[i + 1] === '*') {
      const close = findClosingBold(src, i + 2);
      if (close > i + 2) {
        pushText();
        out.push({ type: 'bold', children: parseInline(src.slice(i + 2, close), problems, inLink) });
        i = close + 2;
        continue;
      }
      text += '**';
      i += 2;
      continue;
    }
    if (ch === '[' && !inLink) {
      const link = matchLink(src, i);
      if (link) {
        pushText();
        const children = parseInline(link.text, problems, true);
        const check = checkLinkUrl(link.url);
        if (check.ok) {
          out.push({ type: 'link', href: check.href, children });
        } else {
          problems.push(check.problem);
          for (const child of children) {
            if (child.type === 'text') appendText(out, child.text);
            else out.push(child);
          }
        }
        i = link.end;
        continue;
      }
    }
    text += ch;
    i++;
  }
  pushText();
  return out;
}

function appendText(out: Inline[], text: string): void {
  const last = out[out.length - 1];
  if (last && last.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

function findClosingBold(src: string, from: number): number {
  for (let j = from; j < src.length - 1; j++) {
    if (src[j] === '\\') {
      j++;
      continue;
    }
    if (src[j] === '*' && src[j + 1] === '*') return j;
  }
  return -1;
}

/** `[text](url)` starting at `start`; the URL has no spaces and ends at the first unescaped `)`. */
// Bounds on how far a link may reach: without them, text like "[x]([x]([x](…" makes every "[" scan to
// the end of the string, and one long guide field from a town catalog would freeze the page (quadratic).
const MAX_LINK_TEXT = 500;
const MAX_LINK_URL = 2048;

function matchLink(src: string, start: number): { text: string; url: string; end: number } | null {
  let depth = 0;
  let j = start;
  const textLimit = Math.min(src.length, start + MAX_LINK_TEXT);
  for (; j < textLimit; j++) {
    const c = src[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) break;
    }
  }
  if (j >= textLimit || src[j + 1] !== '(') return null;
  const text = src.slice(start + 1, j);
  if (text.trim() === '') return null;
  // Balanced parentheses belong to the URL, so `javascript:alert(1)` is refused whole, not cut in two.
  let parens = 0;
  let k = j + 2;
  const urlLimit = Math.min(src.length, k + MAX_LINK_URL);
  for (; k < urlLimit; k++) {
    const c = src[k] as string;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || /\s/.test(c)) return null;
    if (c === '(') parens++;
    else if (c === ')') {
      if (parens === 0) break;
      parens--;
    }
  }
  if (k >= urlLimit) return null;
  const url = src.slice(j + 2, k);
  if (url === '') return null;
  return { text, url, end: k + 1 };
}
