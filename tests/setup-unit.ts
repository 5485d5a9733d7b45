import { afterEach } from 'vitest';

// Only files with a DOM (`// @vitest-environment happy-dom`) render anything to clean up; loading the
// testing library into the others was time spent for nothing, once per file.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/preact');
  afterEach(() => cleanup());
}
