/**
 * `npm start`: serves the demo town website, the built widget and the portal sandbox, and prints how to try
 * the built extension against the sandbox. Opens no browser, so it works on a headless machine.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemo } from './lib/demo';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 8790;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT must be a port number, got "${raw}"`);
  return n;
}

async function main(): Promise<void> {
  const server = await startDemo({ port: parsePort(process.env.PORT), root: ROOT });
  process.stdout.write(`${server.lines.join('\n')}\n`);

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
