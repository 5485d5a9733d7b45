/**
 * One quote style in what people read (issue 13 item 16): “ ” in both languages, in every message table,
 * guide and town profile. Straight quotes stay only in code shown as code (a JSON shape).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStrategy } from '../../lib/engine/targets';
import { authorMessages } from '../../lib/i18n/author-messages';
import { commsMessages } from '../../lib/i18n/comms-messages';
import { infoMessages } from '../../lib/i18n/info-messages';
import { messages } from '../../lib/i18n/messages';
import { residentMessages } from '../../lib/i18n/resident-messages';
import { workspaceMessages } from '../../lib/i18n/workspace-messages';

/** Quoting that is not “ ”: straight double quotes, 'single' quotes around words, « », „ “, ‘ ’ around words. */
const OTHER_QUOTES = /"|(^|[\s(])'[^'\s][^']*'(?=$|[\s.,;:!?)])|[«»„]|(^|[\s(])‘[^’]*’/;

/** Texts shown as code, where straight quotes are the syntax. */
const CODE = new Set(['catalog.why.shape']);

function tableProblems(name: string, tables: Readonly<Record<string, Readonly<Record<string, string>>>>): string[] {
  return Object.entries(tables).flatMap(([lang, table]) =>
    Object.entries(table)
      .filter(([key, text]) => !CODE.has(key) && OTHER_QUOTES.test(text))
      .map(([key, text]) => `${name}.${lang}.${key}: ${text}`),
  );
}

/** Every string a person may read in a guide or town file (targets, patterns and the authors' sources are left out). */
function fileTexts(value: unknown, at: string, out: string[]): string[] {
  if (typeof value === 'string') out.push(`${at}: ${value}`);
  else if (Array.isArray(value)) value.forEach((v, i) => fileTexts(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!['target', 'targets', 'page', 'pages', 'done', 'url', 'urls', 'pattern', '$schema', 'sources'].includes(k)) fileTexts(v, `${at}.${k}`, out);
  }
  return out;
}

describe('quotes', () => {
  it('the message tables quote with “ ” only', () => {
    expect([
      ...tableProblems('messages', messages),
      ...tableProblems('info', infoMessages),
      ...tableProblems('workspace', workspaceMessages),
      ...tableProblems('comms', commsMessages),
      ...tableProblems('author', authorMessages),
      ...tableProblems('resident', residentMessages),
    ]).toEqual([]);
  });

  it('guides and town profiles quote with “ ” only', () => {
    const files = ['guides', 'town'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('schema')).map((f) => path.join(dir, f)));
    const texts = files.flatMap((f) => fileTexts(JSON.parse(readFileSync(f, 'utf8')), f, []));
    expect(texts.length).toBeGreaterThan(100);
    // An HTML attribute written as code (nút id="next") keeps its syntax.
    const prose = (t: string): string => t.slice(t.indexOf(': ') + 2).replace(/[\w-]+="[^"]*"/g, '');
    expect(texts.filter((t) => OTHER_QUOTES.test(prose(t)))).toEqual([]);
  });

  it("what the overlay says it is looking for quotes the portal's words with “ ”", () => {
    const said = [describeStrategy({ text: 'Nộp hồ sơ', role: 'button' }), describeStrategy({ label: 'Họ và tên', near: 'Người yêu cầu' }, 'en'), describeStrategy({ text: 'Tiếp theo' })];
    expect(said).toEqual(['nút “Nộp hồ sơ”', 'field “Họ và tên” (near “Người yêu cầu”)', '“Tiếp theo”']);
  });

  it('sees the other styles (the check itself works)', () => {
    for (const bad of ['bấm "Tiếp theo"', "press 'Next' now", '« Tiếp theo »', 'the ‘Next’ button']) expect(OTHER_QUOTES.test(bad), bad).toBe(true);
    for (const good of ['bấm “Tiếp theo”', 'the portal’s page', "commune's"]) expect(OTHER_QUOTES.test(good), good).toBe(false);
  });
});
