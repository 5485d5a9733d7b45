/**
 * Which source file each byte of a minified bundle came from, read from its source map; used by
 * `npm run size -- --breakdown` to show where the widget's budget goes.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One mapping segment's fields (VLQ, relative to the previous segment as the format says). */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

/** [source, text] runs covering `code`; bytes before the first mapping of a line count as "(unmapped)". */
export function attributeBytes(code: string, sources: readonly string[], mappings: string): [string, string][] {
  const lines = code.split('\n');
  const out: [string, string][] = [];
  let sourceIndex = 0;
  mappings.split(';').forEach((lineMap, lineNo) => {
    const line = lines[lineNo] ?? '';
    let column = 0;
    let last = 0;
    let lastSource = '(unmapped)';
    for (const seg of lineMap.split(',')) {
      if (!seg) continue;
      const f = decodeSegment(seg);
      column += f[0] ?? 0;
      if (column > last) out.push([lastSource, line.slice(last, column)]);
      last = Math.max(last, column);
      if (f.length >= 4) {
        sourceIndex += f[1] ?? 0;
        lastSource = sources[sourceIndex] ?? '(unmapped)';
      }
    }
    out.push([lastSource, `${line.slice(last)}\n`]);
  });
  return out;
}

/** Groups a source path into the parts the budget is discussed in. */
export function groupOf(source: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(source);
  if (nm) return process.env.SIZE_FILES ? `${nm[1]}/${nm[2]}` : (nm[1] as string);
  if (/styles\.ts$/.test(source)) return `${source} (CSS)`;
  return source;
}
