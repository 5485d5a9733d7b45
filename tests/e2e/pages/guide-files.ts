/**
 * The guides in guides/ as the e2e tests see them, read at test time so a new guide file is covered
 * without touching a test, and a concrete address for a guide URL pattern (`host/path[#hash]`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/paths';
import { allSteps, walkedSteps } from '../../../lib/guide/routes';
import type { Guide } from '../../../lib/guide/schema';

export interface GuideFileStep {
  id: string;
  title: string;
  body?: string;
  page?: string[];
  target?: unknown[];
  optional?: boolean;
}

export interface GuideFile {
  id: string;
  title: string;
  startPages?: string[];
  steps: GuideFileStep[];
  routes?: { id: string; title: string; after: string; rejoin: string; steps: GuideFileStep[] }[];
  [key: string]: unknown;
}

/** The steps a run walks before the page tells the route (the first route of every fork): "Bước N/M". */
export function walkedFileSteps(guide: GuideFile): GuideFileStep[] {
  return walkedSteps(guide as unknown as Guide) as unknown as GuideFileStep[];
}

/** Main steps and every route's steps, in list order (the step lists and the side panel show these). */
export function allFileSteps(guide: GuideFile): GuideFileStep[] {
  return allSteps(guide as unknown as Guide) as unknown as GuideFileStep[];
}

export const GUIDES_DIR = path.join(ROOT, 'guides');

/** Every guide file (not the JSON schema), sorted by file name like the bundled list. */
export function readGuideFiles(dir = GUIDES_DIR): GuideFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'guide.schema.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GuideFile);
}

/** Where the overlay offers the guide: its start pages, else its first step's pages (as isStartPage). */
export function startPatterns(guide: GuideFile): string[] {
  return guide.startPages ?? guide.steps[0]?.page ?? [];
}

/**
 * An http address that the pattern matches: wildcards become a plain segment, `*.` hosts lose the
 * wildcard, the hash part is kept (the Angular portals route in it). http because the sandbox speaks http.
 */
export function urlForPattern(pattern: string, segment = 'e2e'): string {
  const fill = (s: string): string => s.replace(/\*\*/g, segment).replace(/\*/g, segment);
  const hashAt = pattern.indexOf('#');
  const beforeHashRaw = hashAt === -1 ? pattern : pattern.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : pattern.slice(hashAt);
  // A named query parameter (`?matt=26360`, `?type=*`) is part of the address; `*` takes the value 2.
  const queryAt = beforeHashRaw.indexOf('?');
  const beforeHash = queryAt === -1 ? beforeHashRaw : beforeHashRaw.slice(0, queryAt);
  const query = queryAt === -1 ? '' : beforeHashRaw.slice(queryAt).replace(/=\*/g, '=2');
  const slashAt = beforeHash.indexOf('/');
  const host = (slashAt === -1 ? beforeHash : beforeHash.slice(0, slashAt)).replace(/^\*\./, '');
  const pathPart = slashAt === -1 ? '/' : beforeHash.slice(slashAt);
  return `http://${host}${fill(pathPart)}${query}${fill(hash)}`;
}
