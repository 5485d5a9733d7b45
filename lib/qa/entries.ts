/**
 * The questions-and-answers list ("Hỏi đáp"): every guide's situations and the town's own questions as
 * one list of answers, each tied to the guide and step it belongs to, so "open it there" is possible.
 * Pure: guides and the town profile come in, plain records go out.
 */
import { allSteps, forksOf, walkedSteps } from '../guide/routes';
import type { Guide, Step } from '../guide/schema';
import { richTextPlain } from '../guide/richtext';
import { fold, foldedWords } from '../search/fold';

/**
 * The part of the town profile (lib/town, see the BRIEF's contract) that Q&A reads. Declared here so
 * this module does not depend on the whole profile schema.
 */
interface QaTownQuestion {
  id: string;
  question: string;
  /** Safe rich text. */
  answer: string;
  guide?: string;
  step?: string;
}

export interface QaTown {
  id: string;
  name: string;
  questions?: readonly QaTownQuestion[];
}

export interface QaEntry {
  /** Unique in the list: `<guide>/<situation>` or `town:<town>/<question>`. */
  key: string;
  question: string;
  /** Safe rich text, rendered by components/RichText. */
  answer: string;
  /** Who answers: a guide's own situation, or the town. */
  from: 'guide' | 'town';
  /** Absent for a town question that names no guide (or a guide this catalog does not have). */
  guideId?: string;
  guideTitle?: string;
  stepId?: string;
  stepTitle?: string;
  /** "Bước N" as the step list numbers it (alternatives share the number of the step they replace). */
  stepNumber?: number;
}

/** Words too common in questions to say which step one is about. Folded. */
const COMMON = new Set([
  'khong', 'duoc', 'toi', 'cua', 'la', 'va', 'co', 'cho', 'the', 'nao', 'lam', 'sao', 'da', 'bi', 'khi',
  'nguoi', 'minh', 'mot', 'cac', 'nhung', 'voi', 've', 'thi', 'phai', 'can', 'gi', 'o', 'dau', 'bang', 'roi',
  'muon', 'hay', 'nay', 'do', 'con', 'trong', 'tren', 'tai', 'de',
]);

const TITLE_WEIGHT = 3;

function words(text: string): Set<string> {
  return new Set(foldedWords(fold(text)).filter((w) => !COMMON.has(w)));
}

function stepBodyText(step: Step): string {
  return [step.body ? richTextPlain(step.body) : '', ...(step.tips ?? []).map(richTextPlain), ...(step.warnings ?? []).map(richTextPlain)].join(' ');
}

/**
 * Step numbers as the step list shows them: a route's steps are numbered as the person walking that
 * route sees them ("Bước N/M"), so the steps of two routes of one fork can share a number.
 */
export function stepNumbers(guide: Pick<Guide, 'steps' | 'routes'>): Map<string, number> {
  const out = new Map<string, number>();
  const number = (steps: readonly Step[]): void =>
    steps.forEach((step, i) => {
      if (!out.has(step.id)) out.set(step.id, i + 1);
    });
  number(walkedSteps(guide));
  for (const fork of forksOf(guide)) for (const route of fork.routes) number(walkedSteps(guide, { [fork.after]: route.id }));
  return out;
}

/**
 * The step a situation is about, found from the words it shares with each step (rarer words count more:
 * "otp" says more than "ma"). Guides do not name a step for their situations, and a wrong guess costs
 * little (the whole list is there), so no match means no step: the guide opens at its top.
 */
export function stepForQuestion(steps: readonly Step[], question: string): Step | undefined {
  const q = words(question);
  if (q.size === 0) return undefined;
  const titles = steps.map((s) => words(s.title));
  const bodies = steps.map((s) => words(stepBodyText(s)));
  const df = new Map<string, number>();
  steps.forEach((_, i) => {
    for (const w of q) if (titles[i]?.has(w) || bodies[i]?.has(w)) df.set(w, (df.get(w) ?? 0) + 1);
  });
  let best: Step | undefined;
  let bestScore = 0;
  steps.forEach((_, i) => {
    let score = 0;
    for (const w of q) {
      const idf = Math.log(1 + steps.length / (df.get(w) ?? 1));
      // The title says what the step is about; the body also mentions what other steps do.
      if (titles[i]?.has(w)) score += TITLE_WEIGHT * idf;
      else if (bodies[i]?.has(w)) score += idf;
    }
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = steps[i];
    }
  });
  return best;
}

function stepFields(guide: Guide, step: Step | undefined): Pick<QaEntry, 'stepId' | 'stepTitle' | 'stepNumber'> {
  if (!step) return {};
  const n = stepNumbers(guide).get(step.id);
  return { stepId: step.id, stepTitle: step.title, ...(n !== undefined ? { stepNumber: n } : {}) };
}

/**
 * Every answer: the town's questions first (the town knows its residents), then each guide's
 * situations in catalog order.
 */
export function buildQaEntries(guides: readonly Guide[], town?: QaTown | null): QaEntry[] {
  const byId = new Map(guides.map((g) => [g.id, g] as const));
  const out: QaEntry[] = [];
  for (const q of town?.questions ?? []) {
    const guide = q.guide !== undefined ? byId.get(q.guide) : undefined;
    const step = guide && q.step !== undefined ? allSteps(guide).find((s) => s.id === q.step) : undefined;
    out.push({
      key: `town:${town?.id ?? ''}/${q.id}`,
      question: q.question,
      answer: q.answer,
      from: 'town',
      ...(guide ? { guideId: guide.id, guideTitle: guide.title } : {}),
      ...(guide ? stepFields(guide, step) : {}),
    });
  }
  for (const guide of guides) {
    for (const s of guide.situations ?? []) {
      out.push({
        key: `${guide.id}/${s.id}`,
        question: s.question,
        answer: s.answer,
        from: 'guide',
        guideId: guide.id,
        guideTitle: guide.title,
        ...stepFields(guide, stepForQuestion(allSteps(guide), s.question)),
      });
    }
  }
  return out;
}
