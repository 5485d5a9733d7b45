/**
 * A guide being recorded or repaired on the portal: pure operations on an immutable draft (add, reorder,
 * edit, delete steps; repair a step's target), its export as a guide file that `npm run guides -- check`
 * accepts unchanged, and the import of a guide file into a draft.
 *
 * A draft keeps the whole guide object, so editing a published guide keeps everything this editor does not
 * touch (documents, procedure facts, routes of the overlay issue) exactly as it was.
 */
import { parseGuideJson, SCHEMA_REF } from '../guide/load';
import type { GuideProblem } from '../guide/problems';
import type { DoneCondition, Guide, Step, TargetStrategy } from '../guide/schema';
import type { TargetSuggestion } from './pick-target';

/** Guide data as the draft holds it: the fields this editor writes, plus whatever else the guide had. */
export type DraftGuide = Omit<Guide, 'steps'> & { steps: Step[]; routes?: { steps: Step[] }[] } & Record<string, unknown>;

export interface Draft {
  /** The guide id (also the exported file name). One draft per guide id. */
  id: string;
  guide: DraftGuide;
  /** Version of the published guide this draft edits; null for a new guide. */
  baseVersion: number | null;
  updatedAt: number;
}

const DRAFT_HOTLINE = '1800 1096';

/** Lower-case ASCII slug from Vietnamese text: "Bấm “Lưu và nộp hồ sơ”" → "bam-luu-va-nop-ho-so". */
export function slugify(text: string, fallback = 'buoc'): string {
  const s = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || fallback;
}

export function newDraft(input: { id?: string; title: string; summary?: string; startPage?: string }, now: number): Draft {
  const id = slugify(input.id ?? input.title, 'huong-dan-moi');
  const guide: DraftGuide = {
    $schema: SCHEMA_REF,
    id,
    version: 1,
    title: input.title,
    summary: input.summary ?? 'Bản nháp ghi trên cổng bởi tổ hỗ trợ.',
    reviewedAt: isoDay(now),
    sources: [{ title: 'Ghi trên cổng dịch vụ công bằng chế độ soạn hướng dẫn / recorded on the portal in author mode' }],
    ...(input.startPage ? { startPages: [input.startPage] } : {}),
    documents: [],
    steps: [],
    help: { hotline: DRAFT_HOTLINE },
  };
  return { id, guide, baseVersion: null, updatedAt: now };
}

function isoDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** Every step id in the guide: main steps and every route's steps (ids are unique across them). */
function allStepIds(guide: DraftGuide): Set<string> {
  const ids = new Set(guide.steps.map((s) => s.id));
  for (const r of guide.routes ?? []) for (const s of r.steps) ids.add(s.id);
  return ids;
}

