/** The options page: retention days and "Xóa toàn bộ dữ liệu" (after an explicit confirmation). */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { ChecklistErrorData } from '../checklist/errors';
import { DEFAULT_SETTINGS, type Settings } from '../checklist/schema';
import { ClientError, toClientError, type ChecklistClient } from './client';

export interface SettingsModel {
  settings: ReadonlySignal<Settings>;
  /** The number field as typed; saved only when it is a whole number in range. */
  retentionInput: ReadonlySignal<string>;
  confirmingClear: ReadonlySignal<boolean>;
  error: ReadonlySignal<ChecklistErrorData | null>;
  /** 'saved' | 'cleared' after the last action, for the live region. */
  done: ReadonlySignal<'saved' | 'cleared' | 'purged' | null>;
  purgedCount: ReadonlySignal<number>;
  load(): Promise<void>;
  setRetentionInput(text: string): void;
  /** false when the typed value is not allowed (the field shows why). */
  saveRetention(): Promise<boolean>;
  askClear(): void;
  cancelClear(): void;
  clearAll(): Promise<void>;
}

export const RETENTION_MIN = 1;
export const RETENTION_MAX = 3650;

export function parseRetention(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= RETENTION_MIN && n <= RETENTION_MAX ? n : null;
}

export function createSettingsModel(deps: { client: ChecklistClient }): SettingsModel {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const retentionInput = signal(String(DEFAULT_SETTINGS.retentionDays));
  const confirmingClear = signal(false);
  const error = signal<ChecklistErrorData | null>(null);
  const done = signal<'saved' | 'cleared' | 'purged' | null>(null);
  const purgedCount = signal(0);

  const fail = (err: unknown): void => {
    error.value = (err instanceof ClientError ? err : toClientError(err)).data;
  };

  return {
    settings,
    retentionInput,
    setRetentionInput(text) {
      retentionInput.value = text;
    },
    confirmingClear,
    error,
    done,
    purgedCount,
    async load() {
      try {
        settings.value = await deps.client.request('settings:get', {});
        retentionInput.value = String(settings.value.retentionDays);
      } catch (err) {
        fail(err);
      }
    },
    async saveRetention() {
      const days = parseRetention(retentionInput.value);
      if (days === null) return false;
      try {
        settings.value = await deps.client.request('settings:set', { patch: { retentionDays: days } });
        // A shorter retention applies now, not at the next browser start.
        const { removed } = await deps.client.request('data:purge', {});
        purgedCount.value = removed;
        done.value = removed > 0 ? 'purged' : 'saved';
        error.value = null;
      } catch (err) {
        fail(err);
      }
      return true;
    },
    askClear() {
      confirmingClear.value = true;
    },
    cancelClear() {
      confirmingClear.value = false;
    },
    async clearAll() {
      try {
        await deps.client.request('data:clear', {});
        confirmingClear.value = false;
        settings.value = DEFAULT_SETTINGS;
        retentionInput.value = String(DEFAULT_SETTINGS.retentionDays);
        done.value = 'cleared';
        error.value = null;
      } catch (err) {
        fail(err);
      }
    },
  };
}
