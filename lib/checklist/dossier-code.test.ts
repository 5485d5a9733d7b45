import { describe, expect, it } from 'vitest';
import { checkDossierCode, normalizeDossierCode } from './dossier-code';

describe('dossier code', () => {
  it('accepts the interlinked portal format shown after submission', () => {
    const result = checkDossierCode('G22.99.08-250801-0001');
    expect(result).toMatchObject({ ok: true, agency: 'G22.99.08', date: '250801', sequence: '0001' });
  });

  it('accepts a provincial agency identifier (dotted segments ending in a province code)', () => {
    expect(checkDossierCode('000.00.21.H40-250315-0012').ok).toBe(true);
  });

  it('normalises spaces, lower case and typographic dashes copied from a screen', () => {
    expect(normalizeDossierCode(' g22.99.08 – 250801 - 0001 ')).toBe('G22.99.08-250801-0001');
    expect(checkDossierCode('g22.99.08—250801-0001').ok).toBe(true);
  });

  it('explains an impossible date in Vietnamese and English', () => {
    const result = checkDossierCode('G22.99.08-250231-0001');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe('bad-date');
      expect(result.hint.vi).toContain('yymmdd');
      expect(result.hint.en).toContain('date');
    }
  });

  it('hints at the expected shape for other text, and for an empty field', () => {
    for (const input of ['0912345678', 'G22.99.08-2508-01', 'hồ sơ 1']) {
      const result = checkDossierCode(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.hint.vi).toContain('G22.99.08-250801-0001');
    }
    expect(checkDossierCode('   ')).toMatchObject({ ok: false, problem: 'empty' });
  });
});
