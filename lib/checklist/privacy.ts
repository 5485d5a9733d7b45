/**
 * The resident label is free text the helper types many times a day; it must not become a store of ID
 * or phone numbers. A label that looks like one gets a warning (not a refusal: "Nhà số 12" is fine).
 */
import { CHECKLIST_MESSAGES, type Msg } from './messages';

export type LabelWarningKind = 'id-number' | 'phone';

export interface LabelWarning {
  kind: LabelWarningKind;
  message: Msg;
}

/** Digit runs that may be split by spaces, dots or dashes ("0912 345 678", "001.099.012.345"). */
const DIGIT_RUN = /\+?\d(?:[\d .\-]*\d)?/g;
/** Citizen ID (CCCD): 12 digits. */
const ID_NUMBER = /^\d{12}$/;
/** Mobile 0[3|5|7|8|9]xxxxxxxx or landline 02xxxxxxxxx, with 0 / 84 / +84 prefix. */
const PHONE = /^(?:\+?84|0)(?:[35789]\d{8}|2\d{9})$/;

function classify(run: string): LabelWarningKind | null {
  const digits = run.replace(/[ .\-]/g, '');
  if (ID_NUMBER.test(digits)) return 'id-number';
  if (PHONE.test(digits)) return 'phone';
  return null;
}

export function labelWarning(label: string): LabelWarning | null {
  for (const match of label.normalize('NFKC').matchAll(DIGIT_RUN)) {
    // "tổ 5 0912 345 678" is one run; try every span of its space-separated parts.
    const parts = match[0].split(/ +/).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      for (let j = i; j < parts.length; j++) {
        const kind = classify(parts.slice(i, j + 1).join(''));
        if (kind) {
          return { kind, message: kind === 'id-number' ? CHECKLIST_MESSAGES.privacyIdNumber : CHECKLIST_MESSAGES.privacyPhone };
        }
      }
    }
  }
  return null;
}
