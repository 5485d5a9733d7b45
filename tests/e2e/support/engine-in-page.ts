/**
 * The overlay's own target finder (lib/engine/targets.ts), bundled once with vite for use inside a test page:
 * `window.__dvcFind(strategies)` marks the element the engine would point at with data-dvc-e2e-found and
 * returns its accessible description, or null. Tests then ask the same question the overlay asks.
 */
import path from 'node:path';
import { build } from 'vite';
import { ROOT } from './paths';

let cached: Promise<string> | undefined;

export function engineScript(): Promise<string> {
  cached ??= (async () => {
    const out = await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      publicDir: false,
      build: {
        write: false,
        minify: false,
        lib: { entry: path.join(ROOT, 'tests/e2e/support/engine-entry.ts'), formats: ['iife'], name: 'DvcEngineE2e', fileName: () => 'engine.js' },
      },
    });
    const outputs = Array.isArray(out) ? out : [out];
    for (const o of outputs) {
      if ('output' in o) for (const chunk of o.output) if (chunk.type === 'chunk') return chunk.code;
    }
    throw new Error('engine bundle: no chunk');
  })();
  return cached;
}
