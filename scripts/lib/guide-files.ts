/**
 * Guide files on disk: the shared core of `npm run guides -- check`, the extension build hook and the
 * widget build, so all three fail with the same messages.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkGuideSet, type LoadedGuide } from '../../lib/guide/check';
import { parseGuideJson } from '../../lib/guide/load';
import { formatProblem, msg, problem, type GuideProblem } from '../../lib/guide/problems';
import type { Guide } from '../../lib/guide/schema';

export const GUIDES_DIR = 'guides';
export const SCHEMA_FILE = 'guide.schema.json';

export interface GuideFilesResult {
  /** Files read (valid or not). */
  files: string[];
  /** Valid guides, in file-name order. */
  guides: LoadedGuide[];
  /** Errors and warnings, in file order. */
  problems: GuideProblem[];
}

/** The guide files of a folder: `*.json` except the generated schema, sorted for stable output. */
export async function listGuideFiles(dir: string = GUIDES_DIR): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((n) => n.endsWith('.json') && n !== SCHEMA_FILE)
    .sort()
    .map((n) => path.join(dir, n));
}

/** Files and folders as given on the command line; a folder means its guide files. */
export async function expandGuidePaths(paths: readonly string[]): Promise<{ files: string[]; problems: GuideProblem[] }> {
  const files: string[] = [];
  const problems: GuideProblem[] = [];
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) {
        const inside = await listGuideFiles(p);
        if (inside.length === 0) problems.push(problem(p, [], 'no-files', msg.noFiles(p)));
        files.push(...inside);
      } else files.push(p);
    } catch (err) {
      problems.push(problem(p, [], 'file-read', msg.fileRead(errorText(err))));
    }
  }
  return { files, problems };
}

export async function checkGuideFiles(paths: readonly string[]): Promise<GuideFilesResult> {
  const guides: LoadedGuide[] = [];
  const problems: GuideProblem[] = [];
  for (const file of paths) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      problems.push(problem(file, [], 'file-read', msg.fileRead(errorText(err))));
      continue;
    }
    const result = parseGuideJson(text, file);
    if (result.ok) {
      guides.push({ file, guide: result.guide });
      problems.push(...result.warnings);
    } else problems.push(...result.problems);
  }
  problems.push(...checkGuideSet(guides));
  return { files: [...paths], guides, problems };
}

/** A folder's guides; an empty or missing folder is an error (a build without guides is useless). */
async function loadGuideDir(dir: string = GUIDES_DIR): Promise<GuideFilesResult> {
  const expanded = await expandGuidePaths([dir]);
  const result = await checkGuideFiles(expanded.files);
  return { ...result, problems: [...expanded.problems, ...result.problems] };
}

export function hasErrors(problems: readonly GuideProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/**
 * For builds: the valid guides, or an Error listing every problem exactly as `guides check` prints it.
 * Warnings do not fail a build (unverified facts are expected while guides are being researched).
 */
export async function assertGuidesValid(dir: string = GUIDES_DIR): Promise<Guide[]> {
  const result = await loadGuideDir(dir);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.map(formatProblem).join('\n');
    throw new Error(
      `Hướng dẫn không hợp lệ, không thể build / Invalid guides, build stopped (${errors.length}):\n${lines}`,
    );
  }
  return result.guides.map((g) => g.guide);
}

function errorText(err: unknown): { vi: string; en: string } {
  if (err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT') {
    return { vi: 'không tồn tại', en: 'does not exist' };
  }
  const text = err instanceof Error ? err.message : String(err);
  return { vi: text, en: text };
}
