/**
 * The content script carries lib/i18n/messages.ts, the whole product's core text table in two languages,
 * but shows only the overlay's part of it. In a self-contained bundle (one file, nothing imported later)
 * every key the code can ask for is in that file as text, so the table's other entries are bytes no page
 * needs: this drops them from both languages at build time.
 *
 * A key is kept when the bundle names it elsewhere: the key itself as a string, a string that is the key
 * up to one of its dots (`TIME_KEYS` gives 'time.day', the code adds '.one'), or a template literal that
 * begins with a part of it ending in a dot (`step.${kind}`). Anything else cannot be asked for.
 */
import type { Plugin } from 'vite';

/** The text of a template literal up to its first substitution. */
const TEMPLATE_HEAD = /`((?:\\.|[^`\\$])*)\$\{/g;
/** One `"key": "value"` entry of a table (the value a plain string). */
const ENTRY = /\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(["'])([\w.-]+)\1\s*:\s*(["'`])((?:\\.|(?!\3)[^\\])*)\3\s*,?/y;

interface Table {
  start: number;
  end: number;
  entries: Array<{ key: string; text: string }>;
}

/** The object literal starting at `open` (a `{`) when it is a table of string entries only; else null. */
function tableAt(code: string, open: number): Table | null {
  const entries: Table['entries'] = [];
  let at = open + 1;
  for (;;) {
    ENTRY.lastIndex = at;
    const m = ENTRY.exec(code);
    if (!m) break;
    entries.push({ key: m[2] as string, text: m[0] });
    at = ENTRY.lastIndex;
  }
  const close = /\s*(?:\/\/[^\n]*\n\s*)*\}/y;
  close.lastIndex = at;
  const end = close.exec(code);
  return end && entries.length > 0 ? { start: open + 1, end: close.lastIndex - 1, entries } : null;
}

/** The tables holding `marker` as a key (each language's table), found from that entry back to its `{`. */
function tablesWith(code: string, marker: string): Table[] {
  const tables: Table[] = [];
  const find = new RegExp(`["']${marker.replace(/\./g, '\\.')}["']\\s*:`, 'g');
  for (const m of code.matchAll(find)) {
    const open = code.lastIndexOf('{', m.index);
    const table = open >= 0 ? tableAt(code, open) : null;
    if (table && table.entries.some((e) => e.key === marker) && !tables.some((t) => t.start === table.start)) tables.push(table);
  }
  return tables;
}

/** `code` without the tables keyed by `marker`'s table, pruned to the keys the rest of `code` names. */
export function pruneMessageTables(code: string, marker: string): { code: string; dropped: string[] } {
  const tables = tablesWith(code, marker);
  if (tables.length === 0) return { code, dropped: [] };
  let rest = '';
  let from = 0;
  for (const t of [...tables].sort((a, b) => a.start - b.start)) {
    rest += code.slice(from, t.start);
    from = t.end;
  }
  rest += code.slice(from);
  // Plain text search, not a tokenizer: a quote inside a regex or a template cannot hide a key.
  const quoted = (s: string): boolean => rest.includes(`"${s}"`) || rest.includes(`'${s}'`) || rest.includes(`\`${s}\``);
  const heads = [...rest.matchAll(TEMPLATE_HEAD)].map((m) => m[1] as string).filter((h) => h.endsWith('.'));
  const named = (key: string): boolean => {
    if (quoted(key)) return true;
    for (let dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) if (quoted(key.slice(0, dot))) return true;
    return heads.some((h) => key.startsWith(h));
  };
  const droppedAll: string[] = [];
  let out = '';
  from = 0;
  for (const t of [...tables].sort((a, b) => a.start - b.start)) {
    out += code.slice(from, t.start);
    const kept = t.entries.filter((e) => named(e.key) || (droppedAll.push(e.key), false));
    out += kept.map((e) => e.text.trim().replace(/,?$/, ',')).join('');
    from = t.end;
  }
  out += code.slice(from);
  return { code: out, dropped: [...droppedAll] };
}

/**
 * Prunes lib/i18n/messages.ts's tables in the self-contained bundles whose file name starts with `prefix`
 * (the content scripts). Never in a bundle with chunks: a key named only in another chunk would be lost.
 */
export function pruneMessages(prefix: string, marker = 'guide.start'): Plugin {
  return {
    name: 'dvc-prune-messages',
    renderChunk(code, chunk) {
      if (!chunk.fileName.startsWith(prefix) || chunk.imports.length > 0 || chunk.dynamicImports.length > 0) return null;
      const pruned = pruneMessageTables(code, marker);
      return pruned.dropped.length > 0 ? { code: pruned.code, map: null } : null;
    },
  };
}
