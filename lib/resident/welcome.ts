/**
 * When the welcome page opens: once, when the extension is newly installed; never on an update or a
 * browser restart. A stored mark makes "once" hold even where the browser reports an install again (an
 * unpacked extension loaded from the command line is "installed" at every browser start); removing the
 * extension removes the mark, so a later install welcomes again.
 */
export const WELCOME_SHOWN_KEY = 'welcome:shown';

function shouldOpenWelcome(reason: string, shownBefore: unknown): boolean {
  return reason === 'install' && shownBefore !== true;
}

export async function openWelcomeOnce(
  reason: string,
  deps: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void>; open(): Promise<void> },
): Promise<boolean> {
  if (!shouldOpenWelcome(reason, await deps.get(WELCOME_SHOWN_KEY))) return false;
  // Marked first: two install events in a row must not open two pages.
  await deps.set(WELCOME_SHOWN_KEY, true);
  await deps.open();
  return true;
}
