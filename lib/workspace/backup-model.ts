/**
 * JSON backup and restore. A restore is always previewed first (how many sessions would be added,
 * replaced, or are newer here), and sessions newer on this computer are only replaced when the helper
 * ticks that choice: nothing newer is overwritten silently.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { backupFileName, backupToJson } from '../checklist/backup';
import type { ChecklistErrorData } from '../checklist/errors';
import { dayKey } from '../checklist/model';
import type { ImportResult, RestorePreview } from '../checklist/protocol';
import { ClientError, toClientError, type ChecklistClient } from './client';

export interface BackupModel {
  /** The chosen file's text, kept until the helper confirms or cancels. */
  text: ReadonlySignal<string | null>;
  preview: ReadonlySignal<RestorePreview | null>;
  overwriteNewer: ReadonlySignal<boolean>;
  result: ReadonlySignal<ImportResult | null>;
  busy: ReadonlySignal<boolean>;
  error: ReadonlySignal<ChecklistErrorData | null>;
  exportJson(): Promise<{ fileName: string; text: string } | null>;
  choose(text: string): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
  setOverwriteNewer(on: boolean): void;
}

export function createBackupModel(deps: { client: ChecklistClient; today?: () => string }): BackupModel {
  const today = deps.today ?? (() => dayKey(Date.now()));
  const text = signal<string | null>(null);
  const preview = signal<RestorePreview | null>(null);
  const overwriteNewer = signal(false);
  const result = signal<ImportResult | null>(null);
  const busy = signal(false);
  const error = signal<ChecklistErrorData | null>(null);

  async function guarded<T>(work: () => Promise<T>): Promise<T | null> {
    busy.value = true;
    try {
      const out = await work();
      error.value = null;
      return out;
    } catch (err) {
      error.value = (err instanceof ClientError ? err : toClientError(err)).data;
      return null;
    } finally {
      busy.value = false;
    }
  }

  return {
    text,
    preview,
    overwriteNewer,
    setOverwriteNewer(on) {
      overwriteNewer.value = on;
    },
    result,
    busy,
    error,
    exportJson: () =>
      guarded(async () => {
        const backup = await deps.client.request('backup:export', {});
        return { fileName: backupFileName(today()), text: backupToJson(backup) };
      }),
    async choose(fileText) {
      result.value = null;
      overwriteNewer.value = false;
      text.value = fileText;
      preview.value = await guarded(() => deps.client.request('backup:preview', { text: fileText }));
    },
    async confirm() {
      const fileText = text.value;
      if (fileText === null || !preview.value?.ok) return;
      const out = await guarded(() => deps.client.request('backup:import', { text: fileText, overwriteNewer: overwriteNewer.value }));
      if (out) {
        result.value = out;
        text.value = null;
        preview.value = null;
      }
    },
    cancel() {
      text.value = null;
      preview.value = null;
      overwriteNewer.value = false;
    },
  };
}
