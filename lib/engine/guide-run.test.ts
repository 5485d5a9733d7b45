import { effect } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { Guide } from '../guide/schema';
import { createGuideRunModel, isStartPage, startPageFit, stepForUrl } from './guide-run';

const DETAIL = 'dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';

/** Birth registration across hosts: national portal → VNeID login → Ministry of Justice → back. */
const guide: Guide = {
  id: 'dang-ky-khai-sinh',
  version: 3,
  title: 'Đăng ký khai sinh',
  summary: 'Làm giấy khai sinh cho con trên Cổng Dịch vụ công.',
  reviewedAt: '2026-07-20',
  sources: [{ title: 'Cổng Dịch vụ công quốc gia' }],
  documents: [],
  help: { hotline: '18001096' },
  startPages: [DETAIL],
  steps: [
    { id: 'chuan-bi', title: 'Chuẩn bị giấy tờ' },
    { id: 'nop-ho-so', title: 'Bấm Nộp hồ sơ', page: [DETAIL] },
    { id: 'dang-nhap', title: 'Đăng nhập VNeID', page: ['sso.dancuquocgia.gov.vn/**'] },
    { id: 'uy-quyen', title: 'Người khác ủy quyền', page: ['dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/*'], optional: true },
    { id: 'ke-khai', title: 'Kê khai', page: ['dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/*'] },
    { id: 'tra-cuu', title: 'Tra cứu hồ sơ', page: ['dichvucong.gov.vn/tra-cuu-ho-so'] },
  ],
};

describe('createGuideRunModel', () => {
  it('next marks the step done and advances one step; back goes back; the ends clamp', () => {
    const run = createGuideRunModel(guide);
    expect(run.step.value.id).toBe('chuan-bi');
    expect(run.total.value).toBe(6);
    expect(run.isFirst.value).toBe(true);
    run.back();
    expect(run.stepIndex.value).toBe(0);
    run.next();
    expect(run.step.value.id).toBe('nop-ho-so');
    expect([...run.completed.value]).toEqual(['chuan-bi']);
    run.back();
    run.next();
    run.next();
    // An optional step is still shown: next skips nothing.
    run.next();
    expect(run.step.value.id).toBe('uy-quyen');
    run.goTo(99);
    expect(run.isLast.value).toBe(true);
    run.next();
    expect(run.stepIndex.value).toBe(5);
    expect(run.completed.value.has('tra-cuu')).toBe(true);
  });

  it('is finished when every step is done or optional', () => {
    const run = createGuideRunModel(guide);
    for (const id of ['chuan-bi', 'nop-ho-so', 'dang-nhap', 'ke-khai']) run.markDone(id);
    expect(run.finished.value).toBe(false);
    run.markDone('tra-cuu');
    expect(run.finished.value).toBe(true);
  });

  it('walks the chosen route: "Bước N/M" counts its steps, and the other route is not needed to finish', () => {
    const routed: Guide = {
      ...guide,
      steps: [{ id: 'nop-truc-tuyen', title: 'Nộp trực tuyến' }, { id: 'nhan-ket-qua', title: 'Nhận kết quả' }],
      routes: [
        { id: 'mot-trang', title: 'Một trang', after: 'nop-truc-tuyen', rejoin: 'nhan-ket-qua', steps: [{ id: 'luu-va-nop', title: 'Lưu và nộp' }] },
        {
          id: 'wizard', title: 'Wizard', after: 'nop-truc-tuyen', rejoin: 'nhan-ket-qua',
          steps: [{ id: 'to-khai', title: 'Tờ khai' }, { id: 'gui-ho-so', title: 'Gửi hồ sơ' }],
        },
      ],
    };
    const run = createGuideRunModel(routed);
    expect(run.total.value).toBe(3);
    expect(run.goToStep('gui-ho-so')).toBe(true);
    expect(run.total.value).toBe(4);
    expect(run.stepIndex.value).toBe(2);
    for (const id of ['nop-truc-tuyen', 'to-khai', 'gui-ho-so', 'nhan-ket-qua']) run.markDone(id);
    expect(run.finished.value).toBe(true);
    expect(run.snapshot()).toMatchObject({ routes: { 'nop-truc-tuyen': 'wizard' }, stepIndex: 2 });
    const again = createGuideRunModel(routed);
    again.restore(run.snapshot());
    expect(again.step.value.id).toBe('gui-ho-so');
  });

  it('updates subscribers once per action', () => {
    const run = createGuideRunModel(guide);
    const seen: string[] = [];
    const stop = effect(() => {
      seen.push(`${run.step.value.id}:${run.completed.value.size}`);
    });
    run.next();
    stop();
    expect(seen).toEqual(['chuan-bi:0', 'nop-ho-so:1']);
  });

  it('snapshot and restore survive a reload; another guide is ignored; a changed guide is clamped', () => {
    const run = createGuideRunModel(guide);
    run.next();
    run.next();
    const snap = run.snapshot();
    expect(snap).toEqual({ guideId: 'dang-ky-khai-sinh', version: 3, stepIndex: 2, completed: ['chuan-bi', 'nop-ho-so'] });

    const reloaded = createGuideRunModel(guide);
    expect(reloaded.restore(snap)).toBe(true);
    expect(reloaded.step.value.id).toBe('dang-nhap');
    expect(reloaded.completed.value.has('nop-ho-so')).toBe(true);

    expect(reloaded.restore({ ...snap, guideId: 'dang-ky-thuong-tru', stepIndex: 0 })).toBe(false);
    expect(reloaded.stepIndex.value).toBe(2);

    const shorter: Guide = { ...guide, version: 4, steps: guide.steps.slice(0, 2) };
    const updated = createGuideRunModel(shorter);
    updated.restore({ ...snap, stepIndex: 5, completed: ['chuan-bi', 'ke-khai'] });
    expect(updated.stepIndex.value).toBe(1);
    expect([...updated.completed.value]).toEqual(['chuan-bi']);
  });

  it('initial state is clamped and unknown step ids are dropped', () => {
    const run = createGuideRunModel(guide, { stepIndex: -4, completed: ['khong-co', 'chuan-bi'] });
    expect(run.stepIndex.value).toBe(0);
    expect([...run.completed.value]).toEqual(['chuan-bi']);
  });
});

