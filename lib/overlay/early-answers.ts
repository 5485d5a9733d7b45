/**
 * The first card needs three answers from the background (this tab's run, the guides for this page,
 * whether a draft plays here). The background answers slowly while the browser is busy loading the page
 * (18–40 ms measured), so a tiny content script that runs at document_start asks for them
 * (entrypoints/portal-early.content.ts) and leaves the promises here; the overlay, which runs at
 * document_idle in the same isolated world, takes them once instead of asking again.
 *
 * The hand-over is a property of the isolated world's global, which every content script of the
 * extension in this frame shares (and the page never sees). No browser globals here: the callers pass
 * what they use, so this is tested in Node.
 */

/** What a sent message resolves to: the background's raw answer. */
type Sent = Promise<unknown>;

export const EARLY_KEY = '__dvcGuideEarlyAnswers';

/** Older than this, a hand-over is a previous load's (an overlay injected again later) and is not used. */
export const EARLY_MAX_AGE_MS = 10_000;

/** The questions, exactly as the overlay's bridge asks them. */
export const EARLY_REQUESTS = {
  run: { type: 'overlay:load' },
  guides: (href: string) => ({ type: 'guides:get' as const, filter: { href } }),
  draft: { type: 'author:draft:playing' },
} as const;

export interface EarlyAnswers {
  /** The page address (lib/practice/hosts.ts guideAddress) the guides were asked for. */
  href: string;
  /** When they were asked (the caller's clock, performance.now()). */
  at: number;
  run: Sent;
  guides: Sent;
  draft: Sent;
  /**
   * The newest run the background pushed ("overlay:changed") after the run was asked for: it is newer
   * than the answer, which it replaces (the side panel moved the step while the page loaded).
   */
  changed: { record: unknown } | null;
  /** Stops listening for pushed runs (the overlay listens itself from then on). */
  stop(): void;
}

export interface EarlyDeps {
  href: string;
  now(): number;
  send(message: object): Sent;
  /** Calls `onMessage` for each message the background sends this tab; returns how to stop. */
  listen(onMessage: (message: unknown) => void): () => void;
}

const isChanged = (m: unknown): m is { type: 'overlay:changed'; record: unknown } =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'overlay:changed';

/** Asks the three questions now and leaves the answers on `scope` for the overlay. */
export function askEarly(scope: Record<string, unknown>, deps: EarlyDeps): EarlyAnswers {
  const quiet = (p: Sent): Sent => {
    // Taken later or never: an unused answer must not surface as an unhandled rejection.
    p.catch(() => undefined);
    return p;
  };
  const answers: EarlyAnswers = {
    href: deps.href,
    at: deps.now(),
    run: quiet(deps.send(EARLY_REQUESTS.run)),
    guides: quiet(deps.send(EARLY_REQUESTS.guides(deps.href))),
    draft: quiet(deps.send(EARLY_REQUESTS.draft)),
    changed: null,
    stop: () => undefined,
  };
  answers.stop = deps.listen((message) => {
    if (isChanged(message)) answers.changed = { record: message.record };
  });
  scope[EARLY_KEY] = answers;
  return answers;
}

/** The answers the overlay takes: each promise is used once. `guides` is null when the page moved on. */
export interface TakenAnswers {
  run: Sent;
  guides: Sent | null;
  draft: Sent;
}

/**
 * Takes the document_start answers, once, if they are this load's: asked for the same address (a
 * single-page portal may have changed it since) and recently. The run resolves to the newest record
 * known when it is read: a push received while the answer travelled wins over the answer.
 */
export function takeEarly(scope: Record<string, unknown>, href: string, now: number): TakenAnswers | null {
  const answers = scope[EARLY_KEY] as EarlyAnswers | undefined;
  if (!answers || typeof answers !== 'object') return null;
  delete scope[EARLY_KEY];
  if (!(now - answers.at >= 0 && now - answers.at <= EARLY_MAX_AGE_MS)) {
    answers.stop();
    return null;
  }
  const run = answers.run.then(
    (response) => {
      answers.stop();
      return answers.changed ? { ok: true, record: answers.changed.record } : response;
    },
    (err: unknown) => {
      answers.stop();
      if (answers.changed) return { ok: true, record: answers.changed.record };
      throw err;
    },
  );
  return { run, guides: answers.href === href ? answers.guides : null, draft: answers.draft };
}
