/**
 * Dossier codes ("số hồ sơ" / "mã hồ sơ") as the portals print them after submission.
 *
 * Seen: the interlinked portal's result screen shows "Số hồ sơ: G22.99.08-…" next to the promised date
 * (shared/portal/FLOWS.md §2); the residence portal's codes look like "G01.863.805-260916-890125" (§6.3):
 * numeric agency segments after the letter segment and a six-digit sequence. The structure behind it — agency identifier, submission date yymmdd,
 * daily sequence — is the national dossier-code convention also used by provincial (VNPT iGate) portals,
 * whose agency identifiers are dotted segments ending in a province code, e.g. "000.00.21.H40"
 * (H40 = Nghệ An). That second shape is general knowledge, not in the shared captures, so an unknown
 * shape is a hint to double-check, never a refusal: the person copies what the screen shows.
 */
import { CHECKLIST_MESSAGES, type Msg } from './messages';

export type DossierCodeProblem = 'empty' | 'bad-date' | 'format';

export type DossierCodeCheck =
  | { ok: true; code: string; agency: string; date: string; sequence: string }
  | { ok: false; code: string; problem: DossierCodeProblem; hint: Msg };

/** Agency: dotted alphanumeric segments, one of which is a letter + 2 digits (G22, H40). */
const DOSSIER_CODE = /^((?:[A-Z0-9]{1,6}\.)*[A-Z]\d{2}(?:\.[A-Z0-9]{1,6})*)-(\d{6})-(\d{3,7})$/;

/** Spaces, lower case and typographic dashes are what copying from a screen or phone keyboard adds. */
export function normalizeDossierCode(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '')
    .toUpperCase();
}

function isRealYymmdd(yymmdd: string): boolean {
  const year = 2000 + Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function checkDossierCode(input: string): DossierCodeCheck {
  const code = normalizeDossierCode(input);
  if (code === '') return { ok: false, code, problem: 'empty', hint: CHECKLIST_MESSAGES.dossierEmpty };
  const match = DOSSIER_CODE.exec(code);
  if (!match) return { ok: false, code, problem: 'format', hint: CHECKLIST_MESSAGES.dossierFormat };
  const [, agency = '', date = '', sequence = ''] = match;
  if (!isRealYymmdd(date)) return { ok: false, code, problem: 'bad-date', hint: CHECKLIST_MESSAGES.dossierBadDate };
  return { ok: true, code, agency, date, sequence };
}
