// @vitest-environment happy-dom
/**
 * Fuzzing the guide pipeline a town catalog goes through: JSON text or value → parseGuideJson /
 * validateGuide → components. Whatever arrives, nothing may throw, every rejection must say where, and
 * whatever is accepted must render as inert text (no script, no event handler, no off-list link).
 *
 * Bounded for CI: fixed seed, fixed run counts (10,000 documents), about 15 s on 2 cores.
 */
import fc from 'fast-check';
import { h, render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentChecklist } from '../../components/DocumentChecklist';
import { HelpBox } from '../../components/HelpBox';
import { RichText } from '../../components/RichText';
import { StepCard } from '../../components/StepCard';
import { StepList } from '../../components/StepList';
import { parseGuideJson, validateGuide, type GuideLoadResult } from '../../lib/guide/load';
import { checkLinkUrl, parseRichText } from '../../lib/guide/richtext';
import type { Inline } from '../../lib/guide/richtext-types';
import type { Document as GuideDocument, Guide, Step } from '../../lib/guide/schema';
import { XSS_MARKDOWN_PAYLOADS, XSS_MARKUP_PAYLOADS, XSS_PAYLOADS, XSS_URL_PAYLOADS } from './xss-payloads';

const SEED = 20261126;
/** 10,000 documents in all; rendering dominates, so most renderable ones are the valid and mutated guides. */
const RUNS = { valid: 500, mutated: 2000, json: 5500, text: 2000 } as const;
const FILE = 'danh-muc/thu-nghiem.json';
const OPTS = { idFromFile: false } as const;

// ---------------------------------------------------------------------------------------------------
// Checks

/** Every problem names the file it came from and a JSON path, in both languages. */
function assertProblemsLocated(result: GuideLoadResult): void {
  const problems = result.ok ? result.warnings : result.problems;
  if (!result.ok && problems.length === 0) throw new Error('rejected without a problem');
  for (const p of problems) {
    if (p.file !== FILE) throw new Error(`problem names ${JSON.stringify(p.file)}, not the file`);
    if (typeof p.path !== 'string' || p.path === '') throw new Error(`problem without a path: ${p.code}`);
    if (!p.vi || !p.en) throw new Error(`problem without a message: ${p.code}`);
  }
}

/** Tags the components are written with; anything else would be markup made from guide text. */
const COMPONENT_TAGS = new Set([
  'DIV', 'SECTION', 'H2', 'H3', 'H4', 'P', 'SPAN', 'STRONG', 'BUTTON', 'OL', 'UL', 'LI', 'A', 'INPUT', 'LABEL', 'DETAILS', 'SUMMARY', 'DL', 'DT', 'DD',
]);

function isAllowedHref(href: string): boolean {
  // HelpBox dials the hotline; its tel: URL is built from digits only.
  if (/^tel:\+?[0-9]*$/.test(href)) return true;
  const check = checkLinkUrl(href);
  return check.ok && check.href === href;
}

function assertInert(container: Element): void {
  for (const el of Array.from(container.querySelectorAll('*'))) {
    if (!COMPONENT_TAGS.has(el.tagName)) throw new Error(`unexpected <${el.tagName.toLowerCase()}> rendered`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) throw new Error(`event handler attribute ${attr.name} on <${el.tagName.toLowerCase()}>`);
      if (['src', 'srcdoc', 'style', 'action', 'formaction', 'xlink:href'].includes(attr.name.toLowerCase())) {
        throw new Error(`attribute ${attr.name} rendered`);
      }
    }
    const href = el.getAttribute('href');
    if (href !== null && (/^\s*javascript:/i.test(href) || !isAllowedHref(href))) throw new Error(`href not allowed: ${href}`);
  }
}

/** Renders the guide with every component that shows guide text, checking each result. */
function renderGuide(guide: Guide, lang: 'vi' | 'en'): string {
  // Detached: the same markup, without happy-dom's connected-document bookkeeping (several times faster).
  const container = document.createElement('div');
  let text = '';
  const show = (vnode: ComponentChild): void => {
    render(vnode, container);
    assertInert(container);
    text += container.textContent ?? '';
  };
  try {
    show(h(StepList, { steps: guide.steps, lang, currentStepId: guide.steps[0]?.id, completed: new Set([guide.steps.at(-1)?.id ?? '']) }));
    // StepList already shows every step's details; the card adds its own frame around one of them.
    const index = guide.version % guide.steps.length;
    const step = guide.steps[index] as Step;
    show(h(StepCard, { step, index, total: guide.steps.length, lang, onBack: noop, onNext: noop, onClose: noop, notice: step.title }));
    show(h(DocumentChecklist, { documents: guide.documents, lang, checked: new Set(guide.documents.slice(0, 1).map((d) => d.id)), onToggle: noop, onPrint: noop }));
    show(h(HelpBox, { help: guide.help, situations: guide.situations, lang }));
  } finally {
    render(null, container);
    container.remove();
  }
  return text;
}

