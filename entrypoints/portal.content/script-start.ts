/**
 * Imported first by the content script, so this runs before any other module of the bundle is evaluated:
 * the start of the "content script start → first highlight" figure in `npm run bench`
 * (scripts/lib/bench-highlight.ts), which therefore includes evaluating the whole bundle.
 */
performance.mark('dvc-guide:script');
