/**
 * What the step card covers on the page (issue 10, item 3): the card's rectangle against the target, every
 * page control or short line of text named in the step's **bold** text, and the page's primary buttons (submit buttons and
 * filled buttons); and whether the card and its own buttons are inside the window. Measured in the page
 * with its own rules, written apart from the overlay's (lib/overlay/avoid.ts), so the test can disagree.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { KEEP_CLEAR_REFRESH_MS } from '../../../lib/overlay/placement';

export const SIZES = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

export interface Overlap {
  what: 'target' | 'named' | 'primary' | 'card-outside' | 'button-outside';
  name: string;
}

/** The texts a step names in bold (`**Gửi hồ sơ**`), as a reader sees them. */
export function boldTexts(body: string | undefined): string[] {
  if (!body) return [];
  return [...body.matchAll(/\*\*(.+?)\*\*/g)].map((m) => (m[1] ?? '').trim()).filter((t) => t.length >= 3);
}

export async function measureOverlaps(page: Page, bold: readonly string[]): Promise<Overlap[]> {
  return page.evaluate((names) => {
    const out: { what: string; name: string }[] = [];
    const host = document.querySelector('dvc-guide-overlay');
    const card = host?.shadowRoot?.querySelector('[role=dialog]')?.closest('.dvc-float') ?? host?.shadowRoot?.querySelector('[role=dialog]');
    if (!card) return out;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const c = card.getBoundingClientRect();
    // A line or a label is seen where its text is (a block label spans the row; its words sit at the start).
    const seen = (el: Element): DOMRect => {
      if (el.matches('input, select, textarea, button, [role=button], [role=radio], [role=checkbox], [role=combobox], [role=tab]')) return el.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? r : el.getBoundingClientRect();
    };
    const meets = (r: DOMRect): boolean => r.width > 0 && r.height > 0 && r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom;
    const inWindow = (r: DOMRect): boolean => r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < vh && r.left < vw;
    const shown = (el: Element): boolean => {
      const s = getComputedStyle(el);
      return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0 && inWindow(el.getBoundingClientRect());
    };
    const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
    const label = (el: Element): string => norm((el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 80));

    if (c.top < 0 || c.left < 0 || c.bottom > vh + 0.5 || c.right > vw + 0.5) out.push({ what: 'card-outside', name: `${Math.round(c.top)}..${Math.round(c.bottom)} of ${vh}` });
    for (const b of Array.from(card.querySelectorAll('.dvc-card__nav button'))) {
      const r = b.getBoundingClientRect();
      if (r.top < 0 || r.bottom > vh + 0.5 || r.right > vw + 0.5) out.push({ what: 'button-outside', name: label(b) });
    }

    const target = document.querySelector('[data-dvc-target]');
    if (target && meets(target.getBoundingClientRect())) out.push({ what: 'target', name: label(target) });

    const reported = new Set<Element>();
    const controls = Array.from(document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, label, legend, [role=button], [role=tab], [role=radio], [role=checkbox], [role=option], [role=combobox]'));
    for (const el of controls) {
      if (el.closest('dvc-guide-overlay') || !shown(el)) continue;
      const text = [el.getAttribute('aria-label'), el.textContent, (el as HTMLInputElement).value, el.getAttribute('placeholder')]
        .filter((x): x is string => !!x && x.length <= 120)
        .map(norm)
        .join(' | ');
      const named = names.find((n) => text.includes(norm(n)));
      if (named && meets(seen(el))) {
        out.push({ what: 'named', name: named });
        reported.add(el);
      }
    }
    // Lines of text the step names that are not controls ("thẻ có dòng **Cơ quan thực hiện: UBND**"): from
    // each text node that is part of a name up to the nearest element whose whole (short) text holds it.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const own = norm(node.nodeValue ?? '');
      const mine = own.length < 2 ? [] : names.filter((n) => norm(n).includes(own) || own.includes(norm(n)));
      if (mine.length === 0) continue;
      for (let el = node.parentElement; el && el !== document.body; el = el.parentElement) {
        const text = norm(el.textContent ?? '');
        if (text.length > 160) break;
        const named = mine.find((n) => text.includes(norm(n)));
        if (!named) continue;
        // The smallest element holding the name, not the list of lines that holds it too.
        if (Array.from(el.children).some((c) => norm(c.textContent ?? '').includes(norm(named)))) break;
        if (!reported.has(el) && !el.closest('dvc-guide-overlay') && shown(el) && meets(seen(el))) out.push({ what: 'named', name: `${named} (text)` });
        reported.add(el);
        break;
      }
    }
    for (const el of Array.from(document.querySelectorAll('button, input[type=submit], [role=button]'))) {
      if (el.closest('dvc-guide-overlay') || !shown(el)) continue;
      const submit = (el as HTMLButtonElement).type === 'submit' && el.closest('form') !== null;
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(el).backgroundColor);
      const filled = !!m && (m[4] === undefined || Number(m[4]) >= 0.5) && Math.max(+m[1]!, +m[2]!, +m[3]!) - Math.min(+m[1]!, +m[2]!, +m[3]!) > 40;
      if ((submit || filled) && meets(el.getBoundingClientRect())) out.push({ what: 'primary', name: label(el) });
    }
    return out;
  }, [...bold]) as Promise<Overlap[]>;
}