describe('stepForUrl', () => {
  const sso = 'https://sso.dancuquocgia.gov.vn/auth?response_type=code&client_id=sso-c12-dvc-web';
  const moj = 'https://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/7';
  const detail = `https://${DETAIL}`;

  it('keeps the current step when it happens here or anywhere', () => {
    expect(stepForUrl(guide, detail, 1)).toBe(1);
    expect(stepForUrl(guide, sso, 0)).toBe(0);
  });

  it('follows the person across hosts to the first step not yet done', () => {
    expect(stepForUrl(guide, sso, 1, ['chuan-bi'])).toBe(2);
    // On the ministry portal: the optional authorisation step first, unless it is done already.
    expect(stepForUrl(guide, moj, 2, ['chuan-bi', 'nop-ho-so', 'dang-nhap'])).toBe(3);
    expect(stepForUrl(guide, moj, 2, ['chuan-bi', 'nop-ho-so', 'dang-nhap', 'uy-quyen'])).toBe(4);
    expect(stepForUrl(guide, 'https://dichvucong.gov.vn/tra-cuu-ho-so', 4)).toBe(5);
  });

  it('goes back to the nearest earlier step when the person returns to an earlier page', () => {
    expect(stepForUrl(guide, detail, 4, ['chuan-bi', 'nop-ho-so', 'dang-nhap'])).toBe(1);
    expect(stepForUrl(guide, sso, 5)).toBe(2);
  });

  it('returns null on a page where no step happens', () => {
    expect(stepForUrl(guide, 'https://dichvucong.gov.vn/ho-tro', 1)).toBeNull();
  });
});

describe('isStartPage', () => {
  it('uses startPages, else the first step page', () => {
    expect(isStartPage(guide, `https://${DETAIL}`)).toBe(true);
    expect(isStartPage(guide, 'https://dichvucong.gov.vn/')).toBe(false);
    const noStart: Guide = { ...guide, startPages: undefined, steps: guide.steps.slice(1) };
    expect(isStartPage(noStart, `https://${DETAIL}`)).toBe(true);
    const nowhere: Guide = { ...guide, startPages: undefined };
    expect(isStartPage(nowhere, `https://${DETAIL}`)).toBe(false);
  });
});

describe('startPageFit', () => {
  it('prefers the guide written for this exact page over a broader one', () => {
    const base = { version: 1, summary: 's', reviewedAt: '2026-11-26', sources: [{ title: 's' }], documents: [], steps: [{ id: 'a', title: 'A' }], help: { hotline: '18001096' } };
    const broad = { ...base, id: 'rong', title: 'Rộng', startPages: ['lienthong.dichvucong.gov.vn/#/ke-khai/**'] } as Guide;
    const exact = { ...base, id: 'hep', title: 'Hẹp', startPages: ['lienthong.dichvucong.gov.vn/#/ke-khai/1.006714/**'] } as Guide;
    const href = 'https://lienthong.dichvucong.gov.vn/#/ke-khai/1.006714/buoc-1';
    expect(startPageFit(exact, href)).toBeGreaterThan(startPageFit(broad, href));
    expect(startPageFit(broad, 'https://dichvucong.gov.vn/')).toBe(0);
  });
});
