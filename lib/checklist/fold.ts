/**
 * Diacritics-insensitive folding for searching resident labels. A local copy (not lib/search) so the
 * checklist, which runs in the background worker, does not pull in the catalog search index.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
