import { describe, expect, it } from 'vitest';
import { MODE_KEY, createModeModel, type ModeStorage } from './mode-model';

function memoryStorage(initial: Record<string, unknown> = {}): ModeStorage & { data: Map<string, unknown>; emit(key: string, value: unknown): void; failWrites: boolean } {
  const data = new Map(Object.entries(initial));
  const listeners = new Set<(key: string, value: unknown) => void>();
  const s = {
    data,
    failWrites: false,
    get: async (key: string) => data.get(key),
    async set(key: string, value: unknown) {
      if (s.failWrites) throw new Error('QuotaExceededError');
      data.set(key, value);
    },
    subscribe(listener: (key: string, value: unknown) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (key: string, value: unknown) => listeners.forEach((l) => l(key, value)),
  };
  return s;
}

describe('createModeModel', () => {
  it('starts in resident mode on a fresh install', async () => {
    const model = createModeModel(memoryStorage());
    expect(model.loaded.value).toBe(false);
    await model.load();
    expect(model.loaded.value).toBe(true);
    expect(model.mode.value).toBe('resident');
    expect(model.helper.value).toBe(false);
  });

  it('keeps the helper choice for the next page that opens', async () => {
    const storage = memoryStorage();
    const model = createModeModel(storage);
    await model.load();
    await model.setHelper(true);
    expect(model.helper.value).toBe(true);
    expect(storage.data.get(MODE_KEY)).toBe('helper');

    const again = createModeModel(storage);
    await again.load();
    expect(again.mode.value).toBe('helper');

    await again.setHelper(false);
    expect(storage.data.get(MODE_KEY)).toBe('resident');
  });

  it('follows a change made on another extension page, and stops after dispose', async () => {
    const storage = memoryStorage();
    const model = createModeModel(storage);
    await model.load();
    storage.emit(MODE_KEY, 'helper');
    expect(model.helper.value).toBe(true);
    storage.emit('prefs:other', 'resident');
    expect(model.helper.value).toBe(true);
    model.dispose();
    storage.emit(MODE_KEY, 'resident');
    expect(model.helper.value).toBe(true);
  });

  it('reads an unknown stored value as resident mode', async () => {
    const model = createModeModel(memoryStorage({ [MODE_KEY]: 'admin' }));
    await model.load();
    expect(model.mode.value).toBe('resident');
  });

  it('puts the switch back and says so when the choice cannot be saved', async () => {
    const storage = memoryStorage();
    const model = createModeModel(storage);
    await model.load();
    storage.failWrites = true;
    await model.setHelper(true);
    expect(model.helper.value).toBe(false);
    expect(model.failed.value).toBe(true);
    storage.failWrites = false;
    await model.setHelper(true);
    expect(model.failed.value).toBe(false);
    expect(model.helper.value).toBe(true);
  });
});
