/** Practice mode: keeps the overlay registered on the practice portal's hosts (lib/practice/registration.ts). */
import { browser } from 'wxt/browser';
import { PRACTICE_DOMAIN_KEY, syncPracticeScript, type ScriptingPort } from '../../lib/practice/registration';

export function startPractice(): void {
  const scripting = (browser as unknown as { scripting?: ScriptingPort }).scripting;
  // Without the scripting API (a test's fake browser, an old browser) practice mode is simply unavailable.
  if (!scripting?.registerContentScripts || !browser.permissions?.onAdded) return;
  const sync = async (): Promise<void> => {
    const stored = (await browser.storage.local.get(PRACTICE_DOMAIN_KEY))[PRACTICE_DOMAIN_KEY];
    await syncPracticeScript(
      { scripting, hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }), scriptFile: 'content-scripts/portal.js' },
      stored,
    );
  };
  const run = (): void => void sync().catch((err: unknown) => console.warn('dvc-guide practice:', err));
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && PRACTICE_DOMAIN_KEY in changes) run();
  });
  try {
    // A permission taken back on chrome://extensions unregisters the script at once.
    browser.permissions.onAdded.addListener(run);
    browser.permissions.onRemoved.addListener(run);
  } catch {
    // Not available (a test's fake browser): the stored setting still drives the registration.
  }
  run();
}
