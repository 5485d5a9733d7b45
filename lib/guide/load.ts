/**
 * Loading a guide: JSON text → Guide, with every problem an author must fix reported at once (a ward
 * volunteer fixing one error per build run would give up). Three layers, all run on every load:
 *   1. JSON syntax, with line and column;
 *   2. the schema step, every issue with its JSON path: the zod schema (schema.ts) by default, or a
 *      validator compiled from it at build time (the town widget, see validateGuideWith);
 *   3. checks the schema cannot express (unique ids, references, URL patterns, links in rich text...).
 * Layer 3 runs on the raw data even when the schema fails, skipping any node the schema already
 * complained about, so one mistake gives one message.
 */
import { isPortalHost, PORTAL_HOSTS } from '../engine/hosts';
import { urlPatternHost, urlPatternProblem } from '../engine/url-pattern';
import {
  formatJsonPath,
  jsonSyntaxMessage,
  KIND_DOCUMENT,
  KIND_ROUTE,
  KIND_SITUATION,
  KIND_STEP,
  msg,
  problem,
  ROOT_PATH,
  zodIssueMessage,
  type GuideProblem,
  type PathSegment,
} from './problems';
import type * as z from 'zod/mini';
import { DONE_KINDS, TARGET_LOCATOR_KEYS } from './kinds';
import { checkLinkUrl, parseRichText } from './richtext';
import { measureGuide } from './guide-limits';

export { GUIDE_LIMITS, measureGuide } from './guide-limits';
import { Guide } from './schema';

export interface GuideCheckOptions {
  /** Validates a CSS selector (e.g. by trying `document.querySelector`); absent: selectors are not checked. */
  isValidSelector?: (css: string) => boolean;
  /** Require `id` to equal the file's base name. Default: when `file` ends with `.json`. */
  idFromFile?: boolean;
}

export type GuideLoadResult =
  | { ok: true; guide: Guide; warnings: GuideProblem[] }
  | { ok: false; problems: GuideProblem[] };

export const SCHEMA_REF = './guide.schema.json';

/**
 * Problems reported for one guide at most (then one line saying there are more). An author fixes the
 * first ones and checks again; a hostile catalog cannot make the messages, or the work of wording and
 * storing them, grow without bound.
 */
export const MAX_PROBLEMS_PER_GUIDE = 100;

export function parseGuideJson(text: string, file: string, options: GuideCheckOptions = {}): GuideLoadResult {
  // Editors on Windows save a byte-order mark that JSON.parse rejects.
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(src);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const p = problem(file, [], 'json-syntax', jsonSyntaxMessage(message));
    const pos = jsonErrorPosition(message, src);
    if (pos) Object.assign(p, pos);
    return { ok: false, problems: [p] };
  }

  const located = scanJson(src);
  const extra = located.duplicateKeys.map((d) =>
    problem(file, d.path, 'json-duplicate-key', {
      vi: `trường "${String(d.path[d.path.length - 1])}" xuất hiện hai lần; giá trị đầu bị bỏ qua`,
      en: `field "${String(d.path[d.path.length - 1])}" appears twice; the first value is ignored`,
    }),
  );
  const result = validateGuide(value, file, options);
  const all = result.ok ? result.warnings : result.problems;
  const merged = [...extra, ...all];
  for (const p of merged) {
    const offset = located.positionOf(p.path);
    if (offset !== undefined) Object.assign(p, lineColumn(src, offset));
  }
  if (extra.length > 0 || !result.ok) return { ok: false, problems: merged };
  return { ok: true, guide: result.guide, warnings: merged };
}

/** A schema issue: zod's own, or one shaped like it, so one message function (problems.ts) serves both. */
export type SchemaIssue = z.core.$ZodIssue;

export type SchemaResult = { success: true; data: Guide } | { success: false; issues: readonly SchemaIssue[] };

/** Layer 2 as a function: the zod schema by default; the widget passes a validator compiled from it. */
export type SchemaStep = (value: unknown) => SchemaResult;

