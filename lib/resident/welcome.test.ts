import { describe, expect, it } from 'vitest';
import { WELCOME_SHOWN_KEY, openWelcomeOnce } from './welcome';

function deps() {
  const data = new Map<string, unknown>();
  let opened = 0;
  return {
    data,
    opened: () => opened,
    get: async (key: string) => data.get(key),
    set: async (key: string, value: unknown) => void data.set(key, value),
    open: async () => void opened++,
  };
}

describe('openWelcomeOnce', () => {
  it('opens the welcome page on a new install only', async () => {
    const d = deps();
    expect(await openWelcomeOnce('update', d)).toBe(false);
    expect(await openWelcomeOnce('chrome_update', d)).toBe(false);
    expect(d.opened()).toBe(0);
    expect(await openWelcomeOnce('install', d)).toBe(true);
    expect(d.opened()).toBe(1);
    expect(d.data.get(WELCOME_SHOWN_KEY)).toBe(true);
  });

  it('does not open it again when the browser reports the install again at its next start', async () => {
    const d = deps();
    await openWelcomeOnce('install', d);
    expect(await openWelcomeOnce('install', d)).toBe(false);
    expect(d.opened()).toBe(1);
  });
});
