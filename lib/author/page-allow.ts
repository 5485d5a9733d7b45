/**
 * What a saved page structure may keep: the guides' own words and identifiers, plus a fixed vocabulary of
 * the portal's interface words. Everything in it is public (guide files, the portal's own buttons and
 * labels), so text that is not in it is masked and identifiers that are not in it are replaced: whatever a
 * person typed, chose or is called cannot be in the saved file unless it is literally a guide's word.
 */
import type { DoneCondition, Guide, Step, TargetStrategy } from '../guide/schema';
import { normalizeText } from '../engine/text';

/**
 * The portal's interface words (buttons, field labels, headings, menu entries) on dichvucong.gov.vn and
 * the ministry portals. Kept only where interface words are (controls, labels, headings); single words
 * only when they are the whole text, so a surname that is also a word ("Lưu") is never cut out of a name.
 */
const PORTAL_VOCABULARY: readonly string[] = [
  'Trang chủ', 'Đăng nhập', 'Đăng xuất', 'Đăng ký', 'Tài khoản', 'Thông tin tài khoản', 'Quản lý hồ sơ',
  'Tiếp theo', 'Quay lại', 'Lưu', 'Lưu nháp', 'Lưu và nộp hồ sơ', 'Hủy', 'Đóng', 'Xác nhận', 'Đồng ý',
  'Tìm kiếm', 'Tra cứu', 'Tra cứu hồ sơ', 'Nộp hồ sơ', 'Nộp trực tuyến', 'Gửi hồ sơ', 'Chọn', 'Chọn tệp',
  'Tải lên', 'Tải lên file', 'Tải về', 'Xem', 'Sửa', 'Xóa', 'Thêm', 'Thêm mới', 'In', 'Thanh toán',
  'Thủ tục hành chính', 'Dịch vụ công', 'Dịch vụ công trực tuyến', 'Thông tin chung', 'Thông tin người nộp',
  'Thông tin người yêu cầu', 'Thông tin hồ sơ', 'Thành phần hồ sơ', 'Giấy tờ', 'Biểu mẫu', 'Lệ phí', 'Phí',
  'Hình thức nhận kết quả', 'Nhận kết quả', 'Cơ quan thực hiện', 'Mã hồ sơ', 'Trạng thái', 'Ngày nộp',
  'Họ và tên', 'Họ tên', 'Ngày sinh', 'Ngày, tháng, năm sinh', 'Giới tính', 'Nam', 'Nữ', 'Dân tộc',
  'Quốc tịch', 'Số điện thoại', 'Điện thoại', 'Thư điện tử', 'Email', 'Địa chỉ', 'Nơi cư trú',
  'Nơi thường trú', 'Nơi tạm trú', 'Nơi sinh', 'Quê quán', 'Số định danh cá nhân', 'Số CCCD', 'Số CMND/CCCD',
  'Căn cước công dân', 'Ngày cấp', 'Nơi cấp', 'Tỉnh/Thành phố', 'Quận/Huyện', 'Phường/Xã', 'Tỉnh', 'Huyện', 'Xã',
  'Trực tuyến', 'Bưu chính', 'Trực tiếp', 'Có', 'Không', 'Tất cả', 'Hướng dẫn', 'Trợ giúp', 'Câu hỏi thường gặp',
];

export interface AllowList {
  /** Phrases from the guides (any position): normalised → as the guide writes it. */
  guidePhrases: Map<string, string>;
  /** Interface words (control, label and heading positions only): normalised → as written. */
  vocabulary: Map<string, string>;
  /** id / name / data-e2e / formcontrolname values the guides use. */
  identifiers: Set<string>;
  /** Class names and attribute names the guides' CSS selectors use. */
  cssClasses: Set<string>;
  cssAttributes: Set<string>;
  /** Quoted attribute values in the guides' CSS selectors (`[data-name^="hoTen__"]` → hoTen__). */
  cssValues: string[];
}

function addStrategy(a: AllowList, s: TargetStrategy | undefined): void {
  if (!s) return;
  for (const t of [s.text, s.label, s.near]) if (t) a.guidePhrases.set(normalizeText(t), t.trim());
  for (const v of [s.id, s.name, s.testId, s.formControl]) if (v) a.identifiers.add(v);
  if (s.css) addCss(a, s.css);
}

function addCss(a: AllowList, css: string): void {
  for (const m of css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) a.cssClasses.add(m[1] as string);
  for (const m of css.matchAll(/#(-?[_a-zA-Z][\w-]*)/g)) a.identifiers.add(m[1] as string);
  for (const m of css.matchAll(/\[\s*([\w-]+)/g)) a.cssAttributes.add((m[1] as string).toLowerCase());
  for (const m of css.matchAll(/=\s*["']?([^"'\]]+)["']?\s*\]/g)) a.cssValues.push((m[1] as string).trim());
}

function addDone(a: AllowList, d: DoneCondition): void {
  addStrategy(a, d.appears);
  addStrategy(a, d.filled);
  if (d.text) a.guidePhrases.set(normalizeText(d.text), d.text.trim());
}

function stepsOf(g: Guide): Step[] {
  const routes = (g as Guide & { routes?: { steps: Step[] }[] }).routes ?? [];
  return [...g.steps, ...routes.flatMap((r) => r.steps)];
}

export function allowListFromGuides(guides: readonly Guide[], vocabulary: readonly string[] = PORTAL_VOCABULARY): AllowList {
  const a: AllowList = {
    guidePhrases: new Map(),
    vocabulary: new Map(vocabulary.map((w) => [normalizeText(w), w])),
    identifiers: new Set(),
    cssClasses: new Set(),
    cssAttributes: new Set(),
    cssValues: [],
  };
  for (const g of guides) {
    for (const step of stepsOf(g)) {
      for (const s of step.target ?? []) addStrategy(a, s);
      for (const d of step.done ?? []) addDone(a, d);
    }
  }
  a.guidePhrases.delete('');
  return a;
}
