/**
 * The portal's https addresses in front of the plain-http sandbox. The extension opens a guide's start page
 * at https://dichvucong.gov.vn/…, and Chromium's --host-resolver-rules maps a host name to one port whatever
 * the scheme, so this front listens on one port and looks at the first byte of each connection: a TLS
 * handshake (0x16) goes to a TLS server with a throwaway self-signed certificate (made with openssl in a temp
 * folder, never kept in the repository) that passes the clear text on; plain http goes straight through. The browser is started
 * with --ignore-certificate-errors.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';

export interface TlsFront {
  port: number;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dvc-guide-tls-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=dichvucong.gov.vn'], { stdio: 'ignore' });
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pipeTo(backendPort: number, client: net.Socket, first?: Buffer): void {
  const upstream = net.connect(backendPort, '127.0.0.1');
  if (first) upstream.write(first);
  client.pipe(upstream).pipe(client);
  const end = (): void => {
    client.destroy();
    upstream.destroy();
  };
  client.on('error', end);
  upstream.on('error', end);
}

/** `port`: where the front listens (0 or absent: any free port). Throws when openssl is missing. */
export async function startTlsFront(backendPort: number, opts: { port?: number } = {}): Promise<TlsFront> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  // TLS ends on a port of its own; the front hands it the raw bytes (a socket already read from cannot
  // be given to a TLS server directly).
  const secure = tls.createServer(selfSignedCertificate(), (clear) => {
    track(clear);
    pipeTo(backendPort, clear);
  });
  secure.on('connection', track);
  await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
  const securePort = (secure.address() as net.AddressInfo).port;
  const front = net.createServer((socket) => {
    track(socket);
    socket.on('error', () => socket.destroy());
    socket.once('data', (chunk: Buffer) => pipeTo(chunk[0] === 0x16 ? securePort : backendPort, socket, chunk));
  });
  await new Promise<void>((resolve, reject) => {
    front.once('error', (err) => {
      secure.close();
      reject(err);
    });
    front.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  return {
    port: (front.address() as net.AddressInfo).port,
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all([new Promise((r) => front.close(r)), new Promise((r) => secure.close(r))]);
    },
  };
}
