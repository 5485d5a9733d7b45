/**
 * No blind steps (issue 11): every step with a target, on every route of every guide, is looked for with the
 * overlay's own finder (lib/engine/targets.ts, bundled into the page) on a sandbox page its `page` pattern
 * names (a step without `page` is on the page the steps before it are on: where routes join back, on the
 * last page of each route), and the element found must be the only one its strategy finds as well.
 *
 * - A page of one screen (procedure pages, VNeID sign-in, police and residence portals, look-up pages,
 *   HkdOnline's confirmation) is checked step by step. A target that appears only after an earlier step is
 *   reached the way a person reaches it: the earlier steps on the same page are done first (their targets
 *   clicked), in order.
 * - A form of several screens on one address family (pages/portal-walk.ts: the Ministry of Justice wizard,
 *   the interlinked portal, the national one-page form up to its result) is walked: from where the hand-off
 *   lands, each step in order is looked for on the screen shown, and the screen is filled in and pressed on
 *   only while the step's target is not there yet. Then the step is done as its `done` says: its target
 *   clicked, its field filled, or the screen pressed on until what it waits for shows (the overlay moves to
 *   the next step only then, so the next step is looked for where the overlay would show it).
 *
 * Which steps are checked is worked out from the guide files at test time; a step with a target that none
 * of these checks reaches fails the test.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSteps } from '../../lib/guide/routes';
import type { Guide, Step } from '../../lib/guide/schema';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { readGuideFiles } from './pages/guide-files';
import { SandboxFlow } from './pages/overlay';
import { multiScreenFormFor, pageSegments, pageUrl, routeChoices, SSO_SCREENS, type MultiScreenForm } from './pages/portal-walk';
import { hostResolverRules } from './support/chromium';
import type { E2eFound } from './support/engine-entry';
import { engineScript } from './support/engine-in-page';
import { launchHeadless } from './support/chromium-flags';

interface Case {
  guide: Guide;
  step: Step;
  pattern: string;
  url: string;
  /** Earlier steps on the same page, in order: what a person does on this page before this step. */
  before: Step[];
}

interface Walk {
  guide: Guide;
  form: MultiScreenForm;
  pattern: string;
  url: string;
  /** The steps on this form, in the order a person following one route walks them. */
  steps: Step[];
}

function plan(): { cases: Case[]; walks: Walk[]; unplaced: string[]; withTarget: Map<string, number>; withoutTarget: string[] } {
  const cases = new Map<string, Case>();
  const walks = new Map<string, Walk>();
  const unplaced: string[] = [];
  const withTarget = new Map<string, number>();
  const withoutTarget: string[] = [];
  for (const guide of readGuideFiles() as unknown as Guide[]) {
    for (const step of allSteps(guide)) {
      if (step.target) withTarget.set(`${guide.id}/${step.id}`, 0);
      else withoutTarget.push(`${guide.id}/${step.id}`);
    }
    for (const choice of routeChoices(guide)) {
      const onPage = new Map<string, Step[]>();
      for (const seg of pageSegments(guide, choice)) {
        const targeted = seg.steps.filter((s) => s.target);
        if (targeted.length === 0) continue;
        if (!seg.pattern) {
          unplaced.push(...targeted.map((s) => `${guide.id}/${s.id}`));
          continue;
        }
        const form = multiScreenFormFor(seg.pattern);
        if (form) {
          const key = `${guide.id} ${seg.pattern} ${targeted.map((s) => s.id).join(',')}`;
          walks.set(key, { guide, form, pattern: seg.pattern, url: form.entry(seg.pattern, guide.procedure), steps: targeted });
          continue;
        }
        for (const step of targeted) {
          cases.set(`${guide.id}/${step.id} ${seg.pattern}`, {
            guide,
            step,
            pattern: seg.pattern,
            url: pageUrl(guide, seg.pattern),
            // A person may leave a page and come back (signing in on the way): what they did there counts.
            before: [...(onPage.get(seg.pattern) ?? [])],
          });
          onPage.set(seg.pattern, [...(onPage.get(seg.pattern) ?? []), step]);
        }
      }
    }
  }
  return { cases: [...cases.values()], walks: [...walks.values()], unplaced, withTarget, withoutTarget };
}

/** Waits that end as soon as what they wait for shows: generous, for a machine under load. */
const SLOW = 10_000;
/** How long to look for something that may rightly not be on the screen yet. */
const ABSENT = 1500;

