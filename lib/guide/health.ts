/**
 * Guide health on a saved portal page (`npm run guides -- health`): for every step that applies to the
 * page's URL, does the engine still find its target? Uses the very findTarget the overlay runs, so a
 * portal redesign that breaks a guide shows up here before a resident meets it.
 *
 * Pure: takes a Document, its URL and the guides. A saved page has no layout and no running scripts, so
 * "visible" means "not hidden by markup" (see isVisibleByMarkup).
 */
import { isStepDone } from '../engine/done';
import { isHiddenByMarkup } from '../engine/accessible-name';
import { composedParent, describeStrategy, findTarget } from '../engine/targets';
import { normalizeText } from '../engine/text';
import { matchesAny } from '../engine/url-pattern';
import { TARGET_LOCATOR_KEYS, type Guide, type Step, type TargetStrategy } from './schema';
import { allSteps } from './routes';

type StepHealthStatus =
  /** A strategy found a visible element. */
  | 'found'
  /** No strategy found anything: the step is broken on this page. */
  | 'not-found'
  /**
   * Not on the saved page, but the guide itself says it appears after an earlier step on this page (that
   * step's `done` waits for this very target), and that earlier step is not done on the saved page.
   */
  | 'after-step'
  /** A read-and-confirm step: nothing to find. */
  | 'no-target';

export interface StepHealth {
  guideId: string;
  /** 0-based position in the guide. */
  stepIndex: number;
  stepId: string;
  status: StepHealthStatus;
  /** For 'found': which strategy matched (0-based) and the element. */
  found?: { index: number; strategy: TargetStrategy; element: Element };
  /** For 'after-step': the earlier step whose completion brings the target. */
  after?: { stepIndex: number; stepId: string };
  /** The strategies tried, for the not-found message. */
  tried: readonly TargetStrategy[];
}

export interface PageHealth {
  url: string;
  steps: StepHealth[];
}

/** Broken = would leave a resident without a pointer on a page the guide says the step happens on. */
export function isBroken(step: StepHealth): boolean {
  return step.status === 'not-found';
}

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Visibility without layout or stylesheets: hidden only when markup says so (`hidden`, `aria-hidden`,
 * `inert`, or an inline display:none / visibility:hidden) on the element or an ancestor, across shadow
 * boundaries. Class-based hiding cannot be seen in a saved page, so it counts as visible.
 */
export function isVisibleByMarkup(el: Element): boolean {
  if (!el.isConnected) return false;
  for (let n: Element | null = el; n; n = composedParent(n)) {
    if (isHiddenByMarkup(n) || n.hasAttribute('inert')) return false;
    const style = n.getAttribute('style');
    if (style && INLINE_HIDDEN.test(style)) return false;
  }
  return true;
}

/**
 * The page patterns each step applies on. A step without `page` happens "wherever the guide currently
 * is": the page of the nearest earlier step that has one, else the guide's start pages. Undefined when
 * the guide says nothing about where (no start pages and no earlier page).
 */
export function effectiveStepPages(guide: Pick<Guide, 'startPages' | 'steps' | 'routes'>): (readonly string[] | undefined)[] {
  let current: readonly string[] | undefined = guide.startPages;
  return allSteps(guide).map((step) => {
    if (step.page) current = step.page;
    return current;
  });
}

export function checkPageHealth(doc: Document, url: string, guides: readonly Guide[]): PageHealth {
  const steps: StepHealth[] = [];
  for (const guide of guides) steps.push(...checkGuideOnPage(doc, url, guide));
  return { url, steps };
}

function checkGuideOnPage(doc: Document, url: string, guide: Guide): StepHealth[] {
  const pages = effectiveStepPages(guide);
  // Every route's steps: an author checks all of them, whichever route a resident takes.
  const list = allSteps(guide);
  const applies = list.map((_, i) => {
    const p = pages[i];
    return p !== undefined && matchesAny(p, url);
  });
  const out: StepHealth[] = [];
  list.forEach((step, stepIndex) => {
    if (!applies[stepIndex]) return;
    const base = { guideId: guide.id, stepIndex, stepId: step.id, tried: step.target ?? [] };
    if (!step.target) {
      out.push({ ...base, status: 'no-target' });
      return;
    }
    const found = findTarget(doc, step.target, { isVisible: isVisibleByMarkup });
    if (found) {
      out.push({ ...base, status: 'found', found: { index: found.index, strategy: found.strategy, element: found.element } });
      return;
    }
    const after = bringingStep(doc, url, list, stepIndex, applies);
    out.push(after ? { ...base, status: 'after-step', after } : { ...base, status: 'not-found' });
  });
  return out;
}

/**
 * The nearest earlier step on this page whose `done` condition waits for this step's target (an
 * `appears` with the same locator, or a `text` equal to the target's text) and does not hold here.
 * Such a target is shown only after an action, so a saved page of the initial state cannot have it.
 */
