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

  it('accepts the residence portal shape (FLOWS §6.3) and the ministry agency shape', () => {
    expect(checkDossierCode('G01.863.805-260916-890125')).toMatchObject({ ok: true, agency: 'G01.863.805', date: '260916', sequence: '890125' });
    expect(checkDossierCode('000.00.00.G15-260101-000001')).toMatchObject({ ok: true, agency: '000.00.00.G15' });
    expect(checkDossierCode(' g01.863.805 – 260916 – 890125 ')).toMatchObject({ ok: true, code: 'G01.863.805-260916-890125' });
  });

  it('still refuses nonsense: no agency letter code, missing parts, a 13th month, letters in the date', () => {
    for (const nonsense of ['ABC', '123-456', 'G01.863.805', 'G01.863.805-260916', '863.805-260916-890125', 'G01.863.805-26O916-890125', 'G01.863.805-260916-89012345', 'xin chào']) {
      expect(checkDossierCode(nonsense).ok, nonsense).toBe(false);
    }
    expect(checkDossierCode('G01.863.805-261316-890125')).toMatchObject({ ok: false, problem: 'bad-date' });
  });

  it('names both real shapes when the code looks wrong', () => {
    const result = checkDossierCode('ABC');
    if (!result.ok) expect(result.hint.vi).toContain('G01.863.805-260916-890125');
  });
});