const { cases, walks, unplaced, withTarget, withoutTarget } = plan();
const checked = new Map<string, string[]>();
let server: SandboxServer;
let browser: Browser;
let ctx: BrowserContext;
let script: string;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  browser = await launchHeadless(`--host-resolver-rules=${hostResolverRules(server.port)}`);
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  script = await engineScript();
}, 120_000);
afterAll(async () => {
  const perGuide = new Map<string, number>();
  for (const key of checked.keys()) perGuide.set(key.split('/')[0]!, (perGuide.get(key.split('/')[0]!) ?? 0) + 1);
  console.info(
    `[targets] ${checked.size} of ${withTarget.size} steps with a target found on sandbox pages (${cases.length} page checks, ${walks.length} form walks): ` +
      `${[...perGuide].map(([g, n]) => `${g} ${n}`).join(', ')}\n` +
      `[targets] ${withoutTarget.length} steps without a target (read and confirm): ${withoutTarget.join(', ')}`,
  );
  await browser?.close();
  await server?.close();
});

function note(guide: Guide, step: Step, where: string): void {
  const key = `${guide.id}/${step.id}`;
  checked.set(key, [...(checked.get(key) ?? []), where]);
}

async function find(page: Page, step: Step): Promise<E2eFound | null> {
  if (!(await page.evaluate(() => '__dvcFind' in window))) await page.addScriptTag({ content: script });
  return page.evaluate((t) => (window as unknown as { __dvcFind?: (s: unknown) => E2eFound | null }).__dvcFind?.(t) ?? null, step.target as unknown);
}

/** Whether the overlay would count these conditions of a step as met, polled a little like the finder. */
async function isDone(page: Page, done: NonNullable<Step['done']>, ms = 1500): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (!(await page.evaluate(() => '__dvcDone' in window))) await page.addScriptTag({ content: script });
    const held = await page.evaluate((d) => (window as unknown as { __dvcDone: (d: unknown) => boolean }).__dvcDone(d), done as unknown);
    if (held || Date.now() > end) return held;
    await page.waitForTimeout(100);
  }
}

/** Poll the finder a little: sandbox pages render after load, like the portals. */
async function findSoon(page: Page, step: Step, ms = 3000): Promise<E2eFound | null> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await find(page, step);
    if (found || Date.now() > end) return found;
    await page.waitForTimeout(100);
  }
}

/** What the screen shows now: a forward press has taken effect once this changes. */
// The text, not the address: a hash route changes the address a moment before the app draws the new screen.
const screen = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);

it('every step with a target has a sandbox page of its route to be checked on', () => {
  expect(unplaced, 'steps with a target on no known page').toEqual([]);
  const planned = new Set([...cases.map((c) => `${c.guide.id}/${c.step.id}`), ...walks.flatMap((w) => w.steps.map((s) => `${w.guide.id}/${s.id}`))]);
  expect([...withTarget.keys()].filter((k) => !planned.has(k)), 'steps with a target that no check reaches').toEqual([]);
  const hosts = new Set([...cases.map((c) => c.url), ...walks.map((w) => w.url)].map((u) => new URL(u).hostname));
  for (const host of ['dichvucong.bocongan.gov.vn', 'dichvucong.dancuquocgia.gov.vn', 'dichvucongnganhtuphap.moj.gov.vn', 'lienthong.dichvucong.gov.vn', 'hokinhdoanh.dkkd.gov.vn']) {
    expect(hosts).toContain(host);
  }
});