export const zodSchemaStep: SchemaStep = (value) => {
  const parsed = Guide.safeParse(value);
  return parsed.success ? { success: true, data: parsed.data } : { success: false, issues: parsed.error.issues };
};

/** For data already parsed (a fetched catalog entry, a test object). */
export function validateGuide(value: unknown, file: string, options: GuideCheckOptions = {}): GuideLoadResult {
  return validateGuideWith(zodSchemaStep, value, file, options);
}

/**
 * validateGuide with another schema step. Layers 1 and 3 and every message are the same; the step must
 * report issues as zod does (same codes and paths) for the messages to be the same.
 */
export function validateGuideWith(parseSchema: SchemaStep, value: unknown, file: string, options: GuideCheckOptions = {}): GuideLoadResult {
  const oversized = measureGuide(value);
  if (oversized) return { ok: false, problems: [problem(file, oversized.path, 'guide-too-large', msg.guideTooLarge(oversized.limit))] };
  const parsed = parseSchema(value);
  const problems: GuideProblem[] = [];
  // Every issue path and each of its ancestors, so "did the schema already speak about this node or
  // below it?" is one lookup (a list scan here made validation quadratic in the number of problems).
  const reported = new Set<string>();
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      if (problems.length < MAX_PROBLEMS_PER_GUIDE) {
        const m = zodIssueMessage(issue, value);
        problems.push(problem(file, issue.path, m.code, m));
      }
      for (let d = issue.path.length; d > 0; d--) {
        const key = formatJsonPath(issue.path.slice(0, d));
        if (reported.has(key)) break;
        reported.add(key);
      }
    }
  }
  const idFromFile = options.idFromFile ?? file.endsWith('.json');
  // The verdict counts every error, also past the ones listed: 100 warnings first must not hide one.
  let refused = !parsed.success;
  for (const p of semanticChecks(value, file, { ...options, idFromFile }, reported)) {
    if (p.severity === 'error') refused = true;
    if (problems.length < MAX_PROBLEMS_PER_GUIDE) problems.push(p);
    else if (refused) break;
  }
  if (problems.length >= MAX_PROBLEMS_PER_GUIDE) {
    // Only warnings: the line says there are more, and the guide stays usable.
    problems.push(problem(file, [], 'too-many-problems', msg.tooManyProblems(MAX_PROBLEMS_PER_GUIDE), refused ? 'error' : 'warning'));
  }

  if (refused || !parsed.success) return { ok: false, problems };
  return { ok: true, guide: parsed.data, warnings: problems };
}

