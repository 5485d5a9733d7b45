/**
 * The problem record and its JSON path, without any wording: what lib/guide/load.ts needs to say where.
 * The words are in problems.ts (the widget loads them only for a broken file, see scripts/build-widget.ts).
 */
export type Severity = 'error' | 'warning';

export interface GuideProblem {
  file: string;
  /** JSON path like `steps[2].target[0].css`; ROOT_PATH for the whole file. */
  path: string;
  code: string;
  vi: string;
  en: string;
  line?: number;
  column?: number;
  severity: Severity;
}

export type PathSegment = string | number;

export const ROOT_PATH = '(gốc)/(root)';

export type Msg = { vi: string; en: string };

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatJsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return ROOT_PATH;
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = String(seg);
      out += IDENT.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** One line for a terminal or an Error message: `file: path: vi / en (line:column)`. */
export function formatProblem(p: GuideProblem): string {
  const where = p.line !== undefined ? ` (${p.line}:${p.column ?? 1})` : '';
  const prefix = p.severity === 'warning' ? 'CẢNH BÁO / WARNING: ' : '';
  return `${prefix}${p.file}: ${p.path}: ${p.vi} / ${p.en}${where}`;
}

export function problem(
  file: string,
  path: readonly PropertyKey[],
  code: string,
  msg: Msg,
  severity: Severity = 'error',
): GuideProblem {
  return { file, path: formatJsonPath(path), code, vi: msg.vi, en: msg.en, severity };
}
