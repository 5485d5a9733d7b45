/**
 * The local stand-in for the portals: one HTTP server that answers for every portal host name (chosen by the
 * Host header, or by the absolute URL of a proxy request, which is what Firefox sends when it uses us as its
 * HTTP proxy) and, for any other host, serves the demo town website, the built widget and a sandbox index.
 *
 * Used by the e2e tests and by `npm start` (scripts/demo-server.ts). Node built-ins only.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PORTAL_HOSTS, isPortalHost } from '../../lib/engine/hosts';

export interface SandboxServerOptions {
  /** 0 or absent: any free port (tests). */
  port?: number;
  /** The repository root; default: two folders above this file. */
  root?: string;
  /**
   * Serve the real captured DOM (../shared/portal/captures) at its real host, path and query instead of our
   * sandbox page, e.g. dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-… or
   * dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26360. Pages without a capture still get the sandbox.
   */
  realCaptures?: boolean;
  /** Default: <root>/../shared/portal/captures. */
  capturesDir?: string;
  /** Interface to listen on; default 127.0.0.1. */
  listenHost?: string;
}

export interface SandboxServer {
  port: number;
  /** http://127.0.0.1:<port> (the town website; portal pages need a host mapping). */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // HkdOnline's pages are ASP.NET WebForms (`…/ConfirmPrepare.aspx`): HTML under their real names.
  '.aspx': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const DEFAULT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A capture and the query parameters its URL had (the police portal tells procedures apart by ?matt=). */
interface CaptureRoute {
  file: string;
  query: [string, string][];
}

/** Where each capture was taken from, read from captures/urls.json (file name → URL), keyed by host + path. */
function readCaptureRoutes(capturesDir: string): Map<string, CaptureRoute[]> {
  const routes = new Map<string, CaptureRoute[]>();
  const file = path.join(capturesDir, 'urls.json');
  if (!existsSync(file)) return routes;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (parsed === null || typeof parsed !== 'object') return routes;
  for (const [name, url] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof url !== 'string') continue;
    const u = new URL(url);
    if (!isPortalHost(u.hostname)) continue;
    const key = `${u.hostname}${u.pathname.replace(/\/+$/, '')}`;
    routes.set(key, [...(routes.get(key) ?? []), { file: path.join(capturesDir, name), query: [...u.searchParams.entries()] }]);
  }
  return routes;
}

/** The capture for a request: same host and path, and every query parameter the capture's URL had. */
function captureFor(routes: Map<string, CaptureRoute[]>, host: string, pathname: string, search: string): string | undefined {
  const params = new URLSearchParams(search);
  const candidates = routes.get(`${host}${pathname.replace(/\/+$/, '')}`) ?? [];
  return candidates.find((c) => c.query.every(([k, v]) => params.getAll(k).includes(v)))?.file;
}

/** Host and path of a request: absolute-URL proxy requests carry the host in the request line. */
function routeOf(req: { url?: string; headers: http.IncomingHttpHeaders }): { host: string; pathname: string; search: string } {
  const raw = req.url ?? '/';
  const absolute = /^[a-z]+:\/\//i.test(raw);
  const hostHeader = (req.headers.host ?? 'localhost').toLowerCase();
  const u = new URL(absolute ? raw : `http://${hostHeader}${raw.startsWith('/') ? raw : `/${raw}`}`);
  return { host: u.hostname.toLowerCase(), pathname: u.pathname, search: u.search };
}

/** Decoded path segments, or null when the path tries to leave its folder. */
function safeSegments(pathname: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  return segments;
}

/** A file inside `base`, or null. Checks the resolved path too, so no link or odd segment escapes. */
function fileIn(base: string, segments: string[]): string | null {
  const target = path.resolve(base, ...segments);
  if (target !== base && !target.startsWith(base + path.sep)) return null;
  if (!existsSync(target)) return null;
  const st = statSync(target);
  if (st.isDirectory()) {
    const index = path.join(target, 'index.html');
    return existsSync(index) ? index : null;
  }
  return st.isFile() ? target : null;
}

