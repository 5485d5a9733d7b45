/**
 * The sandbox forms that take several screens on one address family (the Ministry of Justice 4-step
 * wizard, the interlinked portal's declaration, the national one-page form up to its result), as a person
 * goes through them: where they land after the hand-off, and "fill in this screen and go on" (made-up data,
 * selectors from the sandbox's own markup). targets.e2e.ts walks a guide's steps of such a page in order and
 * presses on only when a step's target is not on the screen yet.
 */
import type { Page } from 'playwright-core';
import { matchesAny } from '../../../lib/engine/url-pattern';
import { forksOf, walkedSteps, type RouteChoice } from '../../../lib/guide/routes';
import type { Guide, Step } from '../../../lib/guide/schema';
import { urlForPattern } from './guide-files';

export interface MultiScreenForm {
  /** Which guide page patterns this form serves (matched on the address the pattern stands for). */
  covers: string[];
  /** Where a signed-in person lands when the portal hands them over for the guide's procedure. */
  entry(pattern: string, procedure: Procedure | undefined): string;
  /** Fill in the screen shown (required fields only), as a person does before pressing on. */
  fill(page: Page): Promise<void>;
  /** Fill in the screen shown and press its forward or submit button. */
  forward(page: Page): Promise<void>;
}

interface Procedure {
  code?: string;
  portalId?: string;
}

const PDF = { name: 'giay-to.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 sandbox') };

/** Type made-up values into the visible, empty, editable fields of the screen (inside `scope`). */
async function fillVisible(page: Page, scope: string, onlyRequired: boolean): Promise<void> {
  await page.evaluate(
    ([sel, required]) => {
      const fields = document.querySelectorAll<HTMLInputElement>(`${sel} input, ${sel} textarea`);
      for (const el of fields) {
        const type = (el.type || 'text').toLowerCase();
        if (!['text', 'tel', 'email', 'number', 'textarea', 'search'].includes(type)) continue;
        if (el.readOnly || el.disabled || el.value.trim() !== '' || el.getClientRects().length === 0) continue;
        if (required && !el.hasAttribute('data-required') && !el.closest('.sd-question')?.querySelector('.req')) continue;
        const max = Number(el.getAttribute('maxlength') ?? '0');
        el.value = type === 'tel' ? '0900000000' : type === 'number' ? '1' : max === 2 ? '01' : max === 4 ? '2026' : el.inputMode === 'numeric' ? '001200000000' : 'Nguyễn Văn An';
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
    },
    [scope, onlyRequired] as const,
  );
}

/** dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/<code>: "Thông tin chủ hồ sơ" → … → "Thông tin nhận kết quả". */
const MOJ_WIZARD: MultiScreenForm = {
  covers: ['dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/**'],
  // The national portal's "Thông tin chung" hands a signed-in person over with these parameters.
  entry: (_pattern, procedure) => {
    const code = procedure?.code ?? '1.001193';
    const q = new URLSearchParams({ MaTTHC: code, tenCoQuan: 'Ủy ban nhân dân Phường Trường Vinh', doiTuong: 'null', code: 'e2e' });
    return `http://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/${code}?${q.toString()}`;
  },
  async fill(page) {
    await fillVisible(page, 'main form', true);
    for (const file of await page.locator('main input[type=file][data-required]').all()) await file.setInputFiles(PDF);
    const pledge = page.locator('#camDoan');
    if (await pledge.isVisible()) await pledge.check();
  },
  async forward(page) {
    // Step 2 and step 4's submit render late, like the portal's: wait for the forward button.
    const next = page.locator('[data-e2e=btn-next]:visible').first();
    await next.waitFor({ timeout: 10_000 });
    await this.fill(page);
    await next.click();
  },
};

/** lienthong.dichvucong.gov.vn/#/ke-khai/<code>: one screen per linked procedure, `#next` on each. */
const LIEN_THONG: MultiScreenForm = {
  covers: ['lienthong.dichvucong.gov.vn/#/ke-khai/**'],
  // The live form of the birth group is 2.000987 (FLOWS §3); a pattern naming its form keeps it.
  entry: (pattern) => {
    const named = /#\/ke-khai\/([\d.]+)/.exec(pattern)?.[1];
    return `http://lienthong.dichvucong.gov.vn/#/ke-khai/${named ?? '2.000987'}`;
  },
  async fill(page) {
    await fillVisible(page, 'main form', false);
  },
  async forward(page) {
    const next = page.locator('#next');
    await next.waitFor({ timeout: 10_000 });
    await this.fill(page);
    await next.click();
  },
};

/** dichvucong.gov.vn/nop-ho-so?formalityCaseId=…: one page; "forward" is filling it and "Lưu và nộp hồ sơ". */
const ONE_PAGE_FORM: MultiScreenForm = {
  covers: ['dichvucong.gov.vn/nop-ho-so'],
  // The sandbox uses the procedure's page id as formalityCaseId; `code` is what the sign-in returns with.
  entry: (pattern, procedure) => `${urlForPattern(pattern)}?formalityCaseId=${procedure?.portalId ?? ''}&code=e2e`,
  async fill(page) {
    await fillVisible(page, 'main', true);
    // Every document row shares one hidden file input behind its "Tải lên file" button.
    for (const button of await page.locator('button[title="Tải lên file"]').all()) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), button.click()]);
      await chooser.setFiles(PDF);
    }
  },
  async forward(page) {
    const submit = page.getByRole('button', { name: 'Lưu và nộp hồ sơ', exact: true });
    await submit.waitFor({ timeout: 10_000 });
    await this.fill(page);
    await submit.click();
  },
};

