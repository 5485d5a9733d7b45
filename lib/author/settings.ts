/** Author mode's switch ("Soạn hướng dẫn"), kept in extension storage; off unless a helper turns it on. */
export const AUTHOR_ENABLED_KEY = 'author:enabled';

export function isAuthorEnabled(stored: unknown): boolean {
  return stored === true;
}
