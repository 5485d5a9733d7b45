/**
 * How the overlay keeps its place. The content script cannot own the data (IndexedDB opened there would
 * belong to the portal's origin), so progress goes through this port to the background; tests pass an
 * in-memory one.
 */
export interface RunRecord {
  guideId: string;
  guideVersion: number;
  /** Index into the walked steps of `routes` (lib/guide/routes.ts walkedSteps). */
  stepIndex: number;
  /** The route taken in each fork (fork's `after` step id → route id); absent: the first routes. */
  routes?: Record<string, string>;
  /** Step ids done, in guide order. */
  completed: string[];
  /** The card was minimised to the launcher when the person left the page. */
  minimised?: boolean;
  /** The helper's session this run belongs to, when started from the side panel. */
  sessionId?: string;
  /**
   * The address where the current step was first shown. A step's URL condition counts only once the
   * address has changed from it, so a reload, or "Tiếp theo" onto a step whose condition names the site
   * the person is already on, does not complete it. The page only (origin and path, see `pageAddress`):
   * a query string can hold an ID number, and runs are kept in extension storage.
   */
  shownAt?: string;
  /**
   * The current step's target was found where it was shown: the person saw and could do that step. A URL
   * condition that names a whole site (`sso.dancuquocgia.gov.vn/**`) completes a step with a target only
   * then; otherwise the page is read for where the person is (lib/engine/position.ts).
   */
  shownFound?: boolean;
  updatedAt: number;
}

/** A page's address without its query and fragment, which may hold personal data (an ID number). */
export function pageAddress(href: string): string {
  const cut = href.search(/[?#]/);
  return cut < 0 ? href : href.slice(0, cut);
}

/** The record as it may be stored: no full page address. */
export function storableRun(record: RunRecord): RunRecord {
  return record.shownAt === undefined ? record : { ...record, shownAt: pageAddress(record.shownAt) };
}

/**
 * A helper's session whose guide runs (or ran, in a tab now closed) for a guide of this page. A new tab
 * asks before continuing it: "Tiếp tục hướng dẫn “…” cho phiên bắt đầu lúc …?".
 */
export interface ResumeOffer {
  sessionId: string;
  /**
   * When the session was created. Never the helper's label for the resident: the question shows in the
   * portal's page (an open shadow root its scripts can read), and a label is often a person's name.
   */
  sessionStartedAt: number;
  guideId: string;
  /** Where that run is: index into its walked steps, and its route choice. */
  stepIndex: number;
  routes?: Record<string, string>;
}

export interface ProgressPort {
  /** This tab's run, or null when none is running. */
  load(): Promise<RunRecord | null>;
  save(record: RunRecord): Promise<void>;
  clear(): Promise<void>;
  /** Changes made elsewhere (the side panel ticks a step, another surface closes the run). */
  subscribe?(listener: (record: RunRecord | null) => void): () => void;
  /** For a tab with no run: a session's run of one of these guides it may continue, or null. */
  resumable?(guideIds: readonly string[]): Promise<ResumeOffer | null>;
  /** Continue that session's run in this tab (the tab is linked to the session); its record, or null when it is gone. */
  adopt?(sessionId: string): Promise<RunRecord | null>;
}

export interface Preferences {
  largeText: boolean;
}

export interface PreferencesPort {
  load(): Promise<Preferences>;
  save(prefs: Preferences): Promise<void>;
}

/** An in-memory port: for tests, and as the fallback when the extension context is gone. */
export function createMemoryProgressPort(initial: RunRecord | null = null): ProgressPort & { current(): RunRecord | null } {
  let record = initial;
  return {
    current: () => record,
    load: () => Promise.resolve(record),
    save: (next) => {
      record = next;
      return Promise.resolve();
    },
    clear: () => {
      record = null;
      return Promise.resolve();
    },
  };
}
