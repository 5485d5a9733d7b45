/**
 * Injected by the background into a portal tab when author mode needs it (entrypoints/background/author-tools.ts):
 * leaves author mode's tools where the portal content script finds them (entrypoints/portal.content/author-tools.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AUTHOR_TOOLS_KEY } from '../lib/author/tools-request';
import { createAuthorTools } from './portal.content/author-tools';

export default defineUnlistedScript(() => {
  const scope = globalThis as typeof globalThis & { [AUTHOR_TOOLS_KEY]?: unknown };
  scope[AUTHOR_TOOLS_KEY] ??= createAuthorTools();
});