function noop(): void {}

// ---------------------------------------------------------------------------------------------------
// Arbitraries

const HUGE = [
  'ệ'.repeat(2001),
  'a'.repeat(8001),
  '<script>'.repeat(1001),
  '**'.repeat(4001),
  '[x]('.repeat(500),
  '\u0301'.repeat(3000),
  '👩‍👩‍👧‍👦'.repeat(300),
];
const VIETNAMESE = ['Đăng ký khai sinh', 'Nộp hồ sơ', 'Thủy / Thuỷ', 'Hòa / Hoà', 'Ủy ban nhân dân', '  khoảng   trắng  '];
const LINK_URLS = ['https://dichvucong.gov.vn/p/home', 'https://vneid.gov.vn/', 'http://dichvucong.gov.vn/thu-tuc', 'https://chinhphu.vn/?a=1&b=%3Cx%3E'];
const PATTERNS = ['dichvucong.gov.vn/**', 'dichvucong.gov.vn/thu-tuc-hanh-chinh/*', 'lienthong.dichvucong.gov.vn/#/ke-khai/*', 'sso.dancuquocgia.gov.vn/auth'];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) },
  { weight: 4, arbitrary: fc.constantFrom(...XSS_PAYLOADS) },
  { weight: 2, arbitrary: fc.constantFrom(...VIETNAMESE) },
);
const url = fc.constantFrom(...LINK_URLS);
const richText = fc
  .oneof(
    { weight: 3, arbitrary: text },
    { weight: 2, arbitrary: fc.tuple(text, text, url).map(([a, b, u]) => `**${a}**\n\n- ${b}\n- [${a}](${u})\n\n1. ${b}`) },
  )
  .filter((s) => s.length <= 8000 && parseRichText(s).problems.length === 0);
const pattern = fc.constantFrom(...PATTERNS);
const word = fc.constantFrom('nop', 'ho', 'so', 'giay', 'to', 'buoc', 'khai', 'sinh', 'a1', 'x9');
const slug = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join('-'));

const strategy = fc.oneof(
  fc.record({ text, role: fc.constantFrom('button', 'link', 'tab'), exact: fc.boolean() }, { requiredKeys: ['text'] }),
  fc.record({ css: fc.constantFrom('#x', 'button[type=submit]', 'div > a'), near: text }, { requiredKeys: ['css'] }),
  fc.record({ label: text }),
  fc.record({ testId: slug }),
  fc.record({ id: slug }),
  fc.record({ name: slug, formControl: slug }, { requiredKeys: ['name'] }),
);
const done = fc.oneof(
  fc.record({ url: pattern }),
  fc.record({ appears: strategy }),
  fc.record({ text }),
  fc.record({ filled: strategy }),
  fc.constant({ confirm: true as const }),
);
const link = fc.record({ text, url, cost: text }, { requiredKeys: ['text', 'url'] });
const stepBody = fc.record(
  {
    title: text,
    body: richText,
    page: fc.array(pattern, { minLength: 1, maxLength: 2 }),
    target: fc.array(strategy, { minLength: 1, maxLength: 3 }),
    done: fc.array(done, { minLength: 1, maxLength: 2 }),
    tips: fc.array(richText, { maxLength: 2 }),
    warnings: fc.array(richText, { maxLength: 2 }),
    links: fc.array(link, { maxLength: 2 }),
    optional: fc.boolean(),
  },
  { requiredKeys: ['title'] },
);
const steps = fc
  .uniqueArray(slug, { minLength: 1, maxLength: 4 })
  .chain((ids) =>
    fc.tuple(...ids.map(() => stepBody)).map((bodies) => bodies.map((body, i) => ({ id: ids[i] as string, ...body }))),
  );