function bringingStep(
  doc: Document,
  url: string,
  steps: readonly Step[],
  stepIndex: number,
  applies: readonly boolean[],
): { stepIndex: number; stepId: string } | undefined {
  const targets = steps[stepIndex]?.target ?? [];
  for (let i = stepIndex - 1; i >= 0; i--) {
    const earlier = steps[i];
    if (!earlier || !applies[i]) continue;
    const waitsForTarget = (earlier.done ?? []).some(
      (c) =>
        (c.appears !== undefined && targets.some((t) => sameLocator(c.appears as TargetStrategy, t))) ||
        (c.text !== undefined && targets.some((t) => t.text !== undefined && normalizeText(t.text) === normalizeText(c.text as string))),
    );
    if (!waitsForTarget) continue;
    const done = isStepDone(earlier, { doc, href: url, clickedTarget: false, isVisible: isVisibleByMarkup });
    if (done === null) return { stepIndex: i, stepId: earlier.id };
  }
  return undefined;
}

/** Same thing to look for: equal locators (text compared as the engine compares it); refinements ignored. */
function sameLocator(a: TargetStrategy, b: TargetStrategy): boolean {
  if (a.role !== undefined && b.role !== undefined && a.role !== b.role) return false;
  let any = false;
  for (const key of TARGET_LOCATOR_KEYS) {
    const x = a[key];
    const y = b[key];
    if (x === undefined && y === undefined) continue;
    if (x === undefined || y === undefined) return false;
    if (key === 'text' || key === 'label' ? normalizeText(x) !== normalizeText(y) : x !== y) return false;
    any = true;
  }
  return any;
}

// ---------------------------------------------------------------------------------------------------
// Report text

/** `nút “Nộp hồ sơ”`; strategies without text or label also show their locator, for developers. */
function describeForDevelopers(s: TargetStrategy): string {
  const human = describeStrategy(s, 'vi');
  if (s.text !== undefined || s.label !== undefined) return human;
  const locator = TARGET_LOCATOR_KEYS.filter((k) => s[k] !== undefined).map((k) => `${k}: ${String(s[k])}`);
  return locator.length > 0 ? `${human} [${locator.join(', ')}]` : human;
}

export function formatStepResult(step: StepHealth): string {
  switch (step.status) {
    case 'found': {
      const f = step.found as NonNullable<StepHealth['found']>;
      return `tìm thấy / found (chiến lược ${f.index + 1}: ${describeForDevelopers(f.strategy)})`;
    }
    case 'not-found':
      return `KHÔNG TÌM THẤY / NOT FOUND (đã thử / tried: ${step.tried.map(describeForDevelopers).join('; ')})`;
    case 'after-step': {
      const a = step.after as NonNullable<StepHealth['after']>;
      return `hiện sau bước ${a.stepIndex + 1} / appears after step ${a.stepIndex + 1} (${a.stepId}), không có trên trang đã lưu / not in the saved page`;
    }
    case 'no-target':
      return 'không có phần tử cần chỉ / no target (đọc và xác nhận / read and confirm)';
  }
}

export interface HealthSummary {
  pages: number;
  steps: number;
  found: number;
  notFound: number;
  afterStep: number;
  noTarget: number;
}

export function summarizeHealth(pages: readonly PageHealth[]): HealthSummary {
  const all = pages.flatMap((p) => p.steps);
  const count = (s: StepHealthStatus): number => all.filter((x) => x.status === s).length;
  return {
    pages: pages.length,
    steps: all.length,
    found: count('found'),
    notFound: count('not-found'),
    afterStep: count('after-step'),
    noTarget: count('no-target'),
  };
}

export function formatSummary(s: HealthSummary): string {
  return (
    `${s.pages} trang, ${s.steps} bước: ${s.found} tìm thấy, ${s.notFound} KHÔNG TÌM THẤY, ` +
    `${s.afterStep} hiện sau bước trước, ${s.noTarget} không có phần tử. / ` +
    `${s.pages} page(s), ${s.steps} step(s): ${s.found} found, ${s.notFound} NOT FOUND, ` +
    `${s.afterStep} after an earlier step, ${s.noTarget} without target.`
  );
}

/** One row per step; a page no step applies to gets a row saying so, so every page given is accounted for. */
export function formatHealthTable(pages: readonly { name: string; health: PageHealth }[]): string[] {
  const header = ['Trang / Page', 'Hướng dẫn / Guide', 'Bước / Step', 'Kết quả / Result'];
  const rows: string[][] = [];
  for (const { name, health } of pages) {
    if (health.steps.length === 0) {
      rows.push([name, '—', '—', 'không bước nào áp dụng cho địa chỉ này / no step applies to this URL']);
      continue;
    }
    for (const s of health.steps) rows.push([name, s.guideId, `${s.stepIndex + 1}. ${s.stepId}`, formatStepResult(s)]);
  }
  // The last column is free text; padding it would only add trailing spaces.
  const widths = header.slice(0, -1).map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((cell, c) => (c < widths.length ? cell.padEnd(widths[c] as number) : cell)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w)).concat('-'.repeat(header[3]?.length ?? 0))), ...rows.map(line)];
}
