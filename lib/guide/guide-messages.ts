/**
 * Asking the background for the guides in use: the bundled ones, or a newer version from the town's
 * catalog. Content scripts do not bundle guides themselves, which keeps them small and lets a town
 * update guides without a new extension release.
 */
import type { Guide } from './schema';
import { allSteps } from './routes';
import { isStartPage } from '../engine/guide-run';
import { matchesAny } from '../engine/url-pattern';

export interface GuidesRequest {
  type: 'guides:get';
  /**
   * Only what a portal page needs: the guides with an id in `ids`, or that have this page as a start page
   * or a step page. Absent: every guide (the side panel). A page carries a few guides across the message
   * boundary instead of all of them, which is most of the overlay's start-up time.
   */
  filter?: { href?: string; ids?: string[] };
}

export type GuidesResponse = { ok: true; guides: Guide[] } | { ok: false; error: string };

export function isGuidesRequest(value: unknown): value is GuidesRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'guides:get';
}

/** The guides a filter asks for (see GuidesRequest.filter). */
export function selectGuides(guides: readonly Guide[], filter: GuidesRequest['filter']): Guide[] {
  if (!filter) return [...guides];
  const ids = new Set(filter.ids ?? []);
  const href = filter.href;
  return guides.filter(
    (g) => ids.has(g.id) || (href !== undefined && (isStartPage(g, href) || allSteps(g).some((s) => s.page !== undefined && matchesAny(s.page, href)))),
  );
}
