/**
 * A plain static file server for the published practice portal, as a town's web server would serve it:
 * the first label of the Host header picks the folder (`dichvucong-gov-vn.luyentap.test` ->
 * `dichvucong-gov-vn/`), a path that is a file is sent, any other path gets the folder's index.html (the
 * pages are single-page apps). GET and HEAD only. Used by the e2e test and for a local training day.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // HkdOnline's pages keep their real addresses; they are HTML.
  '.aspx': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface PracticeServer {
  port: number;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, file: string, head: boolean): void {
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  if (head) res.end();
  else createReadStream(file).pipe(res);
}

/** `tls`: serve https with this key and certificate (as a town would); without it plain http. */
export function startPracticeServer(root: string, port = 0, tls?: { key: string; cert: string }): Promise<PracticeServer> {
  const base = path.resolve(root);
  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const label = (req.headers.host ?? '').split(':')[0]?.split('.')[0] ?? '';
    const site = path.join(base, label);
    if (!/^[a-z0-9-]+$/.test(label) || !existsSync(site)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không có trang luyện tập này.');
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.resolve(site, `.${pathname}`);
    if (!file.startsWith(site + path.sep) && file !== site) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isFile()) send(res, file, head);
    else if (path.extname(pathname) && !pathname.endsWith('.html')) res.writeHead(404).end();
    else if (existsSync(path.join(site, 'index.html'))) send(res, path.join(site, 'index.html'), head);
    else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không có trang này.');
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