export const MULTI_SCREEN_FORMS: readonly MultiScreenForm[] = [MOJ_WIZARD, LIEN_THONG, ONE_PAGE_FORM];

/** The multi-screen form a guide page pattern belongs to, if any. */
export function multiScreenFormFor(pattern: string): MultiScreenForm | undefined {
  const url = urlForPattern(pattern);
  return MULTI_SCREEN_FORMS.find((f) => matchesAny(f.covers, url));
}

/** Every combination of routes: one choice per fork. */
export function routeChoices(guide: Guide): RouteChoice[] {
  let out: RouteChoice[] = [{}];
  for (const fork of forksOf(guide)) out = out.flatMap((c) => fork.routes.map((r) => ({ ...c, [fork.after]: r.id })));
  return out;
}

/** A run of consecutive steps of one route choice on one page pattern. */
export interface PageSegment {
  /** undefined: the guide names no page yet (no start page, no `page` on the steps so far). */
  pattern: string | undefined;
  steps: Step[];
}

/** The walked steps of one route choice cut into runs on one page (a step without `page` stays on the last). */
export function pageSegments(guide: Guide, choice: RouteChoice): PageSegment[] {
  const out: PageSegment[] = [];
  let current: string | undefined = guide.startPages?.[0];
  for (const step of walkedSteps(guide, choice)) {
    if (step.page) current = step.page[0];
    const last = out[out.length - 1];
    if (last && last.pattern === current) last.steps.push(step);
    else out.push({ pattern: current, steps: [step] });
  }
  return out;
}

/**
 * The address to open for a page pattern. The one-page form shows the form of the procedure its address
 * names (the sandbox uses the procedure's page id as formalityCaseId) and asks a signed-out person to sign
 * in first: `code` is what the sign-in page returns with.
 */
export function pageUrl(guide: Guide, pattern: string): string {
  const url = urlForPattern(pattern);
  if (pattern !== 'dichvucong.gov.vn/nop-ho-so' || !guide.procedure?.portalId) return url;
  return `${url}?formalityCaseId=${guide.procedure.portalId}&code=e2e`;
}

/** Waits that end as soon as what they wait for shows: generous, for a machine under load. */
const SLOW = 10_000;

/** The sandbox sign-in, one screen at a time (made-up account; the sandbox accepts any code). */
export const SSO_SCREENS: ReadonlyArray<(p: Page) => Promise<void>> = [
  async (p) => {
    await p.getByLabel('Số định danh cá nhân').fill('001200000000', { timeout: SLOW });
    await p.getByLabel('Mật khẩu').fill('sandbox', { timeout: SLOW });
    await p.getByRole('button', { name: 'Đăng nhập', exact: true }).click({ timeout: SLOW });
  },
  async (p) => {
    await p.getByLabel('Nhập mã xác nhận').fill('123456', { timeout: SLOW });
    await p.getByRole('button', { name: 'Xác nhận', exact: true }).click({ timeout: SLOW });
  },
  async (p) => {
    await p.getByRole('checkbox').check({ timeout: SLOW });
    await p.getByRole('button', { name: 'Xác nhận chia sẻ' }).click({ timeout: SLOW });
  },
];
