import { describe, expect, it } from 'vitest';
import type { Guide, Step } from '../guide/schema';
import { locate, type PageEvidence } from './position';
import { matchesAny } from './url-pattern';

const DETAIL = 'dichvucong.gov.vn/thu-tuc-hanh-chinh/abc';
const FORM = 'dichvucong.gov.vn/nop-ho-so';
const MOJ = 'dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/**';

// Modelled on the khai sinh guide: two routes after "Nộp trực tuyến".
const guide: Pick<Guide, 'steps' | 'routes'> = {
  steps: [
    { id: 'chuan-bi', title: 'Chuẩn bị', page: [DETAIL], target: [{ text: 'Thành phần hồ sơ' }] },
    { id: 'chon-co-quan', title: 'Chọn cơ quan', page: [DETAIL], target: [{ text: 'Chọn Tỉnh' }], done: [{ appears: { text: 'Nộp trực tuyến' } }] },
    { id: 'nop-truc-tuyen', title: 'Nộp trực tuyến', page: [DETAIL], target: [{ text: 'Nộp trực tuyến' }], done: [{ clicked: true }] },
    { id: 'dang-nhap', title: 'Đăng nhập', page: ['sso.dancuquocgia.gov.vn/**'], target: [{ label: 'Số định danh' }], done: [{ url: 'dichvucong.gov.vn/**' }] },
    { id: 'theo-doi', title: 'Theo dõi', target: [{ text: 'Mã hồ sơ:' }] },
  ],
  routes: [
    {
      id: 'mot-trang', title: 'Một trang', after: 'dang-nhap', rejoin: 'theo-doi',
      steps: [
        { id: 'dien-mau', title: 'Điền mẫu', page: [FORM], target: [{ name: 'hoTen' }] },
        { id: 'luu-va-nop', title: 'Lưu và nộp', page: [FORM], target: [{ text: 'Lưu và nộp hồ sơ' }], done: [{ text: 'Nộp hồ sơ thành công' }] },
      ],
    },
    {
      id: 'wizard', title: 'Wizard', after: 'dang-nhap', rejoin: 'theo-doi',
      steps: [
        { id: 'chu-ho-so', title: 'Chủ hồ sơ', page: [MOJ], target: [{ name: 'soDienThoai' }] },
        { id: 'to-khai', title: 'Tờ khai', page: [MOJ], target: [{ id: 'xem-truoc' }] },
        { id: 'gui-ho-so', title: 'Gửi hồ sơ', page: [MOJ], target: [{ id: 'gui' }], done: [{ text: 'Gửi hồ sơ thành công' }] },
      ],
    },
  ],
};

/** A page: its address and what is on it (target keys and texts). */
function page(href: string, shown: string[]): PageEvidence {
  const has = (k: string | undefined): boolean => k !== undefined && shown.includes(k);
  return {
    pageMatches: (s: Step) => s.page !== undefined && matchesAny(s.page, `https://${href}`),
    targetFound: (s: Step) => (s.target ?? []).some((t) => has(t.text) || has(t.label) || has(t.name) || has(t.id)),
    conditionHolds: (c) => has(c.text) || has(c.appears?.text) || (c.url !== undefined && matchesAny([c.url], `https://${href}`)),
  };
}

const at = (currentStepId: string, evidence: PageEvidence, choice = {}, currentPending = false) =>
  locate({ guide, choice, currentStepId, currentPending, evidence });

