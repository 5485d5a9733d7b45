// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Guide } from '../guide/schema';
import { createOverlayModel, TARGET_ATTRIBUTE, type OverlayModel } from './overlay-model';
import { createMemoryProgressPort } from './progress-port';
import { overlayTestGuide, START_URL } from '../../tests/fixtures/overlay-guide';

const START = START_URL;

const guide = overlayTestGuide;

const visible = (): boolean => true;
const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

describe('overlay model', () => {
  let model: OverlayModel | null = null;

  beforeEach(() => {
    setUrl(START);
    document.body.innerHTML = '<main><h3>Thủ tục đăng ký khai sinh</h3><button type="button">Nộp hồ sơ</button></main>';
  });
  afterEach(() => model?.dispose());

  it('offers the guide on its starting page and nowhere else', async () => {
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [guide], progress: createMemoryProgressPort(), isVisible: visible });
    await model.init();
    expect(model.mode.value).toBe('offer');
    expect(model.offer.value?.id).toBe('thu-nghiem');
    model.dispose();

    setUrl('https://dichvucong.gov.vn/tra-cuu-ho-so');
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [guide], progress: createMemoryProgressPort(), isVisible: visible });
    await model.init();
    expect(model.mode.value).toBe('idle');
  });

  it('marks the target, advances when it is clicked, and saves progress', async () => {
    const progress = createMemoryProgressPort();
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [guide], progress, isVisible: visible });
    await model.init();
    model.start('thu-nghiem');
    await tick();
    const button = document.querySelector('button')!;
    expect(button.getAttribute(TARGET_ATTRIBUTE)).toBe('nop-ho-so');

    button.click();
    await tick();
    expect(model.run.value?.stepIndex.value).toBe(1);
    expect(button.hasAttribute(TARGET_ATTRIBUTE)).toBe(false);
    expect(progress.current()).toMatchObject({ guideId: 'thu-nghiem', stepIndex: 1, completed: ['nop-ho-so'] });
  });

  it('finds a late target, and completes a step when its text appears', async () => {
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [guide], progress: createMemoryProgressPort(), isVisible: visible, targetTimeoutMs: 2000 });
    await model.init();
    model.start('thu-nghiem');
    model.next();
    expect(model.target.value.kind).toBe('searching');
    const late = document.createElement('button');
    late.textContent = 'Nộp trực tuyến';
    document.body.append(late);
    await tick(200);
    expect(model.target.value.kind).toBe('found');
    expect(late.getAttribute(TARGET_ATTRIBUTE)).toBe('chon-co-quan');

    const modal = document.createElement('div');
    modal.textContent = 'Thông tin chung';
    document.body.append(modal);
    await tick(200);
    expect(model.run.value?.step.value.id).toBe('dang-nhap');
  });

  it('says the target is not on the page after the wait, without blocking the step', async () => {
    document.body.innerHTML = '<main>Trang không có nút</main>';
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [guide], progress: createMemoryProgressPort(), isVisible: visible, targetTimeoutMs: 50 });
    await model.init();
    model.start('thu-nghiem');
    await tick(120);
    expect(model.target.value.kind).toBe('not-found');
    model.next();
    expect(model.run.value?.step.value.id).toBe('chon-co-quan');
  });

  it('resumes saved progress, following the person to the page of the right step', async () => {
    setUrl('https://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/1.001193');
    document.body.innerHTML = '<button id="kt_gui-ho-so">Gửi hồ sơ</button>';
    const progress = createMemoryProgressPort({ guideId: 'thu-nghiem', guideVersion: 1, stepIndex: 2, completed: ['nop-ho-so', 'chon-co-quan'], updatedAt: 1 });
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [guide], progress, isVisible: visible });
    await model.init();
    // The login step's done condition (reaching the ministry portal) already holds.
    expect(model.run.value?.step.value.id).toBe('gui');
    expect(model.mode.value).toBe('running');
    await tick();
    expect(document.getElementById('kt_gui-ho-so')?.getAttribute(TARGET_ATTRIBUTE)).toBe('gui');

    const done = document.createElement('p');
    done.textContent = 'Gửi hồ sơ thành công';
    document.body.append(done);
    await tick(200);
    expect(model.mode.value).toBe('finished');
    expect(progress.current()?.completed).toContain('gui');
  });

  it('closing clears the saved run and removes the target mark', async () => {
    const progress = createMemoryProgressPort();
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [guide], progress, isVisible: visible });
    await model.init();
    model.start('thu-nghiem');
    await tick();
    model.close();
    expect(progress.current()).toBeNull();
    expect(document.querySelector(`[${TARGET_ATTRIBUTE}]`)).toBeNull();
    expect(model.mode.value).toBe('idle');
  });

  it('keeps working in memory when saving fails, and reports it', async () => {
    const errors: unknown[] = [];
    const progress = { load: async () => null, save: async () => Promise.reject(new Error('QuotaExceededError')), clear: async () => undefined };
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [guide], progress, isVisible: visible, onStorageError: (e) => errors.push(e) });
    await model.init();
    model.start('thu-nghiem');
    model.next();
    await tick();
    expect(model.run.value?.stepIndex.value).toBe(1);
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('going back', () => {
  it('stays on a step reached with "Quay lại" even though its condition still holds', async () => {
    setUrl(START);
    document.body.innerHTML = '<main><button type="button">Nộp hồ sơ</button><p>Thông tin chung</p></main>';
    const model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [guide], progress: createMemoryProgressPort(), isVisible: visible });
    await model.init();
    model.start('thu-nghiem');
    model.next();
    await tick(200);
    // "Thông tin chung" is on the page: step 2 completed by itself.
    expect(model.run.value?.step.value.id).toBe('dang-nhap');
    model.back();
    await tick(200);
    expect(model.run.value?.step.value.id).toBe('chon-co-quan');
    document.body.append(document.createElement('div'));
    await tick(200);
    expect(model.run.value?.step.value.id).toBe('chon-co-quan');
    model.dispose();
  });
});

