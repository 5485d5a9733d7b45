/**
 * What `npm start` runs: the sandbox (town page, widget, portal pages) on one port that answers both http
 * and https. The extension opens a guide's start page at https://dichvucong.gov.vn/… ("Bắt đầu phiên",
 * the finder's "Mở trang"), so plain http alone left that tab on a connection error while the side panel
 * said it had opened. https is served as the e2e tests do (tls-front.ts: a throwaway self-signed
 * certificate), and the printed browser command accepts it. Without openssl the demo still runs, on http
 * only, and says what will not open.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PORTAL_HOSTS } from '../../lib/engine/hosts';
import { startSandboxServer, type SandboxServer } from './sandbox-server';
import { startTlsFront, type TlsFront } from './tls-front';

export interface Demo {
  port: number;
  /** The portal's https addresses answer too. */
  https: boolean;
  /** What to print: the addresses and how to start a browser on them. */
  lines: string[];
  close(): Promise<void>;
}

function folder(root: string, rel: string): string {
  const abs = path.join(root, rel);
  return existsSync(abs) ? abs : `${abs}  (chưa có: chạy npm run build / not built yet)`;
}

export async function startDemo(opts: { port: number; root: string }): Promise<Demo> {
  let server: SandboxServer;
  let front: TlsFront | null = null;
  let reason = '';
  const backend = await startSandboxServer({ port: 0, root: opts.root });
  try {
    front = await startTlsFront(backend.port, { port: opts.port });
    server = backend;
  } catch (err) {
    // A port in use is the person's to fix; a missing openssl only costs the https pages.
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      await backend.close();
      throw err;
    }
    reason = err instanceof Error ? err.message.split('\n')[0] ?? '' : String(err);
    await backend.close();
    server = await startSandboxServer({ port: opts.port, root: opts.root });
  }
  const port = front ? front.port : server.port;
  const url = `http://127.0.0.1:${port}`;
  const rules = PORTAL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const chromeExt = path.join(opts.root, '.output', 'chrome-mv3');
  const lines = [
    `Máy chủ thử nghiệm dvc-guide đang chạy / dvc-guide demo server running`,
    ``,
    `  Trang web xã/phường (widget) / town page:   ${url}/`,
    `  Hướng dẫn quản trị web / webmaster page:     ${url}/webmaster/`,
    `  Danh sách trang thử nghiệm / sandbox index:  ${url}/sandbox/`,
    ``,
    `  Tiện ích Chrome / Chrome extension:   ${folder(opts.root, '.output/chrome-mv3')}`,
    `  Tiện ích Firefox / Firefox extension: ${folder(opts.root, '.output/firefox-mv3')}`,
    ``,
    `Thử tiện ích trên cổng giả lập / try the extension against the sandbox (Chromium):`,
    ``,
    `  chromium --user-data-dir="$(mktemp -d)" --load-extension="${chromeExt}" \\`,
    `    --host-resolver-rules="${rules}" \\`,
    ...(front ? [`    --ignore-certificate-errors \\`] : []),
    `    http://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7`,
    ``,
    front
      ? `  https://… cổng giả lập dùng chứng chỉ tạm tự ký (chỉ cho hồ sơ trình duyệt thử này) / the sandbox's https uses a throwaway self-signed certificate (only for this throwaway browser profile).`
      : `  Không có https (${reason}): "Bắt đầu phiên" và "Mở trang" mở https://… sẽ không tải được; cài openssl rồi chạy lại. / No https: pages the extension opens at https://… will not load; install openssl and restart.`,
    ``,
    `Firefox: about:debugging → Load Temporary Add-on → .output/firefox-mv3/manifest.json, then Settings →`,
    `  Network Settings → Manual proxy configuration: HTTP Proxy 127.0.0.1 Port ${port} (not for HTTPS),`,
    `  or in about:config: network.proxy.type=1, network.proxy.http=127.0.0.1, network.proxy.http_port=${port},`,
    `  network.proxy.allow_hijacking_localhost=true, dom.security.https_only_mode=false.`,
    `  Open http://dichvucong.gov.vn/ (the proxy carries plain http only: in Firefox, pages opened at https://… do not load).`,
    ``,
    `Ctrl+C để dừng / to stop.`,
  ];
  return {
    port,
    https: front !== null,
    lines,
    async close() {
      await front?.close();
      await server.close();
    },
  };
}
