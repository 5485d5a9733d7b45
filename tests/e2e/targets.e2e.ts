/**
 * No blind steps (issue 11): every step with a target, on every route of every guide, is looked for with the
 * overlay's own finder (lib/engine/targets.ts, bundled into the page) on a sandbox page its `page` pattern
 * names. A target that appears only after an earlier step is reached the way a person reaches it: the earlier
 * steps on the same page are done first (their targets clicked), in order.
 *
 * Covered: the pages the sandbox models without a signed-in session or a filled wizard: the national
 * procedure pages, the VNeID sign-in page, the police portal and the residence portal. Steps on other pages
 * (the Ministry of Justice wizard, the interlinked portal, HkdOnline) are listed in the log, not failed: they
 * need a walk, which every-guide.e2e.ts does.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesAny } from '../../lib/engine/url-pattern';
import { allSteps, forksOf } from '../../lib/guide/routes';
import type { Guide, Step } from '../../lib/guide/schema';
import { startSandboxServer, type SandboxServer } from '../../scripts/lib/sandbox-server';
import { readGuideFiles, urlForPattern } from './pages/guide-files';
import { SandboxFlow } from './pages/overlay';
import { hostResolverRules } from './support/chromium';
import { engineScript } from './support/engine-in-page';
import { CHROME_PATH } from './support/paths';

const COVERED = [
  'dichvucong.gov.vn/thu-tuc-hanh-chinh/*',
  'sso.dancuquocgia.gov.vn/auth',
  'dichvucong.bocongan.gov.vn/**',
  'dichvucong.dancuquocgia.gov.vn/portal/p/home/**',
  'dichvucong.gov.vn/nop-ho-so',
];

/**
 * The one-page form shows the form of the procedure its address names (the sandbox uses the procedure's
 * page id as formalityCaseId) and asks a signed-out person to sign in first: `code` is what the sign-in
 * page returns with.
 */
function pageUrl(guide: Guide, pattern: string): string {
  const url = urlForPattern(pattern);
  if (pattern !== 'dichvucong.gov.vn/nop-ho-so' || !guide.procedure?.portalId) return url;
  return `${url}?formalityCaseId=${guide.procedure.portalId}&code=e2e`;
}

interface Case {
  guide: Guide;
  index: number;
  step: Step;
  pattern: string;
  url: string;
  /** Earlier steps on the same page, in order: what a person does on this page before this step. */
  before: Step[];
}

function cases(): { covered: Case[]; uncovered: string[] } {
  const covered: Case[] = [];
  const uncovered: string[] = [];
  for (const guide of readGuideFiles() as unknown as Guide[]) {
    const steps = allSteps(guide);
    // A step where routes join back happens on whichever route's last page the person came from.
    const rejoins = new Set(forksOf(guide).map((f) => f.rejoin));
    let current: readonly string[] | undefined = guide.startPages;
    steps.forEach((step, index) => {
      if (step.page) current = step.page;
      else if (rejoins.has(step.id)) current = undefined;
      if (!step.target) return;
      const pattern = current?.[0];
      if (!pattern) {
        uncovered.push(`${guide.id}/${step.id} @ the page its route ends on`);
        return;
      }
      const url = pageUrl(guide, pattern);
      if (!matchesAny(COVERED, url)) {
        uncovered.push(`${guide.id}/${step.id} @ ${pattern}`);
        return;
      }
      const before = steps.slice(0, index).filter((s) => s.target && s.page && s.page.some((p) => matchesAny([p], url)));
      covered.push({ guide, index, step, pattern, url, before });
    });
  }
  return { covered, uncovered };
}

/** The sandbox sign-in, one screen at a time (made-up account; the sandbox accepts any code). */
const SSO_SCREENS: ReadonlyArray<(p: Page) => Promise<void>> = [
  async (p) => {
    await p.getByLabel('Số định danh cá nhân').fill('001200000000', { timeout: 3000 });
    await p.getByLabel('Mật khẩu').fill('sandbox', { timeout: 3000 });
    await p.getByRole('button', { name: 'Đăng nhập', exact: true }).click({ timeout: 3000 });
  },
  async (p) => {
    await p.getByLabel('Nhập mã xác nhận').fill('123456', { timeout: 3000 });
    await p.getByRole('button', { name: 'Xác nhận', exact: true }).click({ timeout: 3000 });
  },
  async (p) => {
    await p.getByRole('checkbox').check({ timeout: 3000 });
    await p.getByRole('button', { name: 'Xác nhận chia sẻ' }).click({ timeout: 3000 });
  },
];

const { covered, uncovered } = cases();
let server: SandboxServer;
let browser: Browser;
let ctx: BrowserContext;
let script: string;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: ['--disable-gpu', `--host-resolver-rules=${hostResolverRules(server.port)}`],
  });
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  script = await engineScript();
}, 120_000);
afterAll(async () => {
  console.info(`[targets] ${covered.length} steps checked on sandbox pages; not covered here (walked in every-guide.e2e.ts): ${uncovered.length}\n  ${uncovered.join('\n  ')}`);
  await browser?.close();
  await server?.close();
});

async function find(page: Page, step: Step): Promise<string | null> {
  if (!(await page.evaluate(() => '__dvcFind' in window))) await page.addScriptTag({ content: script });
  return page.evaluate((t) => (window as unknown as { __dvcFind?: (s: unknown) => string | null }).__dvcFind?.(t) ?? null, step.target as unknown);
}

/** Poll the finder a little: sandbox pages render after load, like the portals. */
async function findSoon(page: Page, step: Step, ms = 3000): Promise<string | null> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await find(page, step);
    if (found || Date.now() > end) return found;
    await page.waitForTimeout(100);
  }
}

it('covers the police and residence pages of the guides', () => {
  const hosts = new Set(covered.map((c) => new URL(c.url).hostname));
  expect(hosts).toContain('dichvucong.bocongan.gov.vn');
  expect(hosts).toContain('dichvucong.dancuquocgia.gov.vn');
  expect(covered.length).toBeGreaterThan(30);
});

describe('every step with a target is found on a sandbox page of its route', () => {
  it.for(covered.map((c) => [`${c.guide.id}/${c.step.id}`, c] as const))('%s', async ([, c]) => {
    const page = await ctx.newPage();
    try {
      await page.goto(c.url, { timeout: 15_000 });
      let found = await findSoon(page, c.step, 1500);
      // Reach it as a person would: do the earlier steps of this page first.
      const national = new URL(c.url).hostname === 'dichvucong.gov.vn';
      if (!found && national) await new SandboxFlow(page).chooseAgency();
      // On the VNeID sign-in page the later screens come after typing: sign in as a person does, a screen
      // at a time, until the step's target shows.
      if (!found && new URL(c.url).hostname === 'sso.dancuquocgia.gov.vn') {
        for (const act of SSO_SCREENS) {
          await act(page).catch(() => undefined);
          found = await findSoon(page, c.step, 1500);
          if (found) break;
        }
      }
      for (const earlier of c.before) {
        if (found) break;
        if (national && earlier.id === 'chon-co-quan') continue;
        if (await findSoon(page, earlier, 1500)) await page.locator('[data-dvc-e2e-found]').first().click({ timeout: 3000 }).catch(() => undefined);
        found = await findSoon(page, c.step, 1500);
      }
      expect(found, `${c.guide.id}/${c.step.id} on ${c.url}`).not.toBeNull();
    } finally {
      await page.close();
    }
  });
});
