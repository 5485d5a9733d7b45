import { describe, expect, it } from 'vitest';
import { openTicksStore } from './ticks-store';

describe('openTicksStore', () => {
  it('remembers ticks per guide across openings (IndexedDB)', async () => {
    const a = await openTicksStore();
    expect(a.kind).toBe('idb');
    await a.save('khai-sinh', new Set(['to-khai', 'cccd']));
    await a.save('thuong-tru', new Set(['ct01']));
    const b = await openTicksStore();
    expect([...(await b.load('khai-sinh'))].sort()).toEqual(['cccd', 'to-khai']);
    expect([...(await b.load('thuong-tru'))]).toEqual(['ct01']);
    expect((await b.load('chua-co')).size).toBe(0);
  });

  it('falls back to memory, without throwing, when IndexedDB is unavailable or throws', async () => {
    for (const has of [() => false, () => { throw new DOMException('blocked', 'SecurityError'); }]) {
      const s = await openTicksStore(has);
      expect(s.kind).toBe('memory');
      await s.save('khai-sinh', new Set(['to-khai']));
      expect([...(await s.load('khai-sinh'))]).toEqual(['to-khai']);
    }
  });
});
