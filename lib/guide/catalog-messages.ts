/**
 * The options page and the background about the town's guide catalog. The options page asks for the
 * host permission itself (it must, inside the click), then tells the background to save and fetch.
 */
import type { CatalogStatus } from './distribution';

export type CatalogRequest =
  | { type: 'catalog:get' }
  /** null or '': no catalog, only the bundled guides. */
  | { type: 'catalog:set-url'; url: string | null }
  | { type: 'catalog:refresh' };

/** What the options page shows. */
export interface CatalogView {
  url: string | null;
  status: CatalogStatus;
  /** How many guides are in use, and how many of them come from the catalog. */
  inUse: number;
  fromCatalog: number;
}

export type CatalogResponse = { ok: true; view: CatalogView } | { ok: false; error: string };

/** Sent to extension pages when the guides in use changed (a catalog was fetched or dropped). */
export interface GuidesChanged {
  type: 'guides:changed';
}

const TYPES = new Set(['catalog:get', 'catalog:set-url', 'catalog:refresh']);

export function isCatalogRequest(value: unknown): value is CatalogRequest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; url?: unknown };
  if (typeof m.type !== 'string' || !TYPES.has(m.type)) return false;
  return m.type !== 'catalog:set-url' || m.url === null || typeof m.url === 'string';
}

export function isGuidesChanged(value: unknown): value is GuidesChanged {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'guides:changed';
}
