/**
 * Who may ask the background what. A portal page's renderer runs our content script, so a compromised
 * portal page can send any message our content script can: it must get nothing beyond its own tab's
 * guide run and the (public) guides. The helper's sessions, notes, backups, settings and the town
 * catalog address are answered only to the extension's own pages (side panel, options), recognised by
 * the address the browser itself stamps on the sender, which a page cannot forge.
 *
 * One table instead of a guard per protocol: a new message type is refused until it is listed here.
 */

/** The fields of the browser's MessageSender we read. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

export interface Self {
  /** This extension's id (runtime.id). */
  id: string;
  /** This extension's base address, runtime.getURL(''): `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  base: string;
}

/** An extension page (side panel, options, even when opened in a tab) or a portal tab's content script. */
export type SenderKind = 'extension-page' | 'portal-tab' | 'unknown';

export function senderKind(sender: SenderLike, self: Self): SenderKind {
  if (sender.id !== self.id) return 'unknown';
  const base = self.base.endsWith('/') ? self.base : `${self.base}/`;
  const fromExtension = typeof sender.url === 'string' && sender.url.startsWith(base);
  // Chrome also gives the origin; when it is there it must agree with the address.
  const originAgrees = sender.origin === undefined || `${sender.origin}/` === base;
  if (fromExtension && originAgrees) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'portal-tab';
  return 'unknown';
}

/** Message type prefixes and exact types, and the senders each may come from. */
const RULES: ReadonlyArray<{ match: (type: string) => boolean; from: readonly SenderKind[] }> = [
  // The overlay's own run: keyed by the sender's tab, so a tab reaches only its own. `overlay:resumable` and
  // `overlay:adopt` (a new tab's "continue this session?") answer only a session run of a guide of that
  // page, with its label and place: nothing of notes, codes or other sessions (lib/tabs/session-tab-sync.ts).
  { match: (t) => t.startsWith('overlay:'), from: ['portal-tab'] },
  // Guides are public text, needed by the overlay and the side panel alike.
  { match: (t) => t === 'guides:get', from: ['portal-tab', 'extension-page'] },
  { match: (t) => t.startsWith('catalog:'), from: ['extension-page'] },
  { match: (t) => t.startsWith('workspace:'), from: ['extension-page'] },
  // The resident's finder opens a portal tab and starts the guide there: extension pages only (side panel, welcome page).
  { match: (t) => t.startsWith('resident:'), from: ['extension-page'] },
  // A portal tab asks for author mode's tools to be injected into itself (lib/author/tools-request.ts).
  { match: (t) => t === 'author:tools:inject', from: ['portal-tab'] },
  // Author mode: a portal tab may only append its running guide's failures and fetch the draft it plays;
  // lib/author/protocol.ts checks that per message type (everything else is extension pages only).
  { match: (t) => t.startsWith('author:'), from: ['portal-tab', 'extension-page'] },
  {
    match: (t) => /^(session|sessions|report|settings|backup|data):/.test(t),
    from: ['extension-page'],
  },
];

function typeOf(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? type : undefined;
}

/** Whether the background answers this message from this sender. Unlisted types are refused. */
export function mayAsk(message: unknown, sender: SenderLike, self: Self): boolean {
  const type = typeOf(message);
  if (type === undefined) return false;
  const rule = RULES.find((r) => r.match(type));
  return rule !== undefined && rule.from.includes(senderKind(sender, self));
}

/** The answer a refused sender gets: no data, and no hint of what exists. */
export const REFUSED = { ok: false, error: 'not allowed from this sender' } as const;
