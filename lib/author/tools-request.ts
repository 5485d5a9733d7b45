/**
 * Author mode's tools are not in the portal content script (they are not needed to show a guide): a portal
 * tab asks the background to inject them when author mode is on or a draft plays in the tab, and finds
 * them under AUTHOR_TOOLS_KEY in the content scripts' shared global once the answer is back.
 */

/** The message a portal tab sends; listed in lib/messaging/who-may-ask.ts (portal tabs only). */
export const AUTHOR_TOOLS_REQUEST = 'author:tools:inject';

export interface AuthorToolsRequest {
  type: typeof AUTHOR_TOOLS_REQUEST;
}

export function isAuthorToolsRequest(value: unknown): value is AuthorToolsRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === AUTHOR_TOOLS_REQUEST;
}

/** The global the injected script sets (one per frame's content-script world). */
export const AUTHOR_TOOLS_KEY = '__dvcGuideAuthorTools';

/** The injected script's file in the built extension. */
export const AUTHOR_TOOLS_FILE = '/author-tools.js';
