/**
 * For the background's unit tests: WXT's fake browser, reset, with the one API it lacks that the
 * background calls at start-up. Its scripting methods only throw "not implemented", so practice mode's
 * start-up sync (./practice.ts) printed a stack trace into every run; here no practice script is registered.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

export function resetFakeBrowser(): void {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
}