describe('locate', () => {
  it('stays while the current step is here, even with later targets on the same page', () => {
    expect(at('chuan-bi', page(DETAIL, ['Thành phần hồ sơ', 'Chọn Tỉnh']))).toEqual({ kind: 'stay' });
  });

  it('moves forwards past steps whose done condition holds, and those steps count as done', () => {
    const move = at('chuan-bi', page(DETAIL, ['Thành phần hồ sơ', 'Chọn Tỉnh', 'Nộp trực tuyến']));
    expect(move).toMatchObject({ kind: 'move', direction: 'forward', stepId: 'nop-truc-tuyen', passed: ['chuan-bi', 'chon-co-quan'] });
  });

  it('follows the person to the login page when its target shows, not on the address alone', () => {
    const sso = 'sso.dancuquocgia.gov.vn/auth';
    expect(at('nop-truc-tuyen', page(sso, []))).toEqual({ kind: 'stay' });
    expect(at('nop-truc-tuyen', page(sso, ['Số định danh']))).toMatchObject({
      kind: 'move', direction: 'forward', stepId: 'dang-nhap', passed: ['nop-truc-tuyen'],
    });
  });

  it('takes the route whose page the person is on', () => {
    const moj = 'dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/7';
    const move = at('dang-nhap', page(moj, ['soDienThoai']));
    expect(move).toMatchObject({ kind: 'move', stepId: 'chu-ho-so', choice: { 'dang-nhap': 'wizard' }, passed: ['dang-nhap'] });
    const one = at('dang-nhap', page(FORM, ['hoTen']));
    expect(one).toMatchObject({ kind: 'move', stepId: 'dien-mau', choice: { 'dang-nhap': 'mot-trang' } });
  });

  it('keeps the current route when both routes have a step on the page', () => {
    const twin: typeof guide = {
      ...guide,
      routes: guide.routes?.map((r) => ({
        ...r,
        steps: [{ id: `login-${r.id}`, title: 'Đăng nhập', page: ['sso.dancuquocgia.gov.vn/**'], target: [{ label: 'Số định danh' }] }, ...r.steps],
      })),
    };
    const sso = page('sso.dancuquocgia.gov.vn/auth', ['Số định danh']);
    const move = locate({ guide: twin, choice: { 'dang-nhap': 'wizard' }, currentStepId: 'dang-nhap', currentPending: false, evidence: { ...sso, targetFound: (s) => s.id !== 'dang-nhap' && sso.targetFound(s) } });
    expect(move).toMatchObject({ kind: 'move', stepId: 'login-wizard' });
  });

  it('changes route at the same place in the walk', () => {
    // The wizard's third step is shown, but the person is on the one-page form.
    const move = at('to-khai', page(FORM, ['Lưu và nộp hồ sơ']), { 'dang-nhap': 'wizard' });
    expect(move).toMatchObject({
      kind: 'move', direction: 'forward', stepId: 'luu-va-nop', choice: { 'dang-nhap': 'mot-trang' }, passed: ['dien-mau'],
    });
  });

  it('jumps to the step after a success message, and finishes at the last step', () => {
    const moj = 'dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/7';
    const wizard = { 'dang-nhap': 'wizard' };
    expect(at('to-khai', page(moj, ['Gửi hồ sơ thành công', 'Mã hồ sơ:']), wizard)).toMatchObject({
      kind: 'move', direction: 'forward', stepId: 'theo-doi', passed: ['to-khai', 'gui-ho-so'],
    });
  });

  it('moves back to the nearest earlier step whose target is on the page', () => {
    const moj = 'dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/7';
    const move = at('gui-ho-so', page(moj, ['soDienThoai']), { 'dang-nhap': 'wizard' });
    expect(move).toMatchObject({ kind: 'move', direction: 'back', stepId: 'chu-ho-so', passed: [] });
    const home = at('gui-ho-so', page(DETAIL, ['Thành phần hồ sơ', 'Chọn Tỉnh']), { 'dang-nhap': 'wizard' });
    expect(home).toMatchObject({ kind: 'move', direction: 'back', stepId: 'chon-co-quan' });
  });

  it('never moves on a page that matches nothing, nor while the current target is still loading', () => {
    expect(at('to-khai', page('dichvucong.gov.vn/ho-tro', ['Câu hỏi thường gặp']), { 'dang-nhap': 'wizard' })).toEqual({ kind: 'stay' });
    const moj = 'dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/7';
    expect(at('to-khai', page(moj, ['soDienThoai']), { 'dang-nhap': 'wizard' }, true)).toEqual({ kind: 'stay' });
  });

  it('a broad URL condition (dichvucong.gov.vn/**) is no evidence', () => {
    // dang-nhap is done on any dichvucong.gov.vn page: on the help page that says nothing about where.
    expect(at('nop-truc-tuyen', page('dichvucong.gov.vn/ho-tro', []))).toEqual({ kind: 'stay' });
  });

  it('does not go back before a step whose done condition holds', () => {
    // The success text is on the page: going back to an earlier target would only bounce forwards again.
    const moj = 'dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/7';
    expect(at('theo-doi', page(moj, ['Gửi hồ sơ thành công', 'soDienThoai']), { 'dang-nhap': 'wizard' })).toEqual({ kind: 'stay' });
  });
  it('a route taken on the portal is progress even where that route is shorter: its earlier steps count as done', () => {
    // The card had gone on along the wizard (its default route for this test is the first, so choose it);
    // the person is on the one-page form: the form's first step is at an index before the wizard's
    // current one, and it is still a move forwards onto the form, with nothing on the form left undone.
    const move = at('to-khai', page(FORM, ['hoTen']), { 'dang-nhap': 'wizard' });
    expect(move).toMatchObject({ kind: 'move', direction: 'forward', stepId: 'dien-mau', choice: { 'dang-nhap': 'mot-trang' } });
    expect(move.kind === 'move' && move.passed).toEqual([]);
  });
  it('is no move forwards onto another route while the current step\'s page still shows, even with that route\'s target there', () => {
    // The sign-in page offers both ways in (account, QR): after "Đã xong bước này" the card waits on the
    // account route's next step, whose field shows only later; the QR button on the same page is no reason
    // to jump to the QR route.
    const both: Pick<Guide, 'steps' | 'routes'> = {
      steps: [
        { id: 'chon-cach', title: 'Chọn cách', page: ['sso.dancuquocgia.gov.vn/auth'] },
        { id: 've-cong', title: 'Về cổng', page: ['dichvucong.gov.vn/**'] },
      ],
      routes: [
        {
          id: 'tai-khoan', title: 'Tài khoản', after: 'chon-cach', rejoin: 've-cong',
          steps: [
            { id: 'nhap-tai-khoan', title: 'Nhập tài khoản', page: ['sso.dancuquocgia.gov.vn/auth'], target: [{ name: 'username' }] },
            { id: 'nhap-otp', title: 'Nhập mã', page: ['sso.dancuquocgia.gov.vn/auth'], target: [{ label: 'Nhập mã xác nhận' }] },
          ],
        },
        { id: 'qr', title: 'QR', after: 'chon-cach', rejoin: 've-cong', steps: [{ id: 'quet-qr', title: 'Quét QR', page: ['sso.dancuquocgia.gov.vn/auth'], target: [{ text: 'Đăng nhập bằng QR' }] }] },
      ],
    };
    const evidence = page('sso.dancuquocgia.gov.vn/auth', ['Đăng nhập bằng QR']);
    const move = locate({ guide: both, choice: {}, currentStepId: 'nhap-otp', currentPending: false, evidence });
    // At most a move back, which the overlay follows only when the person navigated, never after our button.
    expect(move).not.toMatchObject({ direction: 'forward' });
  });
});
