/**
 * Build settings shared by the extension (wxt.config.ts) and the widget (scripts/build-widget.ts), so both
 * ship the same lean code.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The signals packages' "browser" export is an ES5-syntax build; their ".mjs" is the same production
 * code in modern syntax (arrow functions, const), a little smaller. Neither has a development variant.
 */
export const SIGNALS_MODERN = [
  { find: /^@preact\/signals$/, replacement: path.join(ROOT, 'node_modules/@preact/signals/dist/signals.mjs') },
  { find: /^@preact\/signals-core$/, replacement: path.join(ROOT, 'node_modules/@preact/signals-core/dist/signals-core.mjs') },
];

/** Collapses whitespace outside quoted strings, and drops it next to `{`, `}` and `;` (never meaningful there). */
function minifyCss(css: string): string {
  return css
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, ' ').replace(/ ?([{};]) ?/g, '$1').replace(/;}/g, '}')))
    .join('')
    .trim();
}

function sameFile(id: string, file: string): boolean {
  return path.resolve(id.split('?')[0] ?? id) === file;
}

/**
 * The style modules are written one rule per line for review; the line breaks are bytes no page needs.
 * Each plain template literal in them (a CSS string without `${}`) is minified at build time.
 */
export function minifyStyleStrings(files: readonly string[]): Plugin {
  return {
    name: 'dvc-minify-style-strings',
    enforce: 'pre',
    transform(code, id) {
      if (!files.some((f) => sameFile(id, f))) return null;
      return { code: code.replace(/`([^`$\\]*)`/g, (_whole, css: string) => JSON.stringify(minifyCss(css))), map: null };
    },
  };
}
