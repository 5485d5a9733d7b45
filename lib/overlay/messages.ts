/**
 * Messages between the portal overlay and the background. The content script does not know its tab id;
 * the background keys progress by the sender's tab, so the overlay only says what it wants.
 */
import type { ResumeOffer, RunRecord } from './progress-port';

export type OverlayRequest =
  | { type: 'overlay:load' }
  | { type: 'overlay:save'; record: RunRecord }
  | { type: 'overlay:clear' }
  /** A tab with no run, on a page of these guides: is there a helper's session run it may continue? */
  | { type: 'overlay:resumable'; guideIds: string[] }
  /** The helper chose to continue that session in this tab. */
  | { type: 'overlay:adopt'; sessionId: string };

export type OverlayResponse =
  | { ok: true; record: RunRecord | null }
  | { ok: true; offer: ResumeOffer | null }
  | { ok: false; error: string };

/** Sent by the background to a portal tab when its run changed elsewhere (the side panel). */
export interface OverlayChanged {
  type: 'overlay:changed';
  record: RunRecord | null;
}

const REQUESTS = new Set(['overlay:load', 'overlay:save', 'overlay:clear', 'overlay:resumable', 'overlay:adopt']);

export function isOverlayRequest(value: unknown): value is OverlayRequest {
  return typeof value === 'object' && value !== null && REQUESTS.has(String((value as { type?: unknown }).type));
}

export function isOverlayChanged(value: unknown): value is OverlayChanged {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'overlay:changed';
}