const documentBody = fc.record(
  {
    name: text,
    need: fc.constantFrom('required' as const, 'conditional' as const),
    condition: text,
    originals: fc.nat(3),
    copies: fc.nat(3),
    showOnly: fc.boolean(),
    note: richText,
    form: link,
  },
  { requiredKeys: ['name', 'need'] },
);
const documents = fc
  .uniqueArray(slug, { maxLength: 4 })
  .chain((ids) => fc.tuple(...ids.map(() => documentBody)).map((ds) => ds.map((d, i) => ({ id: ids[i] as string, ...d }))));
const situations = fc
  .uniqueArray(slug, { maxLength: 2 })
  .chain((ids) => fc.tuple(...ids.map(() => fc.record({ question: text, answer: richText }))).map((ss) => ss.map((s, i) => ({ id: ids[i] as string, ...s }))));
const channel = fc.record(
  {
    feeVnd: fc.option(fc.nat(100_000)),
    feeText: text,
    time: fc.record({ qty: fc.nat(30), unit: fc.constantFrom('working-day' as const, 'day' as const, 'same-day' as const) }),
    timeText: text,
  },
  { requiredKeys: ['feeVnd', 'time', 'timeText'] },
);

const validGuide = fc.record(
  {
    id: slug,
    version: fc.integer({ min: 1, max: 1000 }),
    title: text,
    summary: text,
    en: fc.record({ title: text, summary: text }, { requiredKeys: ['title'] }),
    keywords: fc.array(text, { maxLength: 3 }),
    reviewedAt: fc.constant('2026-07-18'),
    sources: fc.array(fc.record({ title: text, url }, { requiredKeys: ['title'] }), { minLength: 1, maxLength: 2 }),
    unverified: fc.array(fc.record({ path: fc.constantFrom('steps[0]', 'procedure.level'), note: text }), { maxLength: 2 }),
    procedure: fc.record({
      code: fc.constant('1.001193'),
      name: text,
      level: fc.constantFrom('toan-trinh' as const, 'mot-phan' as const),
      agency: text,
      channels: fc.record({ online: channel, inPerson: channel }, { requiredKeys: [] }),
    }),
    startPages: fc.array(pattern, { minLength: 1, maxLength: 2 }),
    documents,
    steps,
    situations,
    help: fc.record(
      {
        hotline: fc.constantFrom('1800 1096', '18001096'),
        feedbackUrl: url,
        saturday: richText,
        postalReturn: richText,
        contacts: fc.array(fc.record({ name: text, phone: fc.constant('0238 3844 555'), hours: text }, { requiredKeys: ['name'] }), { maxLength: 2 }),
      },
      { requiredKeys: ['hotline'] },
    ),
  },
  { requiredKeys: ['id', 'version', 'title', 'summary', 'reviewedAt', 'sources', 'documents', 'steps', 'help'] },
);

// Mutations: each picks its node by a number, so fast-check can replay and shrink them.
const oddString = fc.oneof(
  fc.constantFrom(...XSS_PAYLOADS, ...HUGE, '', ' ', '\u0000', '\ud800', '\u202e', 'null', '__proto__'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  oddString,
  fc.constantFrom<unknown>(null, 0, -1, 1.5, 2 ** 53, -0, true, false, [], {}, [null], { '': '' }),
);
const oddKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'onload', 'onerror', 'href', 'innerHTML', 'dangerouslySetInnerHTML', '$schema'),
);
type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'swap'; at: number; value: unknown }
  | { kind: 'extra'; at: number; key: string; value: unknown }
  | { kind: 'odd'; at: number; value: string };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), value: oddValue }),
  fc.record({ kind: fc.constant('extra' as const), at: fc.nat(), key: oddKey, value: oddValue }),
  fc.record({ kind: fc.constant('odd' as const), at: fc.nat(), value: oddString }),
);

type Json = Record<string, unknown> | unknown[];
interface Slot {
  parent: Json;
  key: string | number;
  value: unknown;
}

function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, value] of entries) {
      out.push({ parent: node as Json, key, value });
      walk(value);
    }
  };
  walk(root);
  return out;
}

/** Set an own property the way JSON.parse does, even for "__proto__". */
function setOwn(target: Json, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyMutation(doc: Record<string, unknown>, m: Mutation): void {
  const all = slots(doc);
  if (m.kind === 'extra') {
    const objects = [doc as Json, ...all.map((s) => s.value).filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v))];
    const target = objects[m.at % objects.length] as Json;
    setOwn(target, m.key, m.value);
    return;
  }
  const pool = m.kind === 'odd' ? all.filter((s) => typeof s.value === 'string') : all;
  const slot = pool[m.at % Math.max(pool.length, 1)];
  if (!slot) return;
  if (m.kind === 'delete') {
    if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
    else delete slot.parent[slot.key];
  } else {
    setOwn(slot.parent, slot.key, m.value);
  }
}

