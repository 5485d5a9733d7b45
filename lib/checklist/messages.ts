/**
 * Every sentence the checklist shows to people, Vietnamese first. One table so translators and
 * reviewers read all of it in one place and components never hard-code checklist wording.
 */
import { fill, type Lang } from '../i18n/lang';

export interface Msg {
  vi: string;
  en: string;
}

export const CHECKLIST_MESSAGES = {
  errBlocked: {
    vi: 'Cơ sở dữ liệu đang bị một thẻ khác giữ. Hãy đóng hoặc tải lại các thẻ khác của tiện ích rồi thử lại.',
    en: "The database is held by another tab. Close or reload the extension's other tabs, then try again.",
  },
  errVersionChange: {
    vi: 'Tiện ích vừa được cập nhật nên dữ liệu đã chuyển sang phiên bản mới. Hãy tải lại trang này.',
    en: 'The extension was updated and its data moved to a new version. Reload this page.',
  },
  errQuota: {
    vi: 'Bộ nhớ của trình duyệt đã đầy nên chưa lưu được thay đổi. Thông tin vẫn còn trên màn hình: hãy xuất bản sao lưu hoặc xóa các phiên cũ rồi lưu lại.',
    en: 'The browser storage is full, so the change was not saved. It is still on screen: export a backup or delete old sessions, then save again.',
  },
  errCorrupted: {
    vi: 'Một phiên bị hỏng và không đọc được. Các phiên khác vẫn an toàn.',
    en: 'One session is damaged and cannot be read. The other sessions are safe.',
  },
  errNotFound: {
    vi: 'Không tìm thấy phiên này. Có thể nó đã bị xóa ở một thẻ khác.',
    en: 'This session was not found. It may have been deleted in another tab.',
  },
  errInvalid: {
    vi: 'Dữ liệu không hợp lệ nên chưa được lưu.',
    en: 'The data is not valid, so it was not saved.',
  },
  errUnknown: {
    vi: 'Có lỗi khi đọc hoặc ghi dữ liệu. Hãy thử lại; nếu vẫn lỗi, hãy xuất bản sao lưu.',
    en: 'Something went wrong reading or writing data. Try again; if it keeps failing, export a backup.',
  },
  errBadMessage: {
    vi: 'Yêu cầu không đúng định dạng.',
    en: 'The request is not in the expected format.',
  },

  backupNotJson: {
    vi: 'Tệp này không phải JSON hợp lệ.',
    en: 'This file is not valid JSON.',
  },
  backupWrongFormat: {
    vi: 'Tệp này không phải bản sao lưu của Trợ lý dịch vụ công.',
    en: 'This file is not a dvc-guide backup.',
  },
  backupNewer: {
    vi: 'Bản sao lưu được tạo bởi phiên bản tiện ích mới hơn. Hãy cập nhật tiện ích trước khi khôi phục.',
    en: 'This backup was made by a newer version of the extension. Update the extension before restoring.',
  },
  backupDuplicateId: {
    vi: 'Mã phiên bị trùng trong bản sao lưu.',
    en: 'This session id appears twice in the backup.',
  },
  issueType: { vi: 'Sai kiểu dữ liệu (cần {expected}).', en: 'Wrong type (expected {expected}).' },
  issueMissing: { vi: 'Thiếu trường bắt buộc.', en: 'Required field is missing.' },
  issueValue: { vi: 'Giá trị không được phép (chỉ nhận: {values}).', en: 'Value not allowed (allowed: {values}).' },
  issueTooSmall: { vi: 'Giá trị quá nhỏ hoặc quá ngắn.', en: 'Value too small or too short.' },
  issueTooBig: { vi: 'Giá trị quá lớn hoặc quá dài.', en: 'Value too big or too long.' },
  issueFormat: { vi: 'Sai định dạng.', en: 'Wrong format.' },
  issueFuture: { vi: 'Ngày giờ ở tương lai: đồng hồ của máy đã lưu bản này bị sai.', en: 'A date in the future: the clock of the computer that saved this was wrong.' },
  issueOther: { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },

  privacyIdNumber: {
    vi: 'Nhãn này trông giống số căn cước (12 chữ số). Đừng lưu số giấy tờ: hãy dùng tên gọi ngắn, ví dụ "Bà Lan tổ 5".',
    en: 'This label looks like an ID number (12 digits). Do not store ID numbers: use a short nickname, e.g. "Mrs Lan, group 5".',
  },
  privacyPhone: {
    vi: 'Nhãn này trông giống số điện thoại. Đừng lưu số điện thoại: hãy dùng tên gọi ngắn, ví dụ "Anh Minh xóm 3".',
    en: 'This label looks like a phone number. Do not store phone numbers: use a short nickname, e.g. "Mr Minh, hamlet 3".',
  },

  dossierEmpty: {
    vi: 'Chưa nhập mã hồ sơ.',
    en: 'No dossier code entered.',
  },
  dossierBadDate: {
    vi: 'Phần ngày trong mã hồ sơ (yymmdd) không phải ngày có thật. Hãy đối chiếu lại với màn hình "Gửi hồ sơ thành công".',
    en: 'The date part of the dossier code (yymmdd) is not a real date. Check it against the "submitted" screen.',
  },
  dossierFormat: {
    vi: 'Mã hồ sơ thường có dạng "G22.99.08-250801-0001" hoặc "G01.863.805-260916-890125": mã cơ quan, ngày nộp (yymmdd), số thứ tự. Hãy kiểm tra lại; vẫn có thể lưu nếu cổng hiển thị đúng như vậy.',
    en: 'A dossier code usually looks like "G22.99.08-250801-0001" or "G01.863.805-260916-890125": agency code, date (yymmdd), sequence. Check it; you can still save it if the portal shows exactly this.',
  },
} as const satisfies Record<string, Msg>;

export type ChecklistMessageKey = keyof typeof CHECKLIST_MESSAGES;

/** Fills `{name}` placeholders; used for validation messages that quote the expected value. */
export function fillMsg(msg: Msg, vars: Record<string, string>): Msg {
  const both: Record<Lang, string> = { vi: fill(msg.vi, vars, 'vi'), en: fill(msg.en, vars, 'en') };
  return both;
}
