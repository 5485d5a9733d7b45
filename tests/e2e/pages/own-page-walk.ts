/**
 * Drives the portal overlay to each step of one route of a guide ON THE PAGE THAT STEP BELONGS TO, as a
 * person would get there: the guide is started on its start page, the sandbox page of each run of steps
 * (pages/portal-walk.ts pageSegments) is opened or reached by the portal's own buttons, the card is
 * brought to the step with "Đã xong bước này" / "Bước trước", and the step's target must be on the page
 * (a multi-screen form is filled in and pressed on, the sign-in done screen by screen, until it shows).
 * After the caller has looked at the step, the step is done the way its `done` says, so the next step's
 * target shows. No sleeps: every wait ends when what it waits for shows.
 */
import type { Page } from 'playwright-core';
import { matchesAny } from '../../../lib/engine/url-pattern';
import { allSteps, chosenRoute, routeOfStep, walkedSteps, type RouteChoice } from '../../../lib/guide/routes';
import type { Guide, Step } from '../../../lib/guide/schema';
import { startPatterns, urlForPattern, type GuideFile } from './guide-files';
import { OverlayPage, SandboxFlow } from './overlay';
import { multiScreenFormFor, pageSegments, pageUrl } from './portal-walk';

const SSO_HOST = 'sso.dancuquocgia.gov.vn';
/** A target on the page the step belongs to is found within a few frames; a busy machine gets margin. */
const TARGET_MS = 5000;
const CHANGE_MS = 6000;

/** The sandbox procedure page's `?nop=` for each submission route (demo/portal/dichvucong.gov.vn). */
const SANDBOX_FORM: Readonly<Record<string, string>> = { 'bieu-mau-mot-trang': 'mot-trang', 'wizard-bo-tu-phap': 'bo-tu-phap' };

const onSso = (page: Page): boolean => new URL(page.url()).hostname === SSO_HOST;

/** The card's step as shown: its heading and its "Bước N/M" (empty when no step card is shown). */
function cardKey(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dialog = document.querySelector('dvc-guide-overlay')?.shadowRoot?.querySelector('[role=dialog]');
    if (!dialog) return '';
    const count = /Bước \d+\/\d+/.exec(dialog.textContent ?? '')?.[0] ?? '';
    return `${count}|${(dialog.querySelector('h2')?.textContent ?? '').trim()}`;
  });
}

async function waitCardChange(page: Page, from: string, timeout = CHANGE_MS): Promise<void> {
  await page.waitForFunction(
    (prev) => {
      const dialog = document.querySelector('dvc-guide-overlay')?.shadowRoot?.querySelector('[role=dialog]');
      const count = /Bước \d+\/\d+/.exec(dialog?.textContent ?? '')?.[0] ?? '';
      return (dialog ? `${count}|${(dialog.querySelector('h2')?.textContent ?? '').trim()}` : '') !== prev;
    },
    from,
    { polling: 50, timeout },
  );
}

/** The step a card key shows: by its title, the walked one at its number when titles repeat. */
function stepOf(guide: Guide, walk: readonly Step[], key: string): Step | null {
  const [count, title = ''] = key.split('|');
  const n = Number(/Bước (\d+)/.exec(count ?? '')?.[1] ?? 0);
  const named = allSteps(guide).filter((s) => title.startsWith(s.title));
  if (named.length === 0) return null;
  const longest = Math.max(...named.map((s) => s.title.length));
  const best = named.filter((s) => s.title.length === longest);
  return best.find((s) => walk[n - 1] === s) ?? best.find((s) => walk.includes(s)) ?? best[0]!;
}

