/**
 * `npm start`: serves the demo town website, the built widget and the portal sandbox, and prints how to try
 * the built extension against the sandbox. Opens no browser, so it works on a headless machine.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PORTAL_HOSTS } from '../lib/engine/hosts';
import { startSandboxServer } from './lib/sandbox-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 8790;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT must be a port number, got "${raw}"`);
  return n;
}

function folder(rel: string): string {
  const abs = path.join(ROOT, rel);
  return existsSync(abs) ? abs : `${abs}  (chưa có: chạy npm run build / not built yet)`;
}

async function main(): Promise<void> {
  const server = await startSandboxServer({ port: parsePort(process.env.PORT), root: ROOT });
  const { port, url } = server;
  const rules = PORTAL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const chromeExt = path.join(ROOT, '.output', 'chrome-mv3');
  const lines = [
    `Máy chủ thử nghiệm dvc-guide đang chạy / dvc-guide demo server running`,
    ``,
    `  Trang web xã/phường (widget) / town page:   ${url}/`,
    `  Hướng dẫn quản trị web / webmaster page:     ${url}/webmaster/`,
    `  Danh sách trang thử nghiệm / sandbox index:  ${url}/sandbox/`,
    ``,
    `  Tiện ích Chrome / Chrome extension:   ${folder('.output/chrome-mv3')}`,
    `  Tiện ích Firefox / Firefox extension: ${folder('.output/firefox-mv3')}`,
    ``,
    `Thử tiện ích trên cổng giả lập / try the extension against the sandbox (Chromium):`,
    ``,
    `  chromium --user-data-dir="$(mktemp -d)" --load-extension="${chromeExt}" \\`,
    `    --host-resolver-rules="${rules}" \\`,
    `    http://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7`,
    ``,
    `Firefox: about:debugging → Load Temporary Add-on → .output/firefox-mv3/manifest.json, then Settings →`,
    `  Network Settings → Manual proxy configuration: HTTP Proxy 127.0.0.1 Port ${port} (not for HTTPS),`,
    `  or in about:config: network.proxy.type=1, network.proxy.http=127.0.0.1, network.proxy.http_port=${port},`,
    `  network.proxy.allow_hijacking_localhost=true, dom.security.https_only_mode=false.`,
    `  Open http://dichvucong.gov.vn/ (plain http: the sandbox has no TLS).`,
    ``,
    `Ctrl+C để dừng / to stop.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: đang dừng máy chủ / stopping…\n`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Không khởi động được máy chủ / could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
