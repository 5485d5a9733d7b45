/**
 * The published guide folder as files (relative path → text): index.json and both names of each guide
 * (lib/guide/published.ts says why). The widget build writes it; tests and the bench serve it.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GUIDES_DIR, guideFile, guideFileText, INDEX_FILE, indexEntryOf, PUBLISHED_FORMAT, type PublishedIndex } from '../../lib/guide/published';
import type { Guide } from '../../lib/guide/schema';

/**
 * Content hash of a published file: 8 hex digits (the shortest the format takes) tell versions of one
 * guide apart; in a 500-guide index each extra digit costs 0.5 KB gzip, the hash being incompressible.
 */
function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

export function publishedFolder(guides: readonly Guide[], options: { generatedAt?: string } = {}): Map<string, string> {
  const files = new Map<string, string>();
  const index: PublishedIndex = { format: PUBLISHED_FORMAT, ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}), guides: [] };
  for (const guide of guides) {
    const text = guideFileText(guide);
    const hash = contentHash(text);
    files.set(guideFile(guide.id), text);
    files.set(guideFile(guide.id, hash), text);
    index.guides.push(indexEntryOf(guide, hash));
  }
  files.set(INDEX_FILE, JSON.stringify(index));
  return files;
}

export async function writePublishedFolder(outDir: string, guides: readonly Guide[]): Promise<Map<string, string>> {
  const files = publishedFolder(guides, { generatedAt: new Date().toISOString() });
  await mkdir(path.join(outDir, GUIDES_DIR), { recursive: true });
  await Promise.all([...files].map(([rel, text]) => writeFile(path.join(outDir, rel), text)));
  return files;
}