/** One screen of the sandbox sign-in, whichever is shown; false when none of them is. */
async function signInScreen(page: Page): Promise<boolean> {
  const before = await page.evaluate(() => document.body.innerText);
  const id = page.getByLabel('Số định danh cá nhân');
  const code = page.getByLabel('Nhập mã xác nhận');
  const share = page.getByRole('button', { name: 'Xác nhận chia sẻ' });
  const passcode = page.locator('input[type=number][inputmode=numeric][autocomplete=off]');
  // The later screens are dialogs over the first one (whose fields stay visible behind): newest first.
  if (await passcode.isVisible()) {
    await passcode.fill('123456', { timeout: CHANGE_MS });
    await page.getByRole('button', { name: 'Xác nhận', exact: true }).click({ timeout: CHANGE_MS });
  } else if (await share.isVisible()) {
    await page.getByRole('checkbox').check({ timeout: CHANGE_MS });
    await share.click({ timeout: CHANGE_MS });
  } else if (await code.isVisible()) {
    await code.fill('123456', { timeout: CHANGE_MS });
    await page.getByRole('button', { name: 'Xác nhận', exact: true }).click({ timeout: CHANGE_MS });
  } else if (await id.isVisible()) {
    await id.fill('001200000000', { timeout: CHANGE_MS });
    await page.getByLabel('Mật khẩu').fill('sandbox', { timeout: CHANGE_MS });
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click({ timeout: CHANGE_MS });
  } else return false;
  await page.waitForFunction((s) => location.hostname !== 'sso.dancuquocgia.gov.vn' || document.body.innerText !== s, before, { timeout: CHANGE_MS }).catch(() => undefined);
  return true;
}

/** Sign in to the end: the portal takes the person back where they came from. */
async function finishSignIn(page: Page): Promise<void> {
  for (let i = 0; i < 8 && onSso(page); i++) {
    if (!(await signInScreen(page))) await page.waitForLoadState('domcontentloaded');
  }
  await page.waitForURL((u) => u.hostname !== SSO_HOST, { timeout: CHANGE_MS });
}

export interface OwnPageResult {
  /** Steps the card showed on their own page, target found (or none to find). */
  shown: Step[];
  /** Steps never shown there, with why. */
  missed: Map<string, string>;
}

export class OwnPageWalk {
  readonly overlay: OverlayPage;
  private readonly walk: Step[];

  constructor(
    readonly page: Page,
    readonly guide: Guide,
    readonly choice: RouteChoice,
  ) {
    this.overlay = new OverlayPage(page);
    this.walk = walkedSteps(guide, choice);
  }

  /** Open the guide's start page (signing in when it asks) and start the guide from its offer. */
  async start(): Promise<string | null> {
    const pattern = startPatterns(this.guide as unknown as GuideFile)[0]!;
    // A guide that starts inside a multi-screen form (the post-office guide starts in the Ministry of
    // Justice wizard) is opened the way the portal hands a person over to it, not at a bare address.
    const form = multiScreenFormFor(pattern);
    const url = new URL(form ? form.entry(pattern, this.guide.procedure) : urlForPattern(pattern));
    // Which form "Nộp trực tuyến" opens depends on the procedure and the province; the sandbox portal
    // is asked for the one this walk's route is about (it keeps the answer for the tab).
    const asked = Object.values(this.choice).map((id) => SANDBOX_FORM[id]).find((m) => m !== undefined);
    if (asked && url.pathname.startsWith('/thu-tuc-hanh-chinh/')) url.searchParams.set('nop', asked);
    await this.page.goto(url.href);
    if (onSso(this.page) && !matchesAny([pattern], this.page.url())) await finishSignIn(this.page);
    // A new tab takes over the run of a tab closed before it (run-store "last"): close that run, then the
    // page offers its own guide again.
    const shows = await Promise.race([
      this.overlay.startButton.waitFor({ timeout: 10_000 }).then(() => 'offer' as const),
      this.overlay.close.waitFor({ timeout: 10_000 }).then(() => 'card' as const),
    ]).catch(() => null);
    if (shows === 'card') {
      await this.overlay.close.dispatchEvent('click');
      await this.page.reload();
    }
    const offered = shows === 'offer' || (await this.overlay.startButton.waitFor({ timeout: 10_000 }).then(() => true, () => false));
    if (!offered) return 'no offer on its start page';
    const offer = ((await this.overlay.startButton.textContent()) ?? '').trim();
    if (!offer.endsWith(this.guide.title)) return `its start page offers another guide (“${offer}”)`;
    await this.overlay.start();
    return null;
  }