const mutatedGuide = fc.tuple(validGuide, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([guide, ms]) => {
  const doc = structuredClone(guide) as Record<string, unknown>;
  for (const m of ms) applyMutation(doc, m);
  return doc;
});

// ---------------------------------------------------------------------------------------------------
// Properties

/** Both entry points agree, locate every problem, and whatever they accept renders inert. */
function checkDocument(value: unknown, lang: 'vi' | 'en'): GuideLoadResult {
  const asValue = validateGuide(value, FILE, OPTS);
  assertProblemsLocated(asValue);
  const json = JSON.stringify(value);
  if (json !== undefined) {
    const asText = parseGuideJson(json, FILE, OPTS);
    assertProblemsLocated(asText);
    if (asText.ok !== asValue.ok) throw new Error(`text and value disagree: text ${asText.ok}, value ${asValue.ok}`);
  }
  if (asValue.ok) renderGuide(asValue.guide, lang);
  return asValue;
}

const lang = fc.constantFrom('vi' as const, 'en' as const);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fuzzing guides through the loader and the components', () => {
  it('accepts and renders inertly every generated valid guide (500)', () => {
    fc.assert(
      fc.property(validGuide, lang, (guide, l) => {
        const result = checkDocument(guide, l);
        if (!result.ok) throw new Error(`valid guide rejected: ${result.problems.map((p) => `${p.path}: ${p.en}`).join('; ')}`);
      }),
      { seed: SEED, numRuns: RUNS.valid },
    );
  }, 60_000);

  it('never throws on mutated guides (deleted fields, swapped types, extra keys, odd strings) (2,000)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutatedGuide, lang, (doc, l) => {
        if (checkDocument(doc, l).ok) accepted++;
      }),
      { seed: SEED, numRuns: RUNS.mutated },
    );
    // Both sides must be exercised: some mutations keep a guide valid (an odd title), most break it.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(1900);
  }, 60_000);

  it('never throws on arbitrary JSON values, given as values and as text (5,500)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), lang, (value, l) => {
        checkDocument(value, l);
      }),
      { seed: SEED, numRuns: RUNS.json },
    );
  }, 60_000);

  it('never throws on arbitrary text that is mostly not JSON (2,000)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json().map((j) => j.slice(0, -1)), fc.constantFrom(...XSS_PAYLOADS)), (src) => {
        assertProblemsLocated(parseGuideJson(src, FILE, OPTS));
      }),
      { seed: SEED, numRuns: RUNS.text },
    );
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------------
// Focused: known script-injection payloads in every text position

function linksIn(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((n) => (n.type === 'link' ? [n.href, ...linksIn(n.children)] : n.type === 'bold' ? linksIn(n.children) : []));
}

function baseGuide(): Guide {
  return {
    id: 'thu-xss',
    version: 1,
    title: 'Thử',
    summary: 'Thử',
    reviewedAt: '2026-07-18',
    sources: [{ title: 'Tự viết' }],
    documents: [{ id: 'giay', name: 'Giấy', need: 'required' }],
    steps: [{ id: 'mot', title: 'Một' }],
    situations: [{ id: 'hoi', question: 'Hỏi?', answer: 'Đáp.' }],
    help: { hotline: '1800 1096' },
  };
}

type Place = { name: string; path: string; put(g: Guide, payload: string): void; plain: boolean };

const step0 = (g: Guide): Step => g.steps[0] as Step;
const doc0 = (g: Guide): GuideDocument => g.documents[0] as GuideDocument;