// ---------------------------------------------------------------------------------------------------
// Checks beyond the schema, on raw data (the schema may have failed elsewhere).

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function semanticChecks(
  value: unknown,
  file: string,
  options: GuideCheckOptions & { idFromFile: boolean },
  reported: ReadonlySet<string>,
): GuideProblem[] {
  const out: GuideProblem[] = [];
  const g = obj(value);
  if (!g) return out;

  // A node the schema already reported on (or under) gets no second message.
  const touched = (path: readonly PathSegment[]): boolean => path.length > 0 && reported.has(formatJsonPath(path));
  const add = (path: readonly PathSegment[], code: string, m: { vi: string; en: string }, severity: 'error' | 'warning' = 'error'): void => {
    if (!touched(path)) out.push(problem(file, path, code, m, severity));
  };

  if (options.idFromFile) {
    const base = file.split(/[\\/]/).pop()?.replace(/\.json$/, '') ?? '';
    const id = str(g.id);
    if (id !== undefined && base && id !== base) add(['id'], 'id-file-name', msg.idFileName(id, base));
    if (g.$schema !== SCHEMA_REF) add(['$schema'], 'schema-ref', msg.schemaRef(SCHEMA_REF), 'warning');
  }

  const uniqueIds = (list: string, kind: { vi: string; en: string }): Map<string, number> => {
    const seen = new Map<string, number>();
    arr(g[list]).forEach((item, i) => {
      const id = str(obj(item)?.id);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else add([list, i, 'id'], `duplicate-${list}-id`, msg.duplicateId(kind, id, formatJsonPath([list, first, 'id'])));
    });
    return seen;
  };
  const stepIds = uniqueIds('steps', KIND_STEP);
  uniqueIds('routes', KIND_ROUTE);
  uniqueIds('documents', KIND_DOCUMENT);
  uniqueIds('situations', KIND_SITUATION);

  const checkPattern = (pattern: unknown, path: PathSegment[]): void => {
    if (typeof pattern !== 'string') return;
    const reason = urlPatternProblem(pattern);
    if (reason) {
      add(path, `url-pattern-${reason}`, msg.urlPattern(pattern, reason));
      return;
    }
    const host = urlPatternHost(pattern);
    const onPortal = host.startsWith('*.')
      ? PORTAL_HOSTS.some((h) => h === host.slice(2) || h.endsWith(host.slice(1)))
      : isPortalHost(host);
    if (!onPortal) add(path, 'url-pattern-not-portal', msg.patternNotPortal(pattern), 'warning');
  };

  const checkTarget = (t: unknown, path: PathSegment[]): void => {
    const o = obj(t);
    if (!o) return;
    if (!TARGET_LOCATOR_KEYS.some((k) => o[k] !== undefined)) add(path, 'target-no-locator', msg.targetNoLocator(TARGET_LOCATOR_KEYS));
    const css = str(o.css);
    if (css !== undefined && options.isValidSelector && !safeSelectorCheck(options.isValidSelector, css)) {
      add([...path, 'css'], 'css-invalid', msg.cssInvalid(css));
    }
  };

  const checkRich = (text: unknown, path: PathSegment[]): void => {
    if (typeof text !== 'string') return;
    for (const p of parseRichText(text).problems) add(path, `rich-${p.code}`, msg.linkRefused(p.url, p.code));
  };

  const checkLink = (url: unknown, path: PathSegment[], severity: 'error' | 'warning' = 'error'): void => {
    if (typeof url !== 'string') return;
    const c = checkLinkUrl(url);
    if (!c.ok) add(path, c.problem.code, msg.linkRefused(url, c.problem.code), severity);
  };

  arr(g.startPages).forEach((p, i) => checkPattern(p, ['startPages', i]));

  const checkStep = (raw: unknown, base: PathSegment[]): void => {
    const step = obj(raw);
    if (!step) return;
    const at = (...rest: PathSegment[]): PathSegment[] => [...base, ...rest];
    arr(step.page).forEach((p, j) => checkPattern(p, at('page', j)));
    // A step that points at something must say on which pages: on `host/**` its target (often "Nộp hồ
    // sơ") is "found" on every page of the portal, including pages the step has nothing to do with.
    if (arr(step.target).length > 0) {
      arr(step.page).forEach((p, j) => {
        if (typeof p === 'string' && isCatchAllPattern(p)) add(at('page', j), 'page-catch-all', msg.pageCatchAll(p), 'warning');
      });
    }
    arr(step.target).forEach((t, j) => checkTarget(t, at('target', j)));
    arr(step.done).forEach((d, j) => {
      const cond = obj(d);
      if (!cond) return;
      const kinds = DONE_KINDS.filter((k) => cond[k] !== undefined);
      if (kinds.length !== 1) add(at('done', j), 'done-kinds', msg.doneKinds(kinds, DONE_KINDS));
      checkPattern(cond.url, at('done', j, 'url'));
      if (cond.appears !== undefined) checkTarget(cond.appears, at('done', j, 'appears'));
      if (cond.filled !== undefined) checkTarget(cond.filled, at('done', j, 'filled'));
      if (cond.clicked === true && arr(step.target).length === 0) {
        add(at('done', j, 'clicked'), 'clicked-needs-target', msg.clickedNeedsTarget());
      }
    });
    checkRich(step.body, at('body'));
    arr(step.tips).forEach((t, j) => checkRich(t, at('tips', j)));
    arr(step.warnings).forEach((t, j) => checkRich(t, at('warnings', j)));
    arr(step.links).forEach((l, j) => checkLink(obj(l)?.url, at('links', j, 'url')));
  };

  arr(g.steps).forEach((raw, i) => checkStep(raw, ['steps', i]));
  arr(g.routes).forEach((raw, r) => arr(obj(raw)?.steps).forEach((step, i) => checkStep(step, ['routes', r, 'steps', i])));
  checkRoutes(g, stepIds, add);

  arr(g.documents).forEach((raw, i) => {
    const doc = obj(raw);
    if (!doc) return;
    checkRich(doc.note, ['documents', i, 'note']);
    checkLink(obj(doc.form)?.url, ['documents', i, 'form', 'url']);
    if (doc.need === 'conditional' && doc.condition === undefined) {
      add(['documents', i, 'condition'], 'conditional-no-condition', msg.conditionalNoCondition(), 'warning');
    }
  });

  arr(g.situations).forEach((s, i) => checkRich(obj(s)?.answer, ['situations', i, 'answer']));

  const help = obj(g.help);
  if (help) {
    checkRich(help.postalReturn, ['help', 'postalReturn']);
    checkRich(help.saturday, ['help', 'saturday']);
    checkLink(help.feedbackUrl, ['help', 'feedbackUrl']);
  }
  // Sources are for reviewers; an off-list source is fine to cite but must not become a link for residents.
  arr(g.sources).forEach((s, i) => checkLink(obj(s)?.url, ['sources', i, 'url'], 'warning'));

  arr(g.unverified).forEach((raw) => {
    const u = obj(raw);
    const path = str(u?.path);
    const note = str(u?.note);
    if (path && note) out.push({ file, path, code: 'unverified', ...msg.unverified(note), severity: 'warning' });
  });

  return out;
}

