/**
 * A town's catalog (the widget's guides.json): `{ guides: [...] }`. Each guide is validated on its own so
 * one broken guide on a town website hides only itself, never the others.
 */
import { checkGuideSet } from './check';
import { validateGuide, type GuideCheckOptions } from './load';
import { msg, problem, type GuideProblem } from './problems';
import type { CatalogEnvelope, Guide } from './schema';

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
  const loaded: { file: string; guide: Guide }[] = [];
  envelope.guides.forEach((item, i) => {
    const file = `${source} guides[${i}]`;
    const result = validateGuide(item, file, { ...options, idFromFile: false });
    if (result.ok) {
      loaded.push({ file, guide: result.guide });
      problems.push(...result.warnings);
    } else {
      problems.push(...result.problems);
    }
  });
  // The first guide with an id wins; a later duplicate is dropped and reported.
  const duplicates = checkGuideSet(loaded);
  const dropped = new Set(duplicates.map((d) => d.file));
  problems.push(...duplicates);
  return { guides: loaded.filter((l) => !dropped.has(l.file)).map((l) => l.guide), problems };
}

/** The envelope a town hosts. Guides lose `$schema`: the relative schema path means nothing there. */
export function buildCatalog(guides: readonly Guide[], options: { generatedAt?: string } = {}): CatalogEnvelope {
  return {
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    guides: guides.map(({ $schema: _schema, ...rest }) => rest),
  };
}
