/**
 * Tests only: a published guide folder served by a fake fetch, as a town's server would serve it.
 * `broken` replaces files' text (a broken guide file); `down` makes every request fail.
 */
import { publishedFolder } from '../scripts/lib/published-folder';
import type { Guide } from '../lib/guide/schema';
import type { FetchLike } from './catalog-source';

export interface TestFolder {
  fetch: FetchLike;
  /** Every address asked for, in order. */
  requests: string[];
  files: Map<string, string>;
  down: { value: boolean };
}

export function serveFolder(base: string, guides: readonly Guide[], extra: Record<string, string> = {}): TestFolder {
  const files = publishedFolder(guides);
  for (const [rel, text] of Object.entries(extra)) files.set(rel, text);
  const requests: string[] = [];
  const down = { value: false };
  const fetch: FetchLike = async (input) => {
    requests.push(input);
    if (down.value) throw new TypeError('Failed to fetch');
    const rel = input.startsWith(base) ? input.slice(base.length) : undefined;
    const text = rel === undefined ? undefined : files.get(rel);
    return text === undefined ? { ok: false, status: 404, text: async () => '' } : { ok: true, status: 200, text: async () => text };
  };
  return { fetch, requests, files, down };
}