  /** Walk every step of the route; `look` is called with the card on each step's own page. */
  async run(look: (step: Step) => Promise<void>): Promise<OwnPageResult> {
    const shown: Step[] = [];
    const missed = new Map<string, string>();
    const why = await this.start();
    if (why) {
      for (const s of this.walk) missed.set(s.id, why);
      return { shown, missed };
    }
    for (const seg of pageSegments(this.guide, this.choice)) {
      for (const step of seg.steps) {
        try {
          await this.open(seg.pattern);
          const reason = (await this.bring(step)) ?? (await this.reveal(step, seg.pattern));
          if (reason) {
            missed.set(step.id, reason);
            continue;
          }
          // Pressing on a form to show the target can finish it (the one-page form sends on its one
          // button), and the guide then follows the page past this step: measured now, the card would be
          // another step's, over this step's named controls.
          const key = await cardKey(this.page);
          const onCard = stepOf(this.guide, this.walk, key);
          if (onCard !== step) {
            missed.set(step.id, `the card moved on to “${onCard?.id ?? key}” while its target was being shown`);
            continue;
          }
          await look(step);
          shown.push(step);
          // Doing the step only helps the next ones show: a failure here is seen there, with its reason.
          await this.act(step, seg.pattern).catch(() => undefined);
          await this.afterAct(step, key);
        } catch (err) {
          missed.set(step.id, `the walk broke on ${this.page.url()}: ${String(err instanceof Error ? err.message : err).split('\n').slice(0, process.env.DVC_DEBUG ? 12 : 1).join(' / ')}`);
        }
      }
    }
    await this.overlay.close.dispatchEvent('click', undefined, { timeout: 2000 }).catch(() => undefined);
    return { shown, missed };
  }

  /** Be on a page the pattern matches: stay, finish signing in, or open the page (the form's entry). */
  private async open(pattern: string | undefined): Promise<void> {
    if (!pattern || matchesAny([pattern], this.page.url())) return;
    if (onSso(this.page)) {
      await finishSignIn(this.page);
      if (matchesAny([pattern], this.page.url())) return;
    }
    const form = multiScreenFormFor(pattern);
    await this.page.goto(form ? form.entry(pattern, this.guide.procedure) : pageUrl(this.guide, pattern));
    if (onSso(this.page) && !matchesAny([pattern], this.page.url())) await finishSignIn(this.page);
    await this.page.waitForURL((u) => matchesAny([pattern], u.href), { timeout: CHANGE_MS });
  }

  /** Move the card to the step with its own buttons; a reason when it cannot be. */
  private async bring(step: Step): Promise<string | null> {
    const want = this.walk.indexOf(step);
    for (let guard = 0; guard < this.walk.length * 2 + 4; guard++) {
      // After a page load the overlay starts again: its card shows within a moment.
      const key = await this.overlay.counter.waitFor({ timeout: CHANGE_MS }).then(() => cardKey(this.page), () => '');
      if (!key) return 'the step card is not shown';
      const shownStep = stepOf(this.guide, this.walk, key);
      const at = shownStep ? this.walk.indexOf(shownStep) : -1;
      if (at === want) return null;
      if (at < 0) {
        // Another route of a fork this walk goes through: back to that route's first step, where the card
        // offers the other routes, and take ours as a person would.
        const where = shownStep ? routeOfStep(this.guide, shownStep.id) : undefined;
        const mine = where ? chosenRoute(where.fork, this.choice) : undefined;
        if (!where || !mine || mine === where.route) return `the overlay took another route here (it shows “${shownStep?.id ?? key}”)`;
        // The card may move on by itself between reading it and pressing (the page was still loading):
        // then the button pressed for is gone, and the card is read again.
        const control = where.route.steps[0] === shownStep ? this.overlay.host.getByRole('button', { name: mine.title, exact: true }) : this.overlay.back;
        const pressed = await control.dispatchEvent('click', undefined, { timeout: 2000 }).then(() => true, () => false);
        if (pressed) await waitCardChange(this.page, key).catch(() => undefined);
        continue;
      }
      // The card's own buttons, pressed without waiting for its slide to a new place to end.
      await (at < want ? this.overlay.next : this.overlay.back).dispatchEvent('click', undefined, { timeout: CHANGE_MS });
      await waitCardChange(this.page, key);
    }
    return 'the card did not reach the step';
  }

  private async targetShown(step: Step, ms = TARGET_MS): Promise<boolean> {
    if (!step.target) return true;
    return this.page
      .locator(`[data-dvc-target="${step.id}"]`)
      .waitFor({ state: 'attached', timeout: ms })
      .then(() => true, () => false);
  }