type AddProblem = (path: readonly PathSegment[], code: string, m: { vi: string; en: string }) => void;

/**
 * The rules of the routes contract the schema cannot say: `after` and `rejoin` name main steps in that
 * order, a fork has two routes or more that all rejoin at one step, forks do not overlap, no main step
 * is left between a fork and its rejoin (nobody could reach it), and step ids are unique across routes.
 */
function checkRoutes(g: Obj, stepIds: ReadonlyMap<string, number>, add: AddProblem): void {
  const routes = arr(g.routes).map(obj);
  if (routes.length === 0) return;
  const mainCount = arr(g.steps).length;

  // Step ids: main steps were checked by uniqueIds; a route step may not reuse any earlier id.
  const seen = new Map<string, string>();
  for (const [id, i] of stepIds) seen.set(id, formatJsonPath(['steps', i, 'id']));
  routes.forEach((route, r) => {
    arr(route?.steps).forEach((raw, i) => {
      const id = str(obj(raw)?.id);
      if (id === undefined) return;
      const path: PathSegment[] = ['routes', r, 'steps', i, 'id'];
      const first = seen.get(id);
      if (first !== undefined) add(path, 'duplicate-steps-id', msg.duplicateId(KIND_STEP, id, first));
      else seen.set(id, formatJsonPath(path));
    });
  });

  interface ForkInfo { after: string; afterAt: number; rejoinAt: number; first: number; count: number }
  const forks = new Map<string, ForkInfo>();
  routes.forEach((route, r) => {
    if (!route) return;
    const after = str(route.after);
    const rejoin = str(route.rejoin);
    if (after === undefined || rejoin === undefined) return;
    const afterAt = stepIds.get(after);
    const rejoinAt = stepIds.get(rejoin);
    let ok = true;
    if (afterAt === undefined) {
      add(['routes', r, 'after'], 'route-after-unknown', msg.routeStepUnknown('after', after));
      ok = false;
    }
    if (rejoinAt === undefined) {
      add(['routes', r, 'rejoin'], 'route-rejoin-unknown', msg.routeStepUnknown('rejoin', rejoin));
      ok = false;
    }
    if (!ok || afterAt === undefined || rejoinAt === undefined) return;
    if (rejoinAt <= afterAt) {
      add(['routes', r, 'rejoin'], 'route-rejoin-order', msg.routeRejoinOrder(rejoin, after));
      return;
    }
    const fork = forks.get(after);
    if (!fork) {
      forks.set(after, { after, afterAt, rejoinAt, first: r, count: 1 });
      return;
    }
    fork.count++;
    if (fork.rejoinAt !== rejoinAt) {
      const firstRejoin = str(routes[fork.first]?.rejoin) ?? '';
      add(['routes', r, 'rejoin'], 'route-rejoin-differs', msg.routeRejoinDiffers(after, firstRejoin));
    }
  });

  const ordered = [...forks.values()].sort((a, b) => a.afterAt - b.afterAt);
  let previous: ForkInfo | undefined;
  for (const fork of ordered) {
    if (fork.count < 2) add(['routes', fork.first], 'route-fork-single', msg.routeForkSingle(fork.after));
    if (previous && fork.afterAt < previous.rejoinAt) {
      add(['routes', fork.first, 'after'], 'route-forks-overlap', msg.routeForksOverlap(fork.after, previous.after));
      continue;
    }
    for (let i = fork.afterAt + 1; i < fork.rejoinAt && i < mainCount; i++) {
      const id = str(obj(arr(g.steps)[i])?.id) ?? String(i);
      add(['steps', i], 'route-unreachable', msg.routeUnreachable(id, fork.after));
    }
    previous = fork;
  }
}

