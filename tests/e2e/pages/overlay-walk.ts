/**
 * Walks a running guide in the portal overlay with "Đã xong bước này" to its closing card, checking at every
 * step that the card settles: it points at the step's element, or says the element is not on this page,
 * or the step has nothing to point at. A step that stays "searching" past the engine's wait is stuck.
 */
import type { Page } from 'playwright-core';
import { walkedFileSteps, type GuideFile } from './guide-files';
import { OverlayPage } from './overlay';

export type StepOutcome =
  /** An element carries data-dvc-target="<step id>". */
  | 'target'
  /** The card shows "Không tìm thấy … trên trang này". */
  | 'not-found'
  /** The step happens on another page: the card says so at once ("Bước này làm ở một trang khác."). */
  | 'elsewhere'
  /** The step points at nothing (read and confirm). */
  | 'no-target'
  /** Never shown: a done condition (usually the URL) completed it on the way. */
  | 'skipped';

export interface WalkResult {
  /** Indexed like the walked steps (the first route of every fork). */
  outcomes: StepOutcome[];
  /** The closing card came by itself (a done condition of the last step), not from "Hoàn thành". */
  finishedByItself: boolean;
}

interface CardState {
  /** 1-based step shown, or null when the closing card (or nothing) is shown. */
  n: number | null;
  m: number | null;
  finished: boolean;
  targets: string[];
  notFound: boolean;
  elsewhere: boolean;
}

// The engine waits 4 s for a target; allow a busy two-core machine running several tabs.
const SETTLE_TIMEOUT_MS = 9000;
const POLL_MS = 150;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class OverlayWalker {
  readonly overlay: OverlayPage;

  constructor(readonly page: Page) {
    this.overlay = new OverlayPage(page);
  }

  get finishButton() {
    return this.overlay.card.getByRole('button', { name: 'Hoàn thành', exact: true });
  }
  get finishedHeading() {
    return this.overlay.card.getByRole('heading', { name: 'Hoàn thành', exact: true });
  }

  /** What the card shows now; never waits (a missing part reads as absent). */
  async state(): Promise<CardState> {
    const [counters, targets, notFound, finished, elsewhere] = await Promise.all([
      this.overlay.counter.allTextContents(),
      this.overlay.target.evaluateAll((els) => els.map((el) => el.getAttribute('data-dvc-target') ?? '')),
      this.overlay.notFound.count(),
      this.finishedHeading.count(),
      this.overlay.elsewhere.count(),
    ]);
    const match = /Bước (\d+)\/(\d+)/.exec(counters[0] ?? '');
    return {
      n: match ? Number(match[1]) : null,
      m: match ? Number(match[2]) : null,
      finished: finished > 0,
      targets,
      notFound: notFound > 0,
      elsewhere: elsewhere > 0,
    };
  }

  /** Wait until the current step's card has settled; returns the step shown and how it settled. */
  async settle(guide: GuideFile): Promise<{ n: number; outcome: StepOutcome } | { finished: true }> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    let last: CardState | null = null;
    while (Date.now() < deadline) {
      const s = await this.state();
      last = s;
      if (s.finished) return { finished: true };
      if (s.n !== null) {
        const walk = walkedFileSteps(guide);
        if (s.m !== walk.length) throw new Error(`${guide.id}: the card counts ${s.m} steps, the guide walks ${walk.length}`);
        const step = walk[s.n - 1]!;
        if (!step.target) return { n: s.n, outcome: 'no-target' };
        if (s.targets.includes(step.id)) return { n: s.n, outcome: 'target' };
        if (s.notFound) return { n: s.n, outcome: 'not-found' };
        if (s.elsewhere) return { n: s.n, outcome: 'elsewhere' };
      }
      await sleep(POLL_MS);
    }
    throw new Error(`${guide.id}: the card did not settle within ${SETTLE_TIMEOUT_MS} ms: ${JSON.stringify(last)}`);
  }

  /** Wait until the card no longer shows step n (moved on, or closed the guide). */
  async waitPast(guide: GuideFile, n: number): Promise<void> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const s = await this.state();
      if (s.finished || (s.n !== null && s.n !== n)) return;
      await sleep(POLL_MS);
    }
    throw new Error(`${guide.id}: still on step ${n} after "Đã xong bước này"`);
  }

  /** From a started run to the closing card, with "Đã xong bước này" then "Hoàn thành". */
  async walk(guide: GuideFile): Promise<WalkResult> {
    const walk = walkedFileSteps(guide);
    const total = walk.length;
    const outcomes: StepOutcome[] = walk.map(() => 'skipped');
    for (let guard = 0; guard < total * 2 + 2; guard++) {
      const settled = await this.settle(guide);
      if ('finished' in settled) return { outcomes, finishedByItself: true };
      outcomes[settled.n - 1] = settled.outcome;
      if (settled.n === total) {
        await this.finishButton.click();
        await this.finishedHeading.waitFor();
        return { outcomes, finishedByItself: false };
      }
      await this.overlay.next.click();
      await this.waitPast(guide, settled.n);
    }
    throw new Error(`${guide.id}: "Đã xong bước này" did not reach the last step`);
  }
}
