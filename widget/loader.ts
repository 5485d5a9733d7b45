/**
 * dvc-guide.js, the one `<script>` a webmaster pastes: loads the widget module (dvc-guide.mjs) from the
 * same folder as itself. A classic script cannot share code chunks with a module graph, and the module
 * graph is what lets rarely needed parts load on demand.
 *
 * On a phone every round trip counts, so nothing waits to be discovered: the build writes here the files
 * each view needs (PRELOAD), and this script asks for all of them at once (modulepreload), together with
 * the guide file of every `<dvc-guide guide="…">` already on the page (handed over to the widget through
 * PREFETCH_KEY, so it is downloaded once).
 */
declare const __DVC_PRELOAD__: { main: string; first: string[]; guide: string[]; catalog: string[]; english: string[]; check: string | null };
/** Read once: the build writes the object in place of each mention. */
const PRELOAD = __DVC_PRELOAD__;

/** Where the widget finds a guide file this script already asked for (widget/catalog-source.ts). */
const PREFETCH_KEY = '__dvcGuidePrefetch';

const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || document.baseURI;
// The widget's own file, not dvc-guide.mjs (which only re-exports it): one round trip less on a phone.
// Asked for before anything else: it needs nothing from the page, and the line stays idle until the
// first request of this round is sent (the requests then share it; the last byte comes no later).
void import(/* @vite-ignore */ new URL(PRELOAD.main, base).href).catch((err: unknown) => {
  console.warn(`[dvc-guide] could not load ${PRELOAD.main} beside dvc-guide.js; upload the whole folder.`, err);
});
const elements = Array.from(document.querySelectorAll('dvc-guide'));
/** A guide file's answer, its body already read (what widget/catalog-source.ts fetchText needs of it). */
interface Prefetched {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}
// Then the guide files: the widget cannot show a guide before its file is in, whatever else it has.
const prefetch = ((window as unknown as Record<string, Map<string, Promise<Prefetched>>>)[PREFETCH_KEY] ??= new Map());
for (const e of elements) {
  const id = e.getAttribute('guide')?.trim();
  if (!id || !/^[a-z0-9-]+$/.test(id)) continue;
  try {
    const src = e.getAttribute('src')?.trim();
    const index = src ? new URL(src, document.baseURI) : new URL('index.json', base);
    if (index.protocol !== 'https:' && index.protocol !== 'http:') continue;
    const url = new URL(`guides/${id}.json`, index).href;
    // The same request the widget makes (widget/catalog-source.ts fetchText), so the answer is the same.
    // Its body is read as soon as it is in (the widget finds the text, not a stream still to read), while
    // the code files are still on their way.
    if (!prefetch.has(url))
      prefetch.set(
        url,
        fetch(url, { method: 'GET', credentials: 'omit', mode: 'cors', cache: 'no-cache', redirect: 'follow', referrerPolicy: 'no-referrer' }).then((res) =>
          res.text().then((text): Prefetched => ({ ok: res.ok, status: res.status, text: () => Promise.resolve(text) })),
        ),
      );
  } catch {
    // A malformed src: the widget says so when it starts.
  }
}
const files = [
  ...PRELOAD.first,
  ...(elements.some((e) => e.hasAttribute('guide')) ? PRELOAD.guide : []),
  ...(elements.some((e) => !e.hasAttribute('guide')) ? PRELOAD.catalog : []),
  ...(elements.some((e) => e.getAttribute('lang')?.trim().toLowerCase().startsWith('en')) ? PRELOAD.english : []),
];
for (const f of files) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(f, base).href;
  document.head.append(link);
}
// The validator's file needs nothing else: it checks the guide files above as soon as they are in, while
// the widget's first file is still arriving (widget/guide-check.ts).
if (PRELOAD.check && prefetch.size) void import(/* @vite-ignore */ new URL(PRELOAD.check, base).href).catch(() => undefined);
