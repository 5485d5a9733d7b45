/**
 * The side panel's requests to the portal tab beside it (tabs.sendMessage), answered by the content
 * script: pick an element, tell the page pattern, save the page structure, play a draft. The tab answers
 * with what it computed on its page; it never writes drafts itself.
 */
import type { TargetSuggestion } from './pick-target';
import type { SavedStructure } from './page-structure';

export type AuthorTabRequest =
  | { type: 'author-tab:pick' }
  | { type: 'author-tab:page' }
  | { type: 'author-tab:structure' }
  | { type: 'author-tab:play'; id: string };

/** A suggestion without its live element (elements do not cross the message boundary). */
export type PickedTarget = Omit<TargetSuggestion, 'element'>;

export type PickAnswer = { ok: true; page: string; picked: PickedTarget } | { ok: false; reason: 'cancelled' | 'busy' };
export type StructureAnswer = { ok: true; structure: SavedStructure } | { ok: false; reason: string };
export type PlayAnswer = { ok: true } | { ok: false; reason: string };

const TYPES = new Set(['author-tab:pick', 'author-tab:page', 'author-tab:structure', 'author-tab:play']);

export function isAuthorTabRequest(value: unknown): value is AuthorTabRequest {
  return typeof value === 'object' && value !== null && TYPES.has((value as { type?: string }).type ?? '');
}