// Several pages at once: the checks mostly wait for pages to render, and each page keeps its own session.
describe.concurrent('every step with a target is found, once, on a sandbox page of its route', () => {
  it.for(cases.map((c) => [`${c.guide.id}/${c.step.id} @ ${c.pattern}`, c] as const))('%s', async ([, c]) => {
    const page = await ctx.newPage();
    try {
      await page.goto(c.url, { timeout: 15_000 });
      const sso = new URL(c.url).hostname === 'sso.dancuquocgia.gov.vn';
      let found = await findSoon(page, c.step, c.before.length === 0 && !sso ? SLOW : ABSENT);
      // Reach it as a person would: do the earlier steps of this page first.
      const national = new URL(c.url).hostname === 'dichvucong.gov.vn';
      if (!found && national && c.before.some((s) => s.id === 'chon-co-quan')) await new SandboxFlow(page).chooseAgency();
      // On the VNeID sign-in page the later screens come after typing: sign in as a person does, a screen
      // at a time, until the step's target shows.
      if (!found && sso) {
        for (const [i, act] of SSO_SCREENS.entries()) {
          await act(page).catch(() => undefined);
          found = await findSoon(page, c.step, i === SSO_SCREENS.length - 1 ? SLOW : ABSENT);
          if (found) break;
        }
      }
      for (const [i, earlier] of c.before.entries()) {
        if (found) break;
        if (national && earlier.id === 'chon-co-quan') continue;
        if (await findSoon(page, earlier, SLOW)) await page.locator('[data-dvc-e2e-found]').first().click({ timeout: SLOW }).catch(() => undefined);
        // What the earlier step waits for (a dialog, the next screen) shows before the overlay moves on.
        const waitsFor = (earlier.done ?? []).filter((d) => d.appears ?? d.text ?? d.url);
        if (waitsFor.length > 0) await isDone(page, waitsFor, SLOW);
        found = await findSoon(page, c.step, i === c.before.length - 1 ? SLOW : ABSENT);
      }
      expect(found, `${c.guide.id}/${c.step.id} on ${c.url}`).not.toBeNull();
      expect(found!.alsoMatches, `${c.guide.id}/${c.step.id} on ${c.url}: its target also matches`).toBeNull();
      note(c.guide, c.step, c.pattern);
    } finally {
      await page.close();
    }
  });

  it.for(walks.map((w) => [`${w.guide.id} @ ${w.pattern}: ${w.steps.map((s) => s.id).join(' → ')}`, w] as const))('%s', async ([, w]) => {
    const page = await ctx.newPage();
    const seen: string[] = [];
    try {
      await page.goto(w.url, { timeout: 15_000 });
      for (const step of w.steps) {
        let found = await findSoon(page, step, ABSENT);
        // Not on this screen yet: fill it in and press on, as the step before told the person to.
        for (let presses = 0; !found && presses < 5; presses++) {
          const before = await screen(page);
          await w.form.forward(page);
          await page.waitForFunction((s) => document.body.innerText !== s, before, { timeout: SLOW });
          found = await findSoon(page, step, 3000);
        }
        expect(found, `${w.guide.id}/${step.id} on ${page.url()}`).not.toBeNull();
        expect(found!.alsoMatches, `${w.guide.id}/${step.id} on ${page.url()}: its target also matches`).toBeNull();
        note(w.guide, step, w.pattern);
        // Where it showed, for whoever reads the run: the screen's query or hash route.
        const u = new URL(page.url());
        seen.push(`${step.id}@${u.hash || new URLSearchParams(u.search).get('buoc') || u.pathname}#${found!.where}`);
        const last = step === w.steps[w.steps.length - 1];
        const waitsFor = (step.done ?? []).filter((d) => d.appears ?? d.text ?? d.url);
        if (step.done?.some((d) => d.clicked)) {
          // Done by clicking its target (a forward button): the person fills the screen in, then clicks.
          await w.form.fill(page);
          const before = await screen(page);
          await find(page, step);
          await page.locator('[data-dvc-e2e-found]').first().click({ timeout: SLOW });
          await page.waitForFunction((s) => document.body.innerText !== s, before, { timeout: SLOW });
        } else if (step.done?.some((d) => d.filled)) {
          // Done when its field holds something: tick it or type into it.
          const field = page.locator('[data-dvc-e2e-found]').first();
          const kind = await field.evaluate((e) => (e instanceof HTMLInputElement ? e.type : e.tagName.toLowerCase()));
          if (['checkbox', 'radio', 'label'].includes(kind)) await field.check({ timeout: SLOW });
          else await field.fill('Nguyễn Văn An', { timeout: SLOW });
        } else if (waitsFor.length > 0 && !last) {
          // Done when the next screen shows something: the overlay moves on only then, so press on till it does.
          for (let presses = 0; presses < 5 && !(await isDone(page, waitsFor, presses === 0 ? 0 : 3000)); presses++) {
            const before = await screen(page);
            await w.form.forward(page);
            await page.waitForFunction((s) => document.body.innerText !== s, before, { timeout: SLOW });
          }
        }
      }
      console.info(`[targets] ${w.guide.id}: ${seen.join(' ')}`);
    } finally {
      await page.close();
    }
  });
});

it('found every step with a target on its pages', () => {
  // Runs after the checks above (vitest keeps file order): none was left out.
  expect([...withTarget.keys()].filter((k) => !checked.has(k))).toEqual([]);
});
