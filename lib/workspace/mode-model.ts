/**
 * Resident or helper mode. A resident who installs the extension at home sees the guide finder; a member of
 * the ward support team ("Tổ hỗ trợ") turns helper mode on and gets the workspace (sessions, report, backup).
 * The choice is kept in extension storage so the welcome page, the side panel and the options page agree.
 * Turning helper mode off only hides the workspace: sessions stay in the checklist database.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';

type Mode = 'resident' | 'helper';

export const MODE_KEY = 'prefs:mode';

/** The storage the model needs; `subscribe` tells of changes made by another extension page. */
export interface ModeStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  subscribe?(listener: (key: string, value: unknown) => void): () => void;
}

export interface ModeModel {
  mode: ReadonlySignal<Mode>;
  helper: ReadonlySignal<boolean>;
  /** False until the stored choice was read (the side panel waits instead of flashing the wrong mode). */
  loaded: ReadonlySignal<boolean>;
  /** The last save failed: the switch went back to what is stored. */
  failed: ReadonlySignal<boolean>;
  load(): Promise<void>;
  setHelper(on: boolean): Promise<void>;
  dispose(): void;
}

function isMode(value: unknown): value is Mode {
  return value === 'resident' || value === 'helper';
}

export function createModeModel(storage: ModeStorage): ModeModel {
  const mode: Signal<Mode> = signal('resident');
  const loaded = signal(false);
  const failed = signal(false);
  const unsubscribe = storage.subscribe?.((key, value) => {
    if (key === MODE_KEY) mode.value = isMode(value) ? value : 'resident';
  });

  return {
    mode,
    helper: computed(() => mode.value === 'helper'),
    loaded,
    failed,
    async load() {
      try {
        const stored = await storage.get(MODE_KEY);
        mode.value = isMode(stored) ? stored : 'resident';
      } catch {
        // Unreadable storage: the resident's finder is the safe default, nothing is lost.
        mode.value = 'resident';
      }
      loaded.value = true;
    },
    async setHelper(on) {
      const before = mode.value;
      const next: Mode = on ? 'helper' : 'resident';
      mode.value = next;
      try {
        await storage.set(MODE_KEY, next);
        failed.value = false;
      } catch {
        mode.value = before;
        failed.value = true;
      }
    },
    dispose() {
      unsubscribe?.();
    },
  };
}
