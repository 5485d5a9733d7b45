/**
 * The English texts of the widget's first file. The widget build (scripts/build-widget.ts) moves the
 * English half of the messages tables to a file of its own, loaded only for `lang="en"`, and replaces
 * this module with one that loads it. Unbundled (unit tests), the tables are whole: nothing to load.
 */
export function loadEnglish(): Promise<unknown> {
  return Promise.resolve();
}
