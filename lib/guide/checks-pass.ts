/**
 * Yes or no: does a guide that passed the schema also pass every check of lib/guide/load.ts that can
 * refuse it (errors; warnings never refuse)? The town widget validates each guide it shows and needs
 * only this answer: the problems and their wording load only when a file is broken
 * (widget/problem-report.ts runs load.ts then). Typed input (the schema passed), no paths and no
 * messages: a third of load.ts' size on every guide shown. checks-pass.test.ts holds the two to the same
 * answer on every guide and fixture, and on each way a check can fail.
 *
 * Checks that need an option load.ts takes (the id against the file name, CSS selectors in a browser) are
 * not here: the widget passes neither.
 */
import { urlPatternProblem } from '../engine/url-pattern';
import { DONE_KINDS, TARGET_LOCATOR_KEYS } from './kinds';
import { checkLinkUrl, parseRichText } from './richtext';
import type { DoneCondition, Guide, Step, TargetStrategy } from './schema';

const unique = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;
const patternOk = (p: string | undefined): boolean => p === undefined || urlPatternProblem(p) === null;
const linkOk = (url: string | undefined): boolean => url === undefined || checkLinkUrl(url).ok;
const richOk = (text: string | undefined): boolean => text === undefined || parseRichText(text).problems.length === 0;
const targetOk = (t: TargetStrategy | undefined): boolean => t === undefined || TARGET_LOCATOR_KEYS.some((k) => t[k] !== undefined);

function doneOk(d: DoneCondition, step: Step): boolean {
  return (
    DONE_KINDS.filter((k) => d[k] !== undefined).length === 1 &&
    patternOk(d.url) &&
    targetOk(d.appears) &&
    targetOk(d.filled) &&
    !(d.clicked === true && !step.target?.length)
  );
}

function stepOk(s: Step): boolean {
  return (
    (s.page ?? []).every(patternOk) &&
    (s.target ?? []).every(targetOk) &&
    (s.done ?? []).every((d) => doneOk(d, s)) &&
    richOk(s.body) &&
    (s.tips ?? []).every(richOk) &&
    (s.warnings ?? []).every(richOk) &&
    (s.links ?? []).every((l) => linkOk(l.url))
  );
}

/** The rules of the routes contract (load.ts checkRoutes), as one answer. */
function routesOk(g: Guide): boolean {
  const routes = g.routes ?? [];
  const main = g.steps.map((s) => s.id);
  const at = new Map<string, number>();
  main.forEach((id, i) => at.has(id) || at.set(id, i));
  if (!unique([...main, ...routes.flatMap((r) => r.steps.map((s) => s.id))])) return false;
  const forks = new Map<string, { after: number; rejoin: number; count: number }>();
  for (const r of routes) {
    const after = at.get(r.after);
    const rejoin = at.get(r.rejoin);
    if (after === undefined || rejoin === undefined || rejoin <= after) return false;
    const fork = forks.get(r.after);
    if (!fork) forks.set(r.after, { after, rejoin, count: 1 });
    else if (fork.rejoin !== rejoin) return false;
    else fork.count++;
  }
  let end = -1;
  for (const f of [...forks.values()].sort((a, b) => a.after - b.after)) {
    // A single route, forks that overlap, and a main step nobody can reach are each refused.
    if (f.count < 2 || f.after < end || f.after + 1 < Math.min(f.rejoin, main.length)) return false;
    end = f.rejoin;
  }
  return true;
}

export function guideChecksPass(g: Guide): boolean {
  const h = g.help;
  return (
    unique(g.steps.map((s) => s.id)) &&
    unique((g.routes ?? []).map((r) => r.id)) &&
    unique(g.documents.map((d) => d.id)) &&
    unique((g.situations ?? []).map((s) => s.id)) &&
    (g.startPages ?? []).every(patternOk) &&
    g.steps.every(stepOk) &&
    (g.routes ?? []).every((r) => r.steps.every(stepOk)) &&
    routesOk(g) &&
    g.documents.every((d) => richOk(d.note) && linkOk(d.form?.url)) &&
    (g.situations ?? []).every((s) => richOk(s.answer)) &&
    richOk(h.postalReturn) &&
    richOk(h.saturday) &&
    linkOk(h.feedbackUrl)
  );
}
