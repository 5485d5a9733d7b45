/**
 * Publishes the sandbox portal (demo/portal) as static files a town can host for a training day:
 * `.output/practice/<label>/` per portal host (`dichvucong-gov-vn/`, `sso-dancuquocgia-gov-vn/`…), each
 * served as `<label>.<practice domain>` (lib/practice/hosts.ts). Every page carries the banner
 * "Bản luyện tập — không phải Cổng Dịch vụ công thật; chỉ dùng dữ liệu giả".
 *
 *   npm run build:practice -- --domain luyentap.phuong-mau.vn [--out .output/practice]
 *
 * Portal host names in the pages and scripts are rewritten to their practice hosts, so every link and
 * redirect (login and back, the ministry's wizard) stays on the practice site. The sandbox never sends
 * anything anywhere (no fetch, no form posts), and neither does this copy.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PORTAL_HOSTS } from '../lib/engine/hosts';
import { isPracticeDomain, practiceHost, practiceLabel } from '../lib/practice/hosts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PORTAL = path.join(ROOT, 'demo/portal');
export const PRACTICE_OUT = path.join(ROOT, '.output/practice');
export const DEFAULT_PRACTICE_DOMAIN = 'luyentap.test';
export const BANNER_TEXT = 'Bản luyện tập — không phải Cổng Dịch vụ công thật; chỉ dùng dữ liệu giả';

const BANNER = `<div class="dvc-practice-banner" role="note" lang="vi" style="position:sticky;top:0;z-index:2147483000;margin:0;padding:8px 12px;background:#ffdd00;color:#0b0c0c;font:700 16px/1.4 system-ui,sans-serif;text-align:center;border-bottom:3px solid #0b0c0c">${BANNER_TEXT}</div>`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rewrites every portal host name (longest first, whole names only) to its practice host. */
export function rewriteHosts(text: string, domain: string): string {
  const hosts = [...PORTAL_HOSTS].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\w.-])(${hosts.map(escapeRegExp).join('|')})(?![\\w-])`, 'g');
  return text.replace(re, (h) => practiceHost(h, domain));
}

/** The pages are apps that set their own title; this keeps "[Luyện tập]" in front of it (the browser tab says it too). */
const TITLE_KEEPER = `<script>(function(){var p='[Luyện tập] ';function f(){if(document.title.indexOf(p)!==0)document.title=p+document.title}f();new MutationObserver(f).observe(document.head,{subtree:true,childList:true,characterData:true})})()</script>`;

/**
 * The practice tab's icon, served from each host's own folder: yellow and black like the banner, so a
 * trainee with several tabs open tells the practice copy from the real portal at a glance. Named by every
 * page, it also spares the browser asking the town's static server for a /favicon.ico it does not have
 * (a 404 in the console of every practice page).
 */
export const PRACTICE_ICON_PATH = '/__sandbox/practice-icon.svg';
const PRACTICE_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="1" y="1" width="30" height="30" rx="4" fill="#ffdd00" stroke="#0b0c0c" stroke-width="2"/><text x="16" y="22" font-family="system-ui,sans-serif" font-size="15" font-weight="700" text-anchor="middle" fill="#0b0c0c">LT</text></svg>\n`;
const ICON_LINK = `<link rel="icon" type="image/svg+xml" href="${PRACTICE_ICON_PATH}">`;

/** Adds the banner first in <body>, says in <title> that it is practice, and names the practice icon. */
export function addBanner(html: string): string {
  const withBanner = html.replace(/<body([^>]*)>/i, (whole) => `${whole}\n${BANNER}\n${TITLE_KEEPER}`);
  const head = /<head(\s[^>]*)?>/i;
  // A page without <head> still gets one icon link: browsers read it in <body> too.
  return head.test(withBanner) ? withBanner.replace(head, (whole) => `${whole}\n${ICON_LINK}`) : withBanner.replace(BANNER, `${ICON_LINK}\n${BANNER}`);
}

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(full)));
    else out.push(full);
  }
  return out;
}

export async function buildPractice(opts: { domain?: string; outDir?: string } = {}): Promise<{ outDir: string; hosts: string[]; pages: number }> {
  const domain = opts.domain ?? DEFAULT_PRACTICE_DOMAIN;
  if (!isPracticeDomain(domain)) throw new Error(`Tên miền luyện tập không hợp lệ: "${domain}" (ví dụ: luyentap.phuong-mau.vn)`);
  const outDir = opts.outDir ?? PRACTICE_OUT;
  await rm(outDir, { recursive: true, force: true });
  const hosts = (await readdir(PORTAL, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && (PORTAL_HOSTS as readonly string[]).includes(e.name))
    .map((e) => e.name);
  let pages = 0;
  for (const host of hosts) {
    const target = path.join(outDir, practiceLabel(host));
    await cp(path.join(PORTAL, host), target, { recursive: true });
    // The pages load the shared helpers from /__sandbox/ on their own host.
    await cp(path.join(PORTAL, '_shared'), path.join(target, '__sandbox'), { recursive: true });
    await writeFile(path.join(target, PRACTICE_ICON_PATH), PRACTICE_ICON);
    for (const file of await files(target)) {
      const ext = path.extname(file);
      // HkdOnline's pages keep their real .aspx addresses (the guides' page patterns name them).
      const page = ext === '.html' || ext === '.aspx';
      if (!page && ext !== '.js' && ext !== '.css') continue;
      let text = rewriteHosts(await readFile(file, 'utf8'), domain);
      if (page) {
        text = addBanner(text);
        pages++;
      }
      await writeFile(file, text);
    }
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(
    path.join(outDir, 'README.txt'),
    [
      BANNER_TEXT,
      '',
      `Tên miền luyện tập: ${domain}`,
      'Mỗi thư mục là một trang, phục vụ tại <tên thư mục>.' + domain + ' (ví dụ dichvucong-gov-vn.' + domain + ').',
      'Các trang là ứng dụng một trang: địa chỉ không phải tệp thì trả về index.html của thư mục đó.',
      'Tệp .aspx (trang HkdOnline) là trang HTML: máy chủ phải gửi chúng với kiểu text/html.',
      'Xem hướng dẫn chi tiết trong README của dự án, mục "Cổng luyện tập".',
      '',
    ].join('\n'),
  );
  return { outDir, hosts: hosts.map((h) => practiceHost(h, domain)), pages };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const out = arg('--out');
  buildPractice({ domain: arg('--domain') ?? DEFAULT_PRACTICE_DOMAIN, ...(out ? { outDir: path.resolve(out) } : {}) })
    .then(({ outDir, hosts, pages }) => {
      console.log(`Cổng luyện tập: ${path.relative(ROOT, outDir)}/ (${pages} trang, ${hosts.length} trang web)`);
      for (const h of hosts) console.log(`  ${h}`);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
