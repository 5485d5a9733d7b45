/**
 * Loading a town profile: JSON text → TownProfile, with every problem named by file and field in Vietnamese
 * and English, the same way guides are checked (lib/guide/problems.ts). A broken profile is never used, and
 * never stops the guides: callers show the problems and carry on without the town's help.
 */
import {
  jsonSyntaxMessage,
  problem,
  zodIssueMessage,
  type GuideProblem,
} from '../guide/problems';
import { checkLinkUrl, parseRichText } from '../guide/richtext';
import { msg } from '../guide/problems';
import { TownProfile } from './schema';

export type TownLoadResult = { ok: true; town: TownProfile; warnings: GuideProblem[] } | { ok: false; problems: GuideProblem[] };

/** Guide ids and their step ids, to check that a question names a guide and step that exist. */
export type GuideIndex = ReadonlyMap<string, ReadonlySet<string>>;

export function parseTownJson(text: string, file: string, guides?: GuideIndex): TownLoadResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(src);
  } catch (err) {
    return { ok: false, problems: [problem(file, [], 'json-syntax', jsonSyntaxMessage(err instanceof Error ? err.message : String(err)))] };
  }
  return validateTown(value, file, guides);
}

function validateTown(value: unknown, file: string, guides?: GuideIndex): TownLoadResult {
  const parsed = TownProfile.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const m = zodIssueMessage(issue, value);
        return problem(file, issue.path, m.code, m);
      }),
    };
  }
  const town = parsed.data;
  const problems: GuideProblem[] = [];
  const rich = (text: string | undefined, path: PropertyKey[]): void => {
    if (text === undefined) return;
    for (const p of parseRichText(text).problems) problems.push(problem(file, path, `rich-${p.code}`, msg.linkRefused(p.url, p.code)));
  };
  rich(town.saturday, ['saturday']);
  rich(town.postalReturn, ['postalReturn']);
  if (town.feedbackUrl !== undefined) {
    const link = checkLinkUrl(town.feedbackUrl);
    if (!link.ok) problems.push(problem(file, ['feedbackUrl'], `rich-${link.problem.code}`, msg.linkRefused(link.problem.url, link.problem.code)));
  }
  const seen = new Set<string>();
  (town.questions ?? []).forEach((q, i) => {
    rich(q.answer, ['questions', i, 'answer']);
    if (seen.has(q.id)) {
      problems.push(problem(file, ['questions', i, 'id'], 'duplicate-question-id', { vi: `id câu hỏi "${q.id}" bị trùng`, en: `question id "${q.id}" is used twice` }));
    }
    seen.add(q.id);
    if (q.step !== undefined && q.guide === undefined) {
      problems.push(problem(file, ['questions', i, 'step'], 'town-step-without-guide', { vi: 'có "step" thì phải có "guide"', en: '"step" needs "guide"' }));
    }
    if (guides && q.guide !== undefined) {
      const steps = guides.get(q.guide);
      if (!steps) {
        problems.push(problem(file, ['questions', i, 'guide'], 'town-unknown-guide', { vi: `không có hướng dẫn "${q.guide}"`, en: `no guide "${q.guide}"` }));
      } else if (q.step !== undefined && !steps.has(q.step)) {
        problems.push(problem(file, ['questions', i, 'step'], 'town-unknown-step', { vi: `hướng dẫn "${q.guide}" không có bước "${q.step}"`, en: `guide "${q.guide}" has no step "${q.step}"` }));
      }
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, town, warnings: [] };
}

