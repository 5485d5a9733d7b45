/**
 * Asking the background for the guides in use: the bundled ones, or a newer version from the town's
 * catalog. Content scripts do not bundle guides themselves, which keeps them small and lets a town
 * update guides without a new extension release.
 */
import type { Guide } from './schema';

export interface GuidesRequest {
  type: 'guides:get';
}

export type GuidesResponse = { ok: true; guides: Guide[] } | { ok: false; error: string };

export function isGuidesRequest(value: unknown): value is GuidesRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'guides:get';
}
