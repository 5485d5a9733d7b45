/** Messages from the resident's pages (side panel finder, welcome page) to the background. */

export interface OpenGuideRequest {
  type: 'resident:open-guide';
  guideId: string;
}

export type OpenGuideResponse = { ok: true; tabId: number } | { ok: false; error: string };

export function isResidentRequest(value: unknown): value is OpenGuideRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'resident:open-guide' &&
    typeof (value as { guideId?: unknown }).guideId === 'string'
  );
}