const PLACES: Place[] = [
  { name: 'step title', path: 'steps[0].title', plain: true, put: (g, p) => { step0(g).title = p; } },
  { name: 'step body', path: 'steps[0].body', plain: false, put: (g, p) => { step0(g).body = p; } },
  { name: 'tip', path: 'steps[0].tips[0]', plain: false, put: (g, p) => { step0(g).tips = [p]; } },
  { name: 'warning', path: 'steps[0].warnings[0]', plain: false, put: (g, p) => { step0(g).warnings = [p]; } },
  { name: 'link text', path: 'steps[0].links[0].text', plain: true, put: (g, p) => { step0(g).links = [{ text: p, url: LINK_URLS[0] as string }]; } },
  { name: 'link url', path: 'steps[0].links[0].url', plain: false, put: (g, p) => { step0(g).links = [{ text: 'Mở', url: p }]; } },
  { name: 'document name', path: 'documents[0].name', plain: true, put: (g, p) => { doc0(g).name = p; } },
  { name: 'document note', path: 'documents[0].note', plain: false, put: (g, p) => { doc0(g).note = p; } },
  { name: 'document condition', path: 'documents[0].condition', plain: true, put: (g, p) => { Object.assign(doc0(g), { need: 'conditional', condition: p }); } },
  { name: 'document form url', path: 'documents[0].form.url', plain: false, put: (g, p) => { doc0(g).form = { text: 'Mẫu', url: p }; } },
  { name: 'situation answer', path: 'situations[0].answer', plain: false, put: (g, p) => { g.situations = [{ id: 'hoi', question: 'Hỏi?', answer: p }]; } },
  { name: 'feedback url', path: 'help.feedbackUrl', plain: false, put: (g, p) => { g.help.feedbackUrl = p; } },
];

describe('script-injection payloads', () => {
  it('has a list of at least 50 payloads for the e2e test to reuse', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
  });

  it('the rich-text parser never produces a link outside the allow-list', () => {
    for (const payload of XSS_PAYLOADS) {
      const { blocks } = parseRichText(payload);
      const hrefs = blocks.flatMap((b) => (b.type === 'paragraph' ? linksIn(b.children) : b.items.flatMap(linksIn)));
      for (const href of hrefs) {
        expect(href, payload).toMatch(/^https?:\/\//);
        expect(isAllowedHref(href), `${payload} → ${href}`).toBe(true);
      }
    }
  });

  it('refuses every dangerous URL in a link position, naming the field', () => {
    for (const payload of [...XSS_URL_PAYLOADS, 'javascript:alert(1)//https://dichvucong.gov.vn/']) {
      for (const place of PLACES.filter((p) => p.path.endsWith('url'))) {
        const g = baseGuide();
        place.put(g, payload);
        const result = validateGuide(g, FILE, OPTS);
        expect(result.ok, `${place.name}: ${JSON.stringify(payload)}`).toBe(false);
        if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(place.path);
      }
    }
  });

  it('refuses markdown links to dangerous or off-list URLs in rich text, naming the field', () => {
    const dangerous = XSS_MARKDOWN_PAYLOADS.filter((p) => parseRichText(p).problems.length > 0);
    expect(dangerous.length).toBeGreaterThan(10);
    for (const payload of dangerous) {
      const g = baseGuide();
      step0(g).body = payload;
      const result = validateGuide(g, FILE, OPTS);
      expect(result.ok, payload).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('steps[0].body');
    }
  });

  it('renders every payload, placed in every position at once, as text and never as markup', () => {
    for (const payload of XSS_PAYLOADS) {
      const g = baseGuide();
      for (const place of PLACES) place.put(g, payload);
      // Rejected guides never reach a resident, but components must stay safe even if one slipped through.
      const result = validateGuide(g, FILE, OPTS);
      const shown = renderGuide(result.ok ? result.guide : g, 'vi');
      if (payload.trim() === '') continue;
      for (const place of PLACES.filter((p) => p.plain)) expect(shown, `${place.name}: ${payload}`).toContain(payload);
    }
  });

  it('renders rich text from each payload with no element but p, ul, ol, li, strong and allowed links', () => {
    for (const payload of [...XSS_MARKUP_PAYLOADS, ...XSS_MARKDOWN_PAYLOADS]) {
      const container = document.createElement('div');
      document.body.appendChild(container);
      render(h(RichText, { source: payload }), container);
      for (const el of Array.from(container.querySelectorAll('*'))) {
        expect(['DIV', 'P', 'UL', 'OL', 'LI', 'STRONG', 'A'], payload).toContain(el.tagName);
      }
      assertInert(container);
      render(null, container);
      container.remove();
    }
  });
});

// A town catalog with one huge field must not freeze the page: the link scanner used to go quadratic on
// "[x]([x](…" (100,000 characters took about 30 s). This guards against a hang through the test's own
// timeout; no wall-clock assertion here (one failed under load): speed itself is for the benchmark.
describe('loader time on huge fields', () => {
  it('rejects a 100,000-character rich-text field of link brackets without hanging', () => {
    const g = baseGuide();
    step0(g).body = '[x]('.repeat(25_000);
    const result = validateGuide(g, FILE, OPTS);
    expect(result.ok).toBe(false);
  }, 30_000);
});
