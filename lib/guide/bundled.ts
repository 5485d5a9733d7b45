/**
 * The guides shipped inside the extension and the widget. They were validated by the build (the build
 * fails on an invalid guide), so no schema code is needed at runtime to trust them.
 */
import type { Guide } from './schema';

const modules = import.meta.glob<Guide>(['../../guides/*.json', '!../../guides/guide.schema.json'], {
  eager: true,
  import: 'default',
});

export const bundledGuides: readonly Guide[] = Object.keys(modules)
  .sort()
  .map((key) => modules[key]!)
  .map(({ $schema: _schema, ...guide }) => guide as Guide);
