/**
 * The first highlight waits for three answers from the background: this tab's run, the guides for this
 * page, and whether a draft plays here. Usually they were asked for at document_start by
 * ../portal-early.content.ts and are already in (lib/overlay/early-answers.ts); otherwise (the overlay
 * injected into a loaded page, a practice host) this asks for all three right after ./script-start,
 * before the rest of the content script is evaluated. mountOverlay then takes each promise once instead
 * of asking again (the first call with the same request only).
 * Nothing here decides anything: the requests are exactly those bridge.ts and author.ts would send.
 */
import { browser } from 'wxt/browser';
import type { Guide } from '../../lib/guide/schema';
import type { GuidesRequest } from '../../lib/guide/guide-messages';
import { EARLY_REQUESTS, takeEarly } from '../../lib/overlay/early-answers';
import type { ProgressPort, RunRecord } from '../../lib/overlay/progress-port';
import { guideAddress } from '../../lib/practice/hosts';

type Sent = Promise<unknown>;

function send(message: object): Sent {
  const sent = browser.runtime.sendMessage(message) as Sent;
  // Taken later or never: an unused early answer must not surface as an unhandled rejection.
  sent.catch(() => undefined);
  return sent;
}

const href = guideAddress(location);
const handed = takeEarly(globalThis as unknown as Record<string, unknown>, href, performance.now());
let run: Sent | null = handed?.run ?? send(EARLY_REQUESTS.run);
let guides: Sent | null = handed?.guides ?? send(EARLY_REQUESTS.guides(href) satisfies GuidesRequest);
let draft: Sent | null = handed?.draft ?? send(EARLY_REQUESTS.draft);

function take(which: 'run' | 'guides' | 'draft'): Sent | null {
  const p = which === 'run' ? run : which === 'guides' ? guides : draft;
  if (which === 'run') run = null;
  else if (which === 'guides') guides = null;
  else draft = null;
  return p;
}

/** The background's answer as bridge.ts reads it: `{ ok: true, … }`, or an error to throw. */
function answer<T>(response: unknown, pick: (ok: Record<string, unknown>) => T): T {
  const r = response as ({ ok: boolean; error?: string } & Record<string, unknown>) | undefined;
  if (!r) throw new Error('no answer from the extension background');
  if (!r.ok) throw new Error(r.error);
  return pick(r);
}

/** The progress port whose first load() is the early "overlay:load". */
export function withEarlyRun(port: ProgressPort): ProgressPort {
  return {
    ...port,
    load: () => {
      const early = take('run');
      return early ? early.then((r) => answer(r, (ok) => (ok.record ?? null) as RunRecord | null)) : port.load();
    },
  };
}

type LoadGuides = (filter: GuidesRequest['filter']) => Promise<readonly Guide[]>;

/** The guide loader whose first call for this page's address is the early "guides:get". */
export function withEarlyGuides(load: LoadGuides): LoadGuides {
  return (filter) => {
    const early = filter?.href === href && filter.ids === undefined ? take('guides') : null;
    return early ? early.then((r) => answer(r, (ok) => ok.guides as readonly Guide[])) : load(filter);
  };
}

/** The early "author:draft:playing" answer (raw), once; null when already taken (then ask again). */
export function takeEarlyDraft(): Sent | null {
  return take('draft');
}
