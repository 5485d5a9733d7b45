/**
 * dvc-guide.js, the one `<script>` a webmaster pastes: loads the widget module (dvc-guide.mjs) from the
 * same folder as itself. A classic script cannot share code chunks with a module graph, and the module
 * graph is what lets rarely needed parts (problem details, English texts, printing) load on demand.
 */
const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || document.baseURI;
void import(/* @vite-ignore */ new URL('dvc-guide.mjs', base).href).catch((err: unknown) => {
  console.warn('[dvc-guide] could not load dvc-guide.mjs beside dvc-guide.js; upload the whole folder.', err);
});
