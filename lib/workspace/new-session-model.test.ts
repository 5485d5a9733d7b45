import { describe, expect, it } from 'vitest';
import { TEST_GUIDE } from '../../tests/fixtures/test-guide';
import type { Guide } from '../guide/schema';
import { createNewSessionModel } from './new-session-model';

const OTHER: Guide = { ...TEST_GUIDE, id: 'thuong-tru', title: 'Đăng ký thường trú', procedure: { ...TEST_GUIDE.procedure!, code: '1.004222', name: 'Đăng ký thường trú' } };

describe('new session model', () => {
  it('finds a guide typed without diacritics', () => {
    const m = createNewSessionModel([TEST_GUIDE, OTHER]);
    m.setGuideQuery('dang ky khai sinh');
    expect(m.matches.value.map((g) => g.id)).toEqual([TEST_GUIDE.id]);
    m.setGuideQuery('THƯỜNG TRÚ');
    expect(m.matches.value.map((g) => g.id)).toEqual(['thuong-tru']);
  });

  it('warns when the label looks like an ID or phone number, not for a house number', () => {
    const m = createNewSessionModel([TEST_GUIDE]);
    m.setLabel('Bà Lan 001099012345');
    expect(m.warning.value?.kind).toBe('id-number');
    m.setLabel('Anh Minh 0912 345 678');
    expect(m.warning.value?.kind).toBe('phone');
    m.setLabel('Nhà số 12 tổ 5');
    expect(m.warning.value).toBeNull();
  });

  it('needs a label and a guide before it gives the input', () => {
    const m = createNewSessionModel([TEST_GUIDE]);
    expect(m.missing.value).toBe('label');
    m.setLabel('  Bà Lan  ');
    expect(m.missing.value).toBe('guide');
    expect(m.input()).toBeNull();
    m.chooseGuide(TEST_GUIDE.id);
    expect(m.input()).toEqual({
      residentLabel: 'Bà Lan',
      guideId: TEST_GUIDE.id,
      guideVersion: 1,
      guideTitle: TEST_GUIDE.title,
      procedureCode: '1.001193',
    });
  });
});
