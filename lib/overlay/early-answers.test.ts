import { describe, expect, it, vi } from 'vitest';
import { askEarly, EARLY_KEY, EARLY_MAX_AGE_MS, takeEarly, type EarlyDeps } from './early-answers';

const HREF = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/abc';

/** A background that answers each question with what `answers` says, when the test resolves it. */
function background() {
  const asked: object[] = [];
  const resolvers: Array<(v: unknown) => void> = [];
  const listeners = new Set<(m: unknown) => void>();
  const deps = (now: number): EarlyDeps => ({
    href: HREF,
    now: () => now,
    send: (message) => {
      asked.push(message);
      return new Promise((resolve) => resolvers.push(resolve));
    },
    listen: (on) => {
      listeners.add(on);
      return () => listeners.delete(on);
    },
  });
  return { asked, resolvers, listeners, deps, push: (m: unknown) => [...listeners].forEach((l) => l(m)) };
}

describe('answers asked at document_start, taken by the overlay', () => {
  it('asks the three questions the overlay would ask, once, and hands them over once', async () => {
    const bg = background();
    const scope: Record<string, unknown> = {};
    askEarly(scope, bg.deps(10));
    expect(bg.asked).toEqual([{ type: 'overlay:load' }, { type: 'guides:get', filter: { href: HREF } }, { type: 'author:draft:playing' }]);
    const taken = takeEarly(scope, HREF, 60);
    expect(taken).not.toBeNull();
    expect(scope[EARLY_KEY]).toBeUndefined();
    // A second overlay (injected again) asks for itself.
    expect(takeEarly(scope, HREF, 61)).toBeNull();
    bg.resolvers[0]?.({ ok: true, record: { guideId: 'g', stepIndex: 2 } });
    bg.resolvers[1]?.({ ok: true, guides: [] });
    await expect(taken!.run).resolves.toEqual({ ok: true, record: { guideId: 'g', stepIndex: 2 } });
    await expect(taken!.guides).resolves.toEqual({ ok: true, guides: [] });
  });

  it('a run the background pushed while the answer travelled (the side panel moved the step) wins over the answer', async () => {
    const bg = background();
    const scope: Record<string, unknown> = {};
    askEarly(scope, bg.deps(0));
    const taken = takeEarly(scope, HREF, 5)!;
    bg.push({ type: 'overlay:changed', record: { guideId: 'g', stepIndex: 3 } });
    bg.push({ type: 'something-else' });
    bg.resolvers[0]?.({ ok: true, record: { guideId: 'g', stepIndex: 2 } });
    await expect(taken.run).resolves.toEqual({ ok: true, record: { guideId: 'g', stepIndex: 3 } });
    // From then on the overlay listens itself.
    expect(bg.listeners.size).toBe(0);
  });

  it('a closed run pushed meanwhile is kept too (null record), even when the answer failed', async () => {
    const bg = background();
    const scope: Record<string, unknown> = {};
    askEarly(scope, bg.deps(0));
    const taken = takeEarly(scope, HREF, 5)!;
    bg.push({ type: 'overlay:changed', record: null });
    bg.resolvers[0]?.(Promise.reject(new Error('worker restarted')));
    await expect(taken.run).resolves.toEqual({ ok: true, record: null });
  });

  it('the guides are not used when the page address changed since (a single-page portal moved on)', () => {
    const bg = background();
    const scope: Record<string, unknown> = {};
    askEarly(scope, bg.deps(0));
    const taken = takeEarly(scope, `${HREF}#/nop-ho-so`, 5)!;
    expect(taken.guides).toBeNull();
    expect(taken.run).toBeInstanceOf(Promise);
  });

  it('answers from an earlier load (an overlay injected into a page open for a while) are not used', () => {
    const bg = background();
    const scope: Record<string, unknown> = {};
    askEarly(scope, bg.deps(0));
    expect(takeEarly(scope, HREF, EARLY_MAX_AGE_MS + 1)).toBeNull();
    expect(bg.listeners.size).toBe(0);
  });

  it('nothing handed over: null, and nothing thrown for a page that set the property itself', () => {
    expect(takeEarly({}, HREF, 0)).toBeNull();
    expect(takeEarly({ [EARLY_KEY]: 'page value' }, HREF, 0)).toBeNull();
  });

  it('an answer never taken does not surface as an unhandled rejection', async () => {
    const onUnhandled = vi.fn();
    process.on('unhandledRejection', onUnhandled);
    try {
      const scope: Record<string, unknown> = {};
      askEarly(scope, { href: HREF, now: () => 0, send: () => Promise.reject(new Error('no background')), listen: () => () => undefined });
      await new Promise((r) => setTimeout(r, 10));
      expect(onUnhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
