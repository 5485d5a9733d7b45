// @vitest-environment node
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from './demo';

const KHAI_SINH = '/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';

/** A GET to the demo port as the mapped browser sends it: the portal's host name, http or https. */
function get(scheme: 'http' | 'https', port: number, host: string, pathName: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const lib = scheme === 'https' ? https : http;
    const req = lib.request(
      { host: '127.0.0.1', port, path: pathName, headers: { host }, servername: host, rejectUnauthorized: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo({ port: 0, root: path.resolve(import.meta.dirname, '../..') });
});
afterAll(async () => {
  await demo?.close();
});

describe('npm start', () => {
  it('answers the portal start page the extension opens at https:// ("Bắt đầu phiên"), on the same port as http', async () => {
    expect(demo.https).toBe(true);
    const secure = await get('https', demo.port, 'dichvucong.gov.vn', KHAI_SINH);
    expect(secure.status).toBe(200);
    expect(secure.body).toMatch(/<html/i);
    expect((await get('http', demo.port, 'dichvucong.gov.vn', KHAI_SINH)).status).toBe(200);
  });

  it('prints a browser command that accepts the throwaway certificate, mapped to the port it serves', () => {
    const text = demo.lines.join('\n');
    expect(text).toContain('--ignore-certificate-errors');
    expect(text).toContain(`MAP dichvucong.gov.vn 127.0.0.1:${demo.port}`);
    expect(text).toContain(`http://127.0.0.1:${demo.port}/`);
  });
});