function sendFile(res: http.ServerResponse, file: string, method: string, status = 200): void {
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(status, {
    'content-type': type,
    'content-length': statSync(file).size,
    // The sandbox changes while people develop against it; never let a browser keep an old page.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

function sendHtml(res: http.ServerResponse, status: number, html: string, method: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(method === 'HEAD' ? undefined : html);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function notFoundPage(what: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không tìm thấy trang (404)</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1e293b}</style></head>
<body><main><h1>Không tìm thấy trang</h1>
<p>Máy chủ thử nghiệm không có trang <code>${escapeHtml(what)}</code>.</p>
<p lang="en">Page not found on the local sandbox server.</p>
<p><a href="/sandbox/">Danh sách trang thử nghiệm</a></p></main></body></html>`;
}

/** Links to every sandbox page, with the host mapping people need to open them. */
function sandboxIndex(port: number): string {
  const item = (href: string, label: string): string =>
    `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a> <code>${escapeHtml(href)}</code></li>`;
  const portal = [
    item('http://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7', 'Thủ tục đăng ký khai sinh (1.001193)'),
    item('http://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-7704-7449-9e95-fe7ebb959aa2', 'Đăng ký thường trú (1.004222)'),
    item('http://dichvucong.gov.vn/tra-cuu-ho-so', 'Tra cứu hồ sơ'),
    item('http://dichvucong.gov.vn/thanh-toan-truc-tuyen', 'Thanh toán trực tuyến'),
    item('http://sso.dancuquocgia.gov.vn/auth?response_type=code&client_id=sso-c12-dvc-web&redirect_uri=http%3A%2F%2Fdichvucong.gov.vn%2Fsso&scope=openid', 'Đăng nhập VNeID'),
    item('http://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/1.001193', 'Bộ Tư pháp: nộp hồ sơ khai sinh'),
    item('http://lienthong.dichvucong.gov.vn/#/ke-khai/2.000987', 'Liên thông khai sinh – thường trú – BHYT'),
    item('http://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/1.000656?doiTuong=null', 'Bộ Tư pháp: nộp hồ sơ khai tử'),
    item('http://lienthong.dichvucong.gov.vn/#/ke-khai/1.006714', 'Liên thông khai tử – xóa thường trú – tử tuất'),
    item('http://hokinhdoanh.dkkd.gov.vn/HkdOnline/Forms/APP/ConfirmPrepare.aspx', 'Đăng ký hộ kinh doanh: xác nhận và nộp hồ sơ'),
    item('http://tokhaidientu.moj.gov.vn/', 'Tờ khai điện tử (Bộ Tư pháp)'),
    item('http://dichvucong.nghean.gov.vn/', 'Cổng dịch vụ công Nghệ An (giả lập)'),
    item('http://dichvucong.bocongan.gov.vn/bocongan/bothutuc?linh_vuc=QL_CU_TRU', 'Cổng dịch vụ công Bộ Công an: thủ tục cư trú'),
    item('http://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26360', 'Bộ Công an: đăng ký thường trú (matt 26360)'),
    item('http://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=61555', 'Bộ Công an: phiếu lý lịch tư pháp (matt 61555)'),
    item('http://dichvucong.dancuquocgia.gov.vn/portal/p/home/dang-ky-thuong-tru.html', 'Biểu mẫu đăng ký thường trú'),
    item('http://dichvucong.dancuquocgia.gov.vn/portal/p/home/dang-ky-tam-tru.html', 'Biểu mẫu đăng ký tạm trú'),
    item('http://dichvucong.dancuquocgia.gov.vn/portal/p/home/thong-bao-luu-tru.html', 'Biểu mẫu thông báo lưu trú'),
    item('http://dichvucong.dancuquocgia.gov.vn/portal/p/home/xem-ho-so.html?type=2', 'Hồ sơ cư trú của tôi'),
  ].join('\n');
  const rules = PORTAL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang thử nghiệm dvc-guide</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1e293b}code{font-size:.85em;word-break:break-all}li{margin:.4rem 0}</style></head>
<body><main>
<h1>Trang thử nghiệm (sandbox)</h1>
<p>Các trang dưới đây do dự án tự viết, mô phỏng cấu trúc cổng dịch vụ công; không gửi dữ liệu đi đâu.
Để mở bằng tên miền thật, trình duyệt cần trỏ các tên miền về máy này:</p>
<pre><code>--host-resolver-rules="${escapeHtml(rules)}"</code></pre>
<h2>Cổng dịch vụ công (giả lập)</h2>
<ul>
${portal}
</ul>
<h2>Trang khác</h2>
<ul>
${item('/', 'Trang web của xã/phường (có widget)')}
${item('/webmaster/', 'Hướng dẫn cho quản trị web')}
${item('/other/', 'Trang không phải cổng dịch vụ công')}
</ul>
</main></body></html>`;
}

interface Context {
  root: string;
  portalDir: string;
  townDir: string;
  widgetDir: string;
  guidesDir: string;
  capturesDir: string;
  captureRoutes: Map<string, CaptureRoute[]>;
  realCaptures: boolean;
  port: () => number;
}

function handlePortal(ctx: Context, host: string, pathname: string, search: string, method: string, res: http.ServerResponse): void {
  const segments = safeSegments(pathname);
  if (segments === null) {
    sendHtml(res, 400, notFoundPage(pathname), method);
    return;
  }
  if (ctx.realCaptures) {
    const capture = captureFor(ctx.captureRoutes, host, pathname, search);
    if (capture && existsSync(capture)) {
      sendFile(res, capture, method);
      return;
    }
  }
  // Code shared by every sandbox host (stylesheet, helpers); real portals would each ship their own.
  if (segments[0] === '__sandbox') {
    const shared = fileIn(path.join(ctx.portalDir, '_shared'), segments.slice(1));
    if (shared) sendFile(res, shared, method);
    else sendHtml(res, 404, notFoundPage(pathname), method);
    return;
  }
  const hostDir = path.join(ctx.portalDir, host);
  const last = segments[segments.length - 1] ?? '';
  const file = segments.length > 0 ? fileIn(hostDir, segments) : null;
  if (file) {
    sendFile(res, file, method);
    return;
  }
  // Like the real single-page apps, every route gets the one app shell, except missing static files (a
  // route like /nop-ho-so/1.001193 has a dot but is not a file).
  const shell = path.join(hostDir, 'index.html');
  const staticExt = path.extname(last).toLowerCase() in CONTENT_TYPES;
  if (!staticExt && existsSync(shell)) {
    sendFile(res, shell, method);
    return;
  }
  sendHtml(res, 404, notFoundPage(`${host}${pathname}`), method);
}

function handleLocal(ctx: Context, pathname: string, method: string, res: http.ServerResponse): void {
  const segments = safeSegments(pathname);
  if (segments === null) {
    sendHtml(res, 400, notFoundPage(pathname), method);
    return;
  }
  const [first, ...rest] = segments;
  let file: string | null = null;
  if (first === undefined) file = fileIn(ctx.townDir, ['index.html']);
  else if (first === 'widget') file = fileIn(ctx.widgetDir, rest);
  else if (first === 'other') file = fileIn(path.join(ctx.root, 'demo', 'other'), rest);
  // The bank's payment page the residence form opens: a stand-in on the local host, never a portal host.
  else if (first === 'ngan-hang' && rest.length === 0) file = fileIn(path.join(ctx.root, 'demo', 'other'), ['ngan-hang.html']);
  else if (first === 'webmaster' && rest.length === 0) file = fileIn(ctx.townDir, ['webmaster.html']);
  else if (first === 'guides' && rest.length === 1 && rest[0]?.endsWith('.json')) file = fileIn(ctx.guidesDir, rest);
  else if (first === '__real' && rest.length === 1) file = fileIn(ctx.capturesDir, rest);
  else if (first === 'sandbox' && rest.length === 0) {
    sendHtml(res, 200, sandboxIndex(ctx.port()), method);
    return;
  } else file = fileIn(ctx.townDir, segments);
  if (file) sendFile(res, file, method);
  else sendHtml(res, 404, notFoundPage(pathname), method);
}

export function startSandboxServer(opts: SandboxServerOptions = {}): Promise<SandboxServer> {
  const root = path.resolve(opts.root ?? DEFAULT_ROOT);
  const capturesDir = path.resolve(opts.capturesDir ?? path.join(root, '..', 'shared', 'portal', 'captures'));
  let boundPort = 0;
  const ctx: Context = {
    root,
    portalDir: path.join(root, 'demo', 'portal'),
    townDir: path.join(root, 'demo', 'town'),
    widgetDir: path.join(root, '.output', 'widget'),
    guidesDir: path.join(root, 'guides'),
    capturesDir,
    captureRoutes: opts.realCaptures ? readCaptureRoutes(capturesDir) : new Map(),
    realCaptures: opts.realCaptures === true,
    port: () => boundPort,
  };

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      // The sandbox never receives form data: pages handle everything in the browser.
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Phương thức không được hỗ trợ (405)');
      return;
    }
    // URL parsing would quietly resolve "..", but a request that tries it deserves a plain refusal.
    if (/(^|\/|%2f)(\.|%2e){2}(\/|%2f|$)/i.test((req.url ?? '').split('?')[0] ?? '')) {
      sendHtml(res, 400, notFoundPage(req.url ?? ''), method);
      return;
    }
    let route: ReturnType<typeof routeOf>;
    try {
      route = routeOf(req);
    } catch {
      sendHtml(res, 400, notFoundPage(req.url ?? ''), method);
      return;
    }
    if (route.pathname === '/favicon.ico') {
      // Browsers ask every host for one; an empty answer keeps test consoles free of 404 noise.
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
      return;
    }
    if (isPortalHost(route.host)) handlePortal(ctx, route.host, route.pathname, route.search, method, res);
    else handleLocal(ctx, route.pathname, method, res);
  });
  // A browser using us as its proxy may try to tunnel https; we only speak http, so refuse clearly.
  server.on('connect', (_req, socket) => {
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n');
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.listenHost ?? '127.0.0.1', () => {
      boundPort = (server.address() as AddressInfo).port;
      resolve({
        port: boundPort,
        url: `http://127.0.0.1:${boundPort}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