  /** Do what the person does before the step's target shows (press on a form, the next sign-in screen). */
  private async reveal(step: Step, pattern: string | undefined): Promise<string | null> {
    if (await this.targetShown(step)) return null;
    if (process.env.DVC_DEBUG) console.info(`[dbg] ${this.guide.id}/${step.id}: target not shown; card ${await cardKey(this.page)}; marks ${await this.page.evaluate(() => Array.from(document.querySelectorAll('[data-dvc-target]')).map((e) => e.getAttribute('data-dvc-target')).join(','))}; notice ${await this.page.evaluate(() => document.querySelector('dvc-guide-overlay')?.shadowRoot?.querySelector('.dvc-notice')?.textContent ?? '')}`);
    // Signed in and back on the procedure page, "Thông tin chung" asks only after "Nộp trực tuyến" is
    // pressed again, as the guides' sign-in step tells the person to.
    if (step.target?.some((t) => t.testId === 'confirm-button-information') && new URL(this.page.url()).pathname.startsWith('/thu-tuc-hanh-chinh/')) {
      const flow = new SandboxFlow(this.page);
      await flow.chooseAgency();
      await flow.submitEntry();
      await flow.chooseUbndCard();
      const again = await this.bring(step);
      if (again) return again;
      if (await this.targetShown(step)) return null;
    }
    const form = pattern ? multiScreenFormFor(pattern) : undefined;
    for (let presses = 0; presses < 5; presses++) {
      if (form) {
        const before = await this.page.evaluate(() => document.body.innerText);
        await form.forward(this.page);
        await this.page.waitForFunction((s) => document.body.innerText !== s, before, { timeout: CHANGE_MS });
      } else if (!onSso(this.page) || !(await signInScreen(this.page))) break;
      // The guide follows the page forwards by itself: bring it back to this step if it went past.
      const again = await this.bring(step);
      if (again) return again;
      if (await this.targetShown(step)) return null;
    }
    return `its target did not show on ${new URL(this.page.url()).host}${new URL(this.page.url()).pathname}`;
  }

  /**
   * Let what the action started finish before the card is moved with its buttons (pressing "Đã xong"
   * while the guide moves on by itself would skip a step): the address the step waits for, or the card
   * moving on. A step without a condition waits for nothing.
   */
  private async afterAct(step: Step, key: string): Promise<void> {
    const urls = (step.done ?? []).flatMap((d) => (d.url ? [d.url] : []));
    if (urls.length > 0) await this.page.waitForURL((u) => matchesAny(urls, u.href), { timeout: CHANGE_MS }).catch(() => undefined);
    else if ((step.done ?? []).length > 0) await waitCardChange(this.page, key, 2500).catch(() => undefined);
  }

  /** Do the step as its `done` says, so what comes next shows; the card moves on by itself or later by "Đã xong". */
  private async act(step: Step, pattern: string | undefined): Promise<void> {
    const form = pattern ? multiScreenFormFor(pattern) : undefined;
    const target = this.page.locator(`[data-dvc-target="${step.id}"]`).first();
    const done = step.done ?? [];
    if (step.id === 'chon-co-quan' && new URL(this.page.url()).hostname === 'dichvucong.gov.vn') {
      await new SandboxFlow(this.page).chooseAgency();
      return;
    }
    if (!step.target) return;
    // A form's screen is pressed on when what the step waits for is on the next one.
    if (form && !done.some((d) => d.clicked || d.filled) && done.some((d) => d.appears ?? d.text)) {
      // Filling in may be all it takes (the one-page form's uploads show "Đã tải lên"): pressing on there
      // would send the whole form, and the guide would rightly follow it to the end.
      const key = await cardKey(this.page);
      await form.fill(this.page);
      if (await waitCardChange(this.page, key, 2500).then(() => true, () => false)) return;
      await form.forward(this.page);
      return;
    }
    if (form && done.some((d) => d.clicked)) await form.fill(this.page);
    const kind = await target.evaluate((e) => (e instanceof HTMLInputElement ? e.type : e.tagName.toLowerCase()), undefined, { timeout: CHANGE_MS });
    if (['checkbox', 'radio'].includes(kind)) await target.check({ timeout: CHANGE_MS });
    else if (['text', 'tel', 'email', 'number', 'search', 'password', 'textarea'].includes(kind)) {
      if (done.some((d) => d.filled)) await target.fill(kind === 'tel' ? '0900000000' : 'Nguyễn Văn An', { timeout: CHANGE_MS });
    } else if (kind !== 'select') await target.click({ timeout: CHANGE_MS });
  }
}