describe('a page that never stops changing', () => {
  it('still completes the step soon after its text appears, checking at most a few times a second', async () => {
    setUrl(START);
    document.body.innerHTML = '<main><button type="button">Nộp hồ sơ</button><p id="clock"></p></main>';
    // Each condition check reads the page's address once, and so does route watching on each DOM batch
    // (happy-dom has no Navigation API); count those reads.
    let checks = 0;
    const counted = new Proxy(window, {
      get(target, key) {
        if (key === 'location') checks++;
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const model = createOverlayModel({ doc: document, win: counted, loadGuides: async () => [guide], progress: createMemoryProgressPort(), isVisible: visible, checkIntervalMs: 100 });
    await model.init();
    model.start('thu-nghiem');
    model.next();
    const late = document.createElement('button');
    late.textContent = 'Nộp trực tuyến';
    document.body.append(late);
    await tick(120);
    const clock = document.getElementById('clock')!;
    const before = checks;
    // 60 DOM batches over about 300 ms, like a live clock; the done text appears half-way.
    for (let i = 0; i < 60; i++) {
      clock.textContent = String(i);
      if (i === 30) clock.insertAdjacentText('afterend', 'Thông tin chung');
      await tick(5);
    }
    await tick(150);
    expect(model.run.value?.step.value.id).toBe('dang-nhap');
    // 60 reads are the route watcher's; unthrottled, the condition checks would add about 60 more.
    expect(checks - before).toBeLessThan(60 + 15);
    model.dispose();
  });
});

describe('URL conditions count only after the address changes', () => {
  const siteGuide: Guide = {
    ...guide,
    id: 'cung-trang',
    steps: [
      { id: 'xem', title: 'Đọc thông tin', page: ['dichvucong.gov.vn/thu-tuc-hanh-chinh/*'] },
      // Done once the person is anywhere else on the portal, as the police-form guides say it.
      { id: 'xac-nhan', title: 'Bấm Xác nhận', page: ['dichvucong.gov.vn/thu-tuc-hanh-chinh/*'], done: [{ url: 'dichvucong.gov.vn/**' }] },
      { id: 'dang-nhap', title: 'Đăng nhập', page: ['sso.dancuquocgia.gov.vn/**'] },
    ],
  };

  it('"Tiếp theo" onto a step whose URL condition names this site does not skip it', async () => {
    setUrl(START);
    document.body.innerHTML = '<main>Trang thủ tục</main>';
    const progress = createMemoryProgressPort();
    const model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [siteGuide], progress, isVisible: visible, checkIntervalMs: 0 });
    await model.init();
    model.start('cung-trang');
    model.next();
    document.body.append(document.createElement('div'));
    await tick(50);
    expect(model.run.value?.step.value.id).toBe('xac-nhan');
    expect(progress.current()?.shownAt).toBe(START);
    model.dispose();

    // A reload of the same page keeps the step too.
    const again = createOverlayModel({ doc: document, win: window, loadGuides: async () => [siteGuide], progress, isVisible: visible, checkIntervalMs: 0 });
    await again.init();
    expect(again.run.value?.step.value.id).toBe('xac-nhan');
    again.dispose();

    // Another page of the portal: now the condition holds, and the step after it happens elsewhere.
    setUrl('https://dichvucong.gov.vn/dich-vu-cong/cong-an/cu-tru');
    const moved = createOverlayModel({ doc: document, win: window, loadGuides: async () => [siteGuide], progress, isVisible: visible, checkIntervalMs: 0 });
    await moved.init();
    expect(moved.run.value?.step.value.id).toBe('dang-nhap');
    // Its page is the login host: the card says so at once instead of searching for 4 seconds.
    expect(moved.target.value.kind).toBe('elsewhere');
    moved.dispose();
  });
});

describe('a new tab on a page of a guide a helper’s session runs', () => {
  let model: OverlayModel | null = null;
  beforeEach(() => {
    setUrl(START);
    document.body.innerHTML = '<main><h3>Thủ tục đăng ký khai sinh</h3><button type="button">Nộp hồ sơ</button></main>';
  });
  afterEach(() => model?.dispose());

  function withSessionRun() {
    const progress = createMemoryProgressPort();
    const adopted = { guideId: guide.id, guideVersion: guide.version, stepIndex: 1, completed: ['nop-ho-so'], sessionId: 's-lan', updatedAt: 9 };
    const asked: string[][] = [];
    const port = {
      ...progress,
      resumable: async (ids: readonly string[]) => {
        asked.push([...ids]);
        return { sessionId: 's-lan', sessionStartedAt: 1, guideId: guide.id, stepIndex: 1 };
      },
      adopt: async (id: string) => (id === 's-lan' ? adopted : null),
    };
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [guide], progress: port, isVisible: visible });
    return { model, progress, asked };
  }

  it('asks before continuing: the question names the guide, the session and its step, and nothing runs yet', async () => {
    const { model, progress, asked } = withSessionRun();
    await model.init();
    expect(asked).toEqual([[guide.id]]);
    expect(model.mode.value).toBe('offer');
    expect(model.run.value).toBeNull();
    expect(model.resume.value).toMatchObject({ sessionId: 's-lan', sessionStartedAt: 1, step: 2, total: model.resume.value?.total });
    expect(model.resume.value?.guide.id).toBe(guide.id);
    expect(progress.current()).toBeNull();
  });

  it('"Tiếp tục" runs the session’s guide at its step, tied to the session', async () => {
    const { model, progress } = withSessionRun();
    await model.init();
    await model.continueSession();
    expect(model.mode.value).toBe('running');
    expect(model.run.value?.stepIndex.value).toBe(1);
    expect(model.resume.value).toBeNull();
    model.next();
    expect(progress.current()).toMatchObject({ sessionId: 's-lan', stepIndex: 2 });
  });

  it('"Bắt đầu mới" starts at step 1 with no session: the other session is not touched', async () => {
    const { model, progress } = withSessionRun();
    await model.init();
    model.startFresh();
    expect(model.mode.value).toBe('running');
    expect(model.run.value?.stepIndex.value).toBe(0);
    expect(progress.current()).toMatchObject({ guideId: guide.id, stepIndex: 0 });
    expect(progress.current()).not.toHaveProperty('sessionId');
  });

  it('"Để sau" leaves the page alone', async () => {
    const { model } = withSessionRun();
    await model.init();
    model.dismissOffer();
    expect(model.mode.value).toBe('idle');
    expect(model.resume.value).toBeNull();
  });

  it('takes the route the person chooses at a fork the page cannot tell apart, and keeps it', async () => {
    // Two routes that both start by reading on the same page: nothing on it says which one applies.
    const routed: Guide = {
      ...guide,
      id: 'hai-cach',
      steps: [
        { id: 'mo-trang', title: 'Mở trang', target: [{ text: 'Nộp hồ sơ', role: 'button' }] },
        { id: 'xong', title: 'Xong' },
      ],
      routes: [
        { id: 'cach-mot', title: 'Cách một', after: 'mo-trang', rejoin: 'xong', steps: [{ id: 'doc-mot', title: 'Đọc cách một' }, { id: 'lam-mot', title: 'Làm cách một' }] },
        { id: 'cach-hai', title: 'Cách hai', after: 'mo-trang', rejoin: 'xong', steps: [{ id: 'doc-hai', title: 'Đọc cách hai' }] },
      ],
    };
    const progress = createMemoryProgressPort();
    model = createOverlayModel({ doc: document, win: window, loadGuides: async () => [routed], progress, isVisible: visible });
    await model.init();
    model.start('hai-cach');
    model.next();
    expect(model.run.value?.step.value.id).toBe('doc-mot');

    model.takeRoute('cach-hai');
    expect(model.run.value?.step.value.id).toBe('doc-hai');
    expect(model.run.value?.total.value).toBe(3);
    // The page still matches the first route's steps as well: a check must not take the person back.
    document.body.append(document.createElement('p'));
    await tick(50);
    expect(model.run.value?.step.value.id).toBe('doc-hai');
    expect(progress.current()).toMatchObject({ guideId: 'hai-cach', stepIndex: 1, routes: { 'mo-trang': 'cach-hai' } });

    // An unknown route changes nothing.
    model.takeRoute('khong-co');
    expect(model.run.value?.step.value.id).toBe('doc-hai');
  });

  it('a step reached on the sign-in site counts as done there only if the person saw its target', async () => {
    // The wizard's "Thông tin chung" is done when the sign-in site opens, but the one-page form goes to the
    // same site straight from "Nộp trực tuyến", without that dialog ever showing.
    const routed: Guide = {
      ...guide,
      id: 'dang-nhap-chung',
      steps: [
        { id: 'bam-nop', title: 'Bấm nộp', target: [{ text: 'Nộp hồ sơ', role: 'button' }], done: [{ clicked: true }] },
        { id: 'xong', title: 'Xong' },
      ],
      routes: [
        {
          id: 'wizard',
          title: 'Wizard',
          after: 'bam-nop',
          rejoin: 'xong',
          steps: [
            { id: 'xac-nhan', title: 'Xác nhận', page: ['dichvucong.gov.vn/thu-tuc-hanh-chinh/**'], target: [{ text: 'Xác nhận', role: 'button' }], done: [{ url: 'sso.dancuquocgia.gov.vn/**' }] },
            { id: 'dang-nhap', title: 'Đăng nhập', page: ['sso.dancuquocgia.gov.vn/auth'], target: [{ label: 'Số định danh cá nhân' }] },
          ],
        },
        {
          id: 'mot-trang',
          title: 'Một trang',
          after: 'bam-nop',
          rejoin: 'xong',
          steps: [{ id: 'dang-nhap-mt', title: 'Đăng nhập (một trang)', page: ['sso.dancuquocgia.gov.vn/auth'], target: [{ label: 'Số định danh cá nhân' }] }],
        },
      ],
    };
    const loadOn = async (url: string, progress: ReturnType<typeof createMemoryProgressPort>): Promise<OverlayModel> => {
      setUrl(url);
      const m = createOverlayModel({ doc: document, win: window, loadGuides: async () => [routed], progress, isVisible: visible });
      await m.init();
      return m;
    };
    for (const dialog of [false, true]) {
      const progress = createMemoryProgressPort();
      document.body.innerHTML = '<main><button type="button">Nộp hồ sơ</button></main>';
      model = await loadOn(START, progress);
      model.start('dang-nhap-chung');
      await tick();
      document.querySelector('button')!.click();
      if (dialog) document.body.insertAdjacentHTML('beforeend', '<div role="dialog"><button type="button">Xác nhận</button></div>');
      await tick(50);
      expect(model.run.value?.step.value.id).toBe('xac-nhan');
      expect(progress.current()?.shownFound === true).toBe(dialog);
      model.dispose();

      // The sign-in page loads in the same tab.
      document.body.innerHTML = '<main><label>Số định danh cá nhân <input></label></main>';
      model = await loadOn('https://sso.dancuquocgia.gov.vn/auth', progress);
      await tick(50);
      // Seen: done by the address, on to the wizard's sign-in. Not seen: the page says where the person
      // is, the first step of the route that signs in first.
      expect(model.run.value?.step.value.id).toBe(dialog ? 'dang-nhap' : 'dang-nhap-mt');
      model.dispose();
      model = null;
    }
  });
});
