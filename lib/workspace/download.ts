/**
 * Saves text as a file on this computer through an `<a download>` and a Blob URL: nothing leaves the
 * device. The document is passed in so the side panel and tests use their own.
 */
export function downloadText(doc: Document, fileName: string, text: string, mime: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const url = win.URL.createObjectURL(new win.Blob([text], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  win.setTimeout(() => win.URL.revokeObjectURL(url), 10_000);
}

export const CSV_MIME = 'text/csv;charset=utf-8';
export const JSON_MIME = 'application/json;charset=utf-8';
