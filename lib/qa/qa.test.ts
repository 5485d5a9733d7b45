import { describe, expect, it } from 'vitest';
import { TEST_GUIDE } from '../../tests/fixtures/test-guide';
import { bundledGuides } from '../guide/bundled';
import type { Guide } from '../guide/schema';
import { buildQaEntries, stepForQuestion, stepNumbers, type QaTown } from './entries';
import { createQaIndex } from './search';

const TOWN: QaTown = {
  id: 'phuong-mau',
  name: 'Phường Mẫu',
  questions: [
    { id: 'thu-bay', question: 'Thứ Bảy phường có làm việc không?', answer: 'Có, **sáng thứ Bảy**.' },
    { id: 'uy-quyen', question: 'Ông bà làm khai sinh cho cháu được không?', answer: 'Được, khi có **văn bản ủy quyền**.', guide: 'dang-ky-khai-sinh', step: 'uy-quyen' },
    { id: 'la', question: 'Hỏi về một hướng dẫn mà trang không có', answer: 'Gọi phường.', guide: 'khong-co', step: 'x' },
  ],
};

describe('Q&A list', () => {
  it('finds "khong nhan duoc ma OTP" without diacritics and ties it to the VNeID guide at the code step', () => {
    const index = createQaIndex(buildQaEntries(bundledGuides));
    const [first] = index.search('khong nhan duoc ma OTP');
    expect(first).toMatchObject({
      guideId: 'dang-nhap-vneid',
      stepId: 'nhap-ma-xac-nhan',
      stepNumber: 3, // after choosing how to log in and the account route's step, as "Bước N/M" counts it
      question: 'Không nhận được mã xác nhận (OTP)',
    });
  });

  it('holds every situation of every guide once', () => {
    const entries = buildQaEntries(bundledGuides);
    const total = bundledGuides.reduce((n, g) => n + (g.situations?.length ?? 0), 0);
    expect(entries).toHaveLength(total);
    expect(new Set(entries.map((e) => e.key)).size).toBe(total);
    expect(entries.every((e) => e.from === 'guide' && e.guideId && e.guideTitle)).toBe(true);
  });

  it('puts the town questions first and keeps the step the town named', () => {
    const entries = buildQaEntries([TEST_GUIDE], TOWN);
    expect(entries.map((e) => e.key)).toEqual([
      'town:phuong-mau/thu-bay',
      'town:phuong-mau/uy-quyen',
      'town:phuong-mau/la',
      'dang-ky-khai-sinh/khong-nhan-otp',
    ]);
    expect(entries[1]).toMatchObject({ from: 'town', guideId: 'dang-ky-khai-sinh', stepId: 'uy-quyen', stepTitle: 'Gửi văn bản ủy quyền', stepNumber: 4 });
    // A question about a guide this site does not publish is still answered, just not linked.
    expect(entries[2]?.guideId).toBeUndefined();
    expect(entries[0]?.stepId).toBeUndefined();
  });

  it('finds a town answer by the words of its answer, with ký/kí and đ/d folded', () => {
    const index = createQaIndex(buildQaEntries([TEST_GUIDE], TOWN));
    expect(index.search('van ban uy quyen').map((e) => e.key)[0]).toBe('town:phuong-mau/uy-quyen');
    expect(index.search('dang ki khai sinh').map((e) => e.key)).toContain('town:phuong-mau/uy-quyen');
    expect(index.search('thu bay')[0]?.key).toBe('town:phuong-mau/thu-bay');
    expect(index.search('chuyen khong lien quan gi ca')).toEqual([]);
  });

  it('numbers steps as the step list does: the steps of two routes of one fork share a number', () => {
    expect(Object.fromEntries(stepNumbers(TEST_GUIDE))).toEqual({
      'dang-nhap': 1,
      'chon-thu-tuc': 2,
      'nop-truc-tuyen': 3,
      'nop-truc-tiep': 3,
      'uy-quyen': 4,
    });
  });

  it('leaves a situation without a step when no step shares its words', () => {
    const guide: Guide = { ...TEST_GUIDE, steps: [{ id: 'a', title: 'Mở trang' }] };
    expect(stepForQuestion(guide.steps, 'Không nhận được mã OTP')).toBeUndefined();
    expect(stepForQuestion(TEST_GUIDE.steps, 'Mã OTP là gì')?.id).toBe('chon-thu-tuc');
  });
});
