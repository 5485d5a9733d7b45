/**
 * The one language type and the one filler of `{param}` placeholders, shared by every messages table
 * (core, info, workspace, resident, author, comms, checklist) so a placeholder or a plural means the same
 * everywhere.
 */

export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

export type MessageParams = Readonly<Record<string, string | number>>;

const PLURAL = /\{(\w+), plural, ((?:\w+ \{[^{}]*\} ?)+)\}/g;
const PARAM = /\{(\w+)\}/g;

/**
 * Fills `{param}` and plurals: `{n, plural, one {# session} other {# sessions}}` picks the form by
 * Intl.PluralRules of the language (Vietnamese has one form, English two), and `#` is the number.
 * An unknown placeholder stays visible, so a missing parameter is seen in review rather than hidden.
 */
export function fill(text: string, params?: MessageParams, lang: Lang = 'vi'): string {
  if (!params) return text;
  const plural = text.replace(PLURAL, (whole, name: string, forms: string) => {
    const value = params[name];
    if (typeof value !== 'number') return whole;
    const options = new Map([...forms.matchAll(/(\w+) \{([^{}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
    const form = options.get(`=${value}`) ?? options.get(new Intl.PluralRules(lang).select(value)) ?? options.get('other') ?? '';
    return form.replace(/#/g, String(value));
  });
  return plural.replace(PARAM, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A filled text cut where each parameter goes, so a component can wrap a value (a Vietnamese title in `lang="vi"`). */
export type TextPart = string | { param: string; value: string };

export function fillParts(text: string, params: MessageParams, lang: Lang = 'vi'): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  // Plurals first, as in fill(); only plain {param} placeholders are cut out.
  const filled = fill(text.replace(PARAM, '\u0000$1\u0000'), Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'number')), lang);
  const marked = /\u0000(\w+)\u0000/g;
  for (const m of filled.matchAll(marked)) {
    if (m.index > at) parts.push(filled.slice(at, m.index));
    const value = params[m[1]!];
    parts.push(value === undefined ? `{${m[1]}}` : { param: m[1]!, value: String(value) });
    at = m.index + m[0].length;
  }
  if (at < filled.length) parts.push(filled.slice(at));
  return parts;
}
