/**
 * A town's catalog (the widget's guides.json): `{ guides: [...] }`. Each guide is validated on its own so
 * one broken guide on a town website hides only itself, never the others.
 */
import { checkGuideSet } from './check';
import { validateGuide, type GuideCheckOptions } from './load';
import { msg, problem, type GuideProblem } from './problems';
import type { CatalogEnvelope, Guide } from './schema';

/** A province's every procedure is under 2,000 guides; entries past this are not read (one problem says so). */
export const MAX_CATALOG_GUIDES = 2000;
/** Problems kept for a whole catalog: enough to tell a town what to fix, bounded whatever it sends. */
export const MAX_CATALOG_PROBLEMS = 300;

export interface CatalogResult {
  guides: Guide[];
  problems: GuideProblem[];
}

export function parseCatalog(value: unknown, source: string, options: Pick<GuideCheckOptions, 'isValidSelector'> = {}): CatalogResult {
  const envelope = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (!envelope || !Array.isArray(envelope.guides)) {
    return { guides: [], problems: [problem(source, envelope ? ['guides'] : [], 'catalog-shape', msg.catalogNotObject())] };
  }
  const problems: GuideProblem[] = [];
  const keep = (list: readonly GuideProblem[]): void => {
    for (const p of list) {
      if (problems.length >= MAX_CATALOG_PROBLEMS) return;
      problems.push(p);
    }
  };
  const loaded: { file: string; guide: Guide }[] = [];
  const entries = envelope.guides.length > MAX_CATALOG_GUIDES ? envelope.guides.slice(0, MAX_CATALOG_GUIDES) : envelope.guides;
  if (entries !== envelope.guides) keep([problem(source, ['guides'], 'catalog-too-many', msg.catalogTooMany(MAX_CATALOG_GUIDES))]);
  entries.forEach((item: unknown, i: number) => {
    const file = `${source} guides[${i}]`;
    const result = validateGuide(item, file, { ...options, idFromFile: false });
    if (result.ok) {
      loaded.push({ file, guide: result.guide });
      keep(result.warnings);
    } else {
      // Every invalid entry keeps at least its first error, so each one can be named.
      const first = result.problems.find((p) => p.severity === 'error');
      if (problems.length >= MAX_CATALOG_PROBLEMS && first) problems.push(first);
      else keep(result.problems);
    }
  });
  // The first guide with an id wins; a later duplicate is dropped and reported.
  const duplicates = checkGuideSet(loaded);
  const dropped = new Set(duplicates.map((d) => d.file));
  keep(duplicates);
  return { guides: loaded.filter((l) => !dropped.has(l.file)).map((l) => l.guide), problems };
}

/** The envelope a town hosts. Guides lose `$schema`: the relative schema path means nothing there. */
export function buildCatalog(guides: readonly Guide[], options: { generatedAt?: string } = {}): CatalogEnvelope {
  return {
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    guides: guides.map(({ $schema: _schema, ...rest }) => rest),
  };
}