/**
 * Wait until the card has been placed for this window size (it sets data-placed-for), no re-place after a
 * page change is due (data-placing) and its slide to the new place has finished (no running transition),
 * checked once per frame; no fixed sleep.
 */

export async function cardSettled(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.waitForFunction(
    ([w, h]) => {
      const card = document.querySelector('dvc-guide-overlay')?.shadowRoot?.querySelector<HTMLElement>('.dvc-float');
      if (!card) return true;
      return window.innerWidth === w && window.innerHeight === h && card.dataset.placedFor === `${w}x${h}` && card.dataset.placing === undefined && card.getAnimations().length === 0;
    },
    [size.width, size.height] as const,
    { polling: 'raf', timeout: 5000 },
  );
}

// A tab in the background gets no frames: no resize event, no slide, so its card would be measured where
// it was for the last size. Pages walked side by side each get a window of their own (every window is
// shown), so they are measured at the same time instead of taking turns in one window's front tab: the
// page-by-page walk went from 267 s to 197 s (with the longest routes first, overlay-overlap.e2e.ts).
let opening: Promise<unknown> = Promise.resolve();

/** A new page in a window of its own. */
export function pageInOwnWindow(ctx: BrowserContext): Promise<Page> {
  // One at a time: the context's next "page" event is then the window just asked for.
  const page = opening.then(async () => {
    const opener = ctx.pages()[0] ?? (await ctx.newPage());
    const cdp = await ctx.newCDPSession(opener);
    const opened = ctx.waitForEvent('page');
    await cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true });
    await cdp.detach();
    return opened;
  });
  opening = page.catch(() => undefined);
  return page;
}

/** Measure at each window size (the card re-places itself on resize), the page in front of its window. */
export async function overlapsAtSizes(page: Page, bold: readonly string[]): Promise<string[]> {
  await page.bringToFront();
  return measureAtSizes(page, bold);
}

async function measureAtSizes(page: Page, bold: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await cardSettled(page, size);
    let here = await measureOverlaps(page, bold);
    if (here.length > 0) {
      // The page may have drawn something in the moment between the card settling and the measure (the
      // Ministry of Justice wizard draws its "Gửi hồ sơ" late, as the portal does): the card places itself
      // again within KEEP_CLEAR_REFRESH_MS (components/overlay/FloatingCard.tsx). What it still covers
      // once it has done so is what a person sees.
      await page.waitForTimeout(KEEP_CLEAR_REFRESH_MS + 200);
      await cardSettled(page, size);
      here = await measureOverlaps(page, bold);
    }
    for (const o of here) found.push(`${size.width}×${size.height} ${o.what}: ${o.name}`);
    // DVC_SHOTS=<folder>: a screenshot of each size with an overlap, to see what the card covers.
    if (here.length > 0 && process.env.DVC_SHOTS) await page.screenshot({ path: `${process.env.DVC_SHOTS}/${new URL(page.url()).pathname.replace(/\W+/g, '-')}-${size.width}.png` });
  }
  return found;
}
