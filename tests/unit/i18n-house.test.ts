/**
 * One i18n (issue 13, item 13): one `Lang` type, one filler of `{param}` placeholders, and plurals by the
 * language's Intl.PluralRules. A second definition anywhere fails here, naming the file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill, fillParts } from '../../lib/i18n/lang';

const ROOT = process.cwd();
const HOME = path.join('lib', 'i18n', 'lang.ts');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

const ALL = ['lib', 'components', 'entrypoints', 'widget'].flatMap(sources);
const matching = (pattern: RegExp): string[] => ALL.filter((f) => f !== HOME && pattern.test(readFileSync(path.join(ROOT, f), 'utf8')));

describe('one i18n', () => {
  it('defines the language type once (lib/i18n/lang.ts)', () => {
    expect(matching(/['"]vi['"]\s*\|\s*['"]en['"]/)).toEqual([]);
  });

  it('fills {param} placeholders in one place', () => {
    expect(matching(/replace\(\/\\\{\(\\w\+\)\\\}\//)).toEqual([]);
  });

  it('picks plural forms by Intl.PluralRules, not by comparing with 1', () => {
    expect(matching(/===\s*1\s*\?\s*['"]one['"]/)).toEqual([]);
    expect(fill('{n, plural, one {# session} other {# sessions}}', { n: 1 }, 'en')).toBe('1 session');
    expect(fill('{n, plural, one {# session} other {# sessions}}', { n: 1.5 }, 'en')).toBe('1.5 sessions');
  });

  it('cuts a text where its parameters go, for a component to mark a Vietnamese title', () => {
    expect(fillParts('Continue «{title}» for «{label}»?', { title: 'Đăng ký khai sinh', label: 'Lan' }, 'en')).toEqual([
      'Continue «',
      { param: 'title', value: 'Đăng ký khai sinh' },
      '» for «',
      { param: 'label', value: 'Lan' },
      '»?',
    ]);
  });
});
