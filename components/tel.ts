/** Digits and a leading + only: what a tel: URL may carry. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
