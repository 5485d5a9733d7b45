/**
 * Practice mode in the extension: the overlay's content script is registered on the practice portal's
 * hosts (`*://*.<domain>/*`) while a practice domain is set and its host permission granted. Written
 * against a small port of the browser's scripting and permissions APIs, so it is tested without a browser.
 */
import { isPracticeDomain, practiceMatchPattern } from './hosts';

export const PRACTICE_DOMAIN_KEY = 'prefs:practice-domain';
export const PRACTICE_SCRIPT_ID = 'dvc-practice-overlay';

export interface ScriptingPort {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions?: boolean }[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export interface PracticePorts {
  scripting: ScriptingPort;
  hasPermission(pattern: string): Promise<boolean>;
  /** The built overlay content script, as the manifest names it. */
  scriptFile: string;
}

/** Makes the registration match the stored domain; returns the match pattern in force, or null. */
export async function syncPracticeScript(ports: PracticePorts, stored: unknown): Promise<string | null> {
  const existing = await ports.scripting.getRegisteredContentScripts({ ids: [PRACTICE_SCRIPT_ID] });
  if (existing.length > 0) await ports.scripting.unregisterContentScripts({ ids: [PRACTICE_SCRIPT_ID] });
  if (typeof stored !== 'string' || !isPracticeDomain(stored)) return null;
  const pattern = practiceMatchPattern(stored);
  if (!(await ports.hasPermission(pattern))) return null;
  await ports.scripting.registerContentScripts([
    { id: PRACTICE_SCRIPT_ID, matches: [pattern], js: [ports.scriptFile], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
  return pattern;
}