function safeSelectorCheck(isValid: (css: string) => boolean, css: string): boolean {
  try {
    return isValid(css);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// Positions in the JSON text

/** `host/**` (or `*.host/**`): every page of a host, with no path, query or hash to narrow it. */
export function isCatchAllPattern(pattern: string): boolean {
  return /^[^/?#]+\/\*\*\/?$/.test(pattern.trim());
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Where JSON.parse gave up: "at position N", "(line L column C)", or the end of the input. */
function jsonErrorPosition(message: string, text: string): { line: number; column: number } | undefined {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineColumn(text, Number(pos[1]));
  // The end of the last real character, not a trailing blank line.
  if (/end of JSON input/i.test(message)) return lineColumn(text, text.trimEnd().length);
  return undefined;
}

interface JsonScan {
  positionOf(path: string): number | undefined;
  duplicateKeys: { path: PathSegment[] }[];
}

/**
 * Offsets of every value (members: their key) by formatted JSON path, for already-valid JSON. A problem
 * about a missing field points at the nearest enclosing object.
 */
function scanJson(text: string): JsonScan {
  const positions = new Map<string, number>();
  const duplicateKeys: { path: PathSegment[] }[] = [];
  let i = 0;
  const skipWs = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const mark = (path: PathSegment[], at: number): void => {
    const key = formatJsonPath(path);
    if (!positions.has(key)) positions.set(key, at);
  };
  const readValue = (path: PathSegment[]): void => {
    skipWs();
    mark(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      const keys = new Set<string>();
      skipWs();
      if (text[i] === '}') {
        i++;
        return;
      }
      while (i < text.length) {
        skipWs();
        const keyAt = i;
        const key = readString();
        const child = [...path, key];
        if (keys.has(key)) duplicateKeys.push({ path: child });
        keys.add(key);
        mark(child, keyAt);
        skipWs();
        i++; // ':'
        readValue(child);
        skipWs();
        if (text[i++] !== ',') return;
      }
      return;
    }
    if (c === '[') {
      i++;
      skipWs();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let idx = 0; i < text.length; idx++) {
        readValue([...path, idx]);
        skipWs();
        if (text[i++] !== ',') return;
      }
      return;
    }
    if (c === '"') {
      readString();
      return;
    }
    while (i < text.length && !',]} \t\n\r'.includes(text[i] as string)) i++;
  };
  try {
    readValue([]);
  } catch {
    // Positions are a convenience; a scanner slip must never hide the real problems.
  }
  return {
    duplicateKeys,
    positionOf(path: string): number | undefined {
      let p = path;
      for (;;) {
        const at = positions.get(p);
        if (at !== undefined) return at;
        const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
        if (cut <= 0) return positions.get(ROOT_PATH);
        p = p.slice(0, cut);
      }
    },
  };
}