function uniqueStepId(guide: DraftGuide, wanted: string): string {
  const ids = allStepIds(guide);
  const base = slugify(wanted);
  if (!ids.has(base)) return base;
  for (let n = 2; ; n++) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The prefilled title: what the person does with the element, in the portal's own words. */
function stepTitleFor(s: Pick<TargetSuggestion, 'name' | 'action'>): string {
  const name = s.name.length > 0 ? `“${s.name}”` : '';
  if (s.action === 'fill') return name ? `Điền ô ${name}` : 'Điền ô được chỉ';
  if (s.action === 'choose') return name ? `Chọn trong ô ${name}` : 'Chọn trong ô được chỉ';
  return name ? `Bấm ${name}` : 'Bấm vào phần được chỉ';
}

export interface DoneContext {
  /** The page pattern reached after the pick (the recorder saw the address change). */
  nextPage?: string;
  /** An element that appeared after the pick (picked by the author). */
  appeared?: TargetStrategy;
}

/** Done conditions an author can choose from, the most telling first (one of them is stored). */
export function suggestDone(s: Pick<TargetSuggestion, 'action' | 'strategies'>, ctx: DoneContext = {}): DoneCondition[] {
  const out: DoneCondition[] = [];
  if (ctx.nextPage) out.push({ url: ctx.nextPage });
  if (ctx.appeared) out.push({ appears: ctx.appeared });
  const first = s.strategies[0];
  if (s.action === 'fill' && first) out.push({ filled: first });
  if (s.strategies.length > 0) out.push({ clicked: true });
  return out;
}

/** A step from a pick: title, page, target and the first suggested done condition. */
export function stepFromPick(guide: DraftGuide, s: TargetSuggestion, page: string | undefined, ctx: DoneContext = {}): Step {
  const title = stepTitleFor(s);
  const done = suggestDone(s, ctx)[0];
  return {
    id: uniqueStepId(guide, title),
    title,
    ...(page ? { page: [page] } : {}),
    ...(s.strategies.length > 0 ? { target: s.strategies } : {}),
    ...(done ? { done: [done] } : {}),
  };
}

/** A read-and-confirm step ("đọc và xác nhận"): no target, done when the person says so. */
export function readStep(guide: DraftGuide, title: string, page?: string): Step {
  return { id: uniqueStepId(guide, title), title, ...(page ? { page: [page] } : {}) };
}

function touch(d: Draft, guide: DraftGuide, now: number): Draft {
  return { ...d, guide, updatedAt: now };
}

export function addStep(d: Draft, step: Step, now: number, at = d.guide.steps.length): Draft {
  const id = allStepIds(d.guide).has(step.id) ? uniqueStepId(d.guide, step.id) : step.id;
  const steps = [...d.guide.steps];
  steps.splice(Math.max(0, Math.min(at, steps.length)), 0, { ...step, id });
  const guide = { ...d.guide, steps };
  // The first page recorded is where the guide is offered, unless the author said otherwise.
  if (!guide.startPages && step.page) guide.startPages = [...step.page];
  return touch(d, guide, now);
}

export function moveStep(d: Draft, from: number, to: number, now: number): Draft {
  const steps = [...d.guide.steps];
  if (from < 0 || from >= steps.length || to < 0 || to >= steps.length || from === to) return d;
  const [moved] = steps.splice(from, 1);
  steps.splice(to, 0, moved as Step);
  return touch(d, { ...d.guide, steps }, now);
}

/** Edit text and conditions; `undefined` in the patch removes a field (e.g. a step's done condition). */
export function updateStep(d: Draft, stepId: string, patch: Partial<Omit<Step, 'id'>>, now: number): Draft {
  return mapStep(d, stepId, (s) => {
    const next: Record<string, unknown> = { ...s, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
    return next as Step;
  }, now);
}

export function removeStep(d: Draft, stepId: string, now: number): Draft {
  if (!d.guide.steps.some((s) => s.id === stepId)) return d;
  return touch(d, { ...d.guide, steps: d.guide.steps.filter((s) => s.id !== stepId) }, now);
}

/** "Chọn lại phần tử": the step's target becomes the new pick's strategies; its text stays the author's. */
export function repairTarget(d: Draft, stepId: string, strategies: TargetStrategy[], now: number): Draft {
  if (strategies.length === 0) return d;
  return mapStep(d, stepId, (s) => ({ ...s, target: strategies }), now);
}

function mapStep(d: Draft, stepId: string, f: (s: Step) => Step, now: number): Draft {
  let hit = false;
  const map = (steps: Step[]): Step[] =>
    steps.map((s) => {
      if (s.id !== stepId) return s;
      hit = true;
      return f(s);
    });
  const steps = map(d.guide.steps);
  const routes = d.guide.routes?.map((r) => ({ ...r, steps: map(r.steps) }));
  if (!hit) return d;
  return touch(d, { ...d.guide, steps, ...(routes ? { routes } : {}) }, now);
}

/** The guide file a draft exports to: the version goes up by one when it edits a published guide. */
function draftToGuide(d: Draft, now: number): DraftGuide {
  const version = d.baseVersion === null ? 1 : d.baseVersion + 1;
  const { $schema: _drop, ...rest } = d.guide;
  return { $schema: SCHEMA_REF, ...rest, id: d.id, version, reviewedAt: isoDay(now) };
}

export interface DraftExport {
  fileName: string;
  text: string;
  /** What `guides check` would say: errors stop publishing, warnings are for review. */
  problems: GuideProblem[];
  ok: boolean;
}

/** The exported file, checked by the same loader as `npm run guides -- check`. */
export function exportDraft(d: Draft, now: number): DraftExport {
  const fileName = `${d.id}.json`;
  const text = `${JSON.stringify(draftToGuide(d, now), null, 2)}\n`;
  const result = parseGuideJson(text, fileName);
  return result.ok
    ? { fileName, text, problems: result.warnings, ok: true }
    : { fileName, text, problems: result.problems, ok: false };
}

export type DraftImport = { ok: true; draft: Draft } | { ok: false; problems: GuideProblem[] };

/** A published guide (already checked) becomes a draft editing that version. */
export function draftFromGuide(guide: Guide, now: number): Draft {
  const copy = JSON.parse(JSON.stringify(guide)) as DraftGuide;
  return { id: guide.id, guide: copy, baseVersion: guide.version, updatedAt: now };
}

/** A guide file (published or exported earlier) becomes a draft editing that version. */
export function importGuideFile(text: string, fileName: string, now: number): DraftImport {
  const result = parseGuideJson(text, fileName, { idFromFile: false });
  if (!result.ok) return { ok: false, problems: result.problems };
  const guide = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as DraftGuide;
  return { ok: true, draft: { id: result.guide.id, guide, baseVersion: result.guide.version, updatedAt: now } };
}

/** A draft as the overlay plays it: a Guide, checked, with the draft's id and version. */
export function draftAsGuide(d: Draft, now: number): Guide | undefined {
  const exported = exportDraft(d, now);
  if (!exported.ok) return undefined;
  const r = parseGuideJson(exported.text, exported.fileName);
  return r.ok ? r.guide : undefined;
}
