/**
 * Whether a guide file's value is a valid guide: its own file, with nothing from the widget's first file,
 * so the loader (widget/loader.ts) can run it as soon as it and the guide file are in, while the widget's
 * larger first file is still on its way (on a phone, the check then costs no time after the last byte).
 */
import { guideChecksPass } from '../lib/guide/checks-pass';
import { measureGuide } from '../lib/guide/guide-limits';
import type { Guide } from '../lib/guide/schema';
import { parseGuideSchema } from './generated/guide-validator';

/**
 * The guide, when the file's value is a valid guide: the bounds, the compiled schema and every check of
 * lib/guide/load.ts that can refuse one, answered yes or no (lib/guide/checks-pass.ts). Which problems, and
 * their words, load only for a broken file (problem-report.ts, with load.ts itself).
 */
export function validGuide(value: unknown): Guide | null {
  if (measureGuide(value)) return null;
  const parsed = parseGuideSchema(value);
  return parsed.success && guideChecksPass(parsed.data) ? parsed.data : null;
}

/** A guide file's answer as the loader hands it over (widget/catalog-source.ts reads it). */
export interface PrefetchedGuide {
  ok: boolean;
  status: number;
  text(): Promise<string>;
  /** Set here: the valid guide in the text; null when the text is not one (the widget then says why). */
  guide?: Guide | null;
  /** Set here: the text's length, for the widget's size limit without reading the text again. */
  chars?: number;
}

/**
 * Checks each guide file the loader asked for once it is in, before the widget asks for it. Plain
 * `JSON.parse`: a file it refuses (a byte order mark, say) is read again by the widget's own path.
 */
export function checkPrefetched(): void {
  const map = (globalThis as { __dvcGuidePrefetch?: Map<string, Promise<PrefetchedGuide> | PrefetchedGuide> }).__dvcGuidePrefetch;
  for (const [url, answer] of map ?? []) {
    const checking: Promise<PrefetchedGuide> = Promise.resolve(answer).then(async (res) => {
      if (!res.ok || res.guide !== undefined) return res;
      const text = await res.text();
      let guide: Guide | null = null;
      try {
        guide = validGuide(JSON.parse(text));
      } catch {
        // Not JSON: the widget's path says so.
      }
      const checked: PrefetchedGuide = { ok: res.ok, status: res.status, text: () => Promise.resolve(text), guide, chars: text.length };
      // The answer itself in place of its promise: the widget takes it without waiting (no render of
      // "loading" before the guide, widget/catalog-source.ts checkedGuideNow).
      if (map!.get(url) === checking) map!.set(url, checked);
      return checked;
    });
    map!.set(url, checking);
  }
}

checkPrefetched();
