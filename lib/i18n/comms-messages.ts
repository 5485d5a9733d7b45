/**
 * Texts of the communication tools (questions and answers, the printed leaflet, practice mode): a part of
 * the one vi/en messages table kept apart, because these views load only when used and must not add to
 * the widget's first file or the content script. Falls back to the guide-information texts.
 */
import { lookup, type MessageKey as InfoKey } from './info-messages';
import { fill } from './lang';
import type { Lang, MessageParams } from './messages';

export type { Lang } from './messages';

const vi = {
  'qa.heading': 'Hỏi đáp',
  'qa.intro': 'Câu hỏi thường gặp khi làm thủ tục trực tuyến, kèm câu trả lời và bước hướng dẫn liên quan.',
  'qa.searchLabel': 'Tìm câu hỏi',
  'qa.placeholder': 'Ví dụ: không nhận được mã OTP',
  'qa.all': 'Tất cả {n} câu hỏi',
  'qa.results': '{n} câu hỏi phù hợp',
  'qa.none': 'Không có câu hỏi nào khớp với “{query}”. Thử từ khác, hoặc gọi đường dây nóng 1800 1096.',
  'qa.fromTown': 'Câu trả lời của {town}',
  'qa.belongsStep': 'Thuộc hướng dẫn “{guide}”, bước {n}: {step}',
  'qa.belongsGuide': 'Thuộc hướng dẫn “{guide}”',
  'qa.open': 'Mở hướng dẫn ở bước này',
  'qa.openGuide': 'Mở hướng dẫn',
  'qa.stepOpened': 'Đang mở bước {n}: {step}',
  'leaflet.kicker': 'Tờ hướng dẫn làm thủ tục trực tuyến',
  'leaflet.for': 'Dành cho:',
  'leaflet.docs': 'Giấy tờ cần chuẩn bị (đánh dấu khi đã có)',
  'leaflet.steps': 'Các bước trên Cổng Dịch vụ công',
  'leaflet.or': 'hoặc',
  'leaflet.optional': '(nếu cần)',
  'leaflet.fees': 'Lệ phí và thời hạn',
  'leaflet.help': 'Cần trợ giúp?',
  'leaflet.hotline': 'Tổng đài Cổng Dịch vụ công: {phone} (miễn phí)',
  'leaflet.townHotline': '{town}: {phone}',
  'leaflet.qrTown': 'Hướng dẫn đầy đủ trên trang của {town}',
  'leaflet.qrTownPlain': 'Hướng dẫn đầy đủ trên trang của xã/phường',
  'leaflet.qrPortal': 'Trang thủ tục trên Cổng Dịch vụ công quốc gia',
  'leaflet.qrLabel': 'Mã QR: {url}',
  'leaflet.footer': 'Cập nhật ngày {date}. Không đưa mật khẩu, mã OTP hay passcode cho bất kỳ ai.',
  'leafletSettings.heading': 'Tờ hướng dẫn in',
  'leafletSettings.intro': 'Tờ hướng dẫn in từ trợ lý có mã QR dẫn tới trang hướng dẫn của xã/phường. Nhập địa chỉ trang đó; {id} sẽ được thay bằng mã của từng hướng dẫn.',
  'leafletSettings.label': 'Địa chỉ trang hướng dẫn của xã/phường',
  'leafletSettings.hint': 'Ví dụ: https://phuong-mau.gov.vn/huong-dan/{id}. Để trống thì tờ hướng dẫn chỉ có mã QR của Cổng Dịch vụ công.',
  'leafletSettings.bad': 'Địa chỉ chưa đúng: cần bắt đầu bằng https:// hoặc http://. Chưa lưu.',
  'leafletSettings.save': 'Lưu địa chỉ trang hướng dẫn',
  'leafletSettings.saved': 'Đã lưu địa chỉ.',
  'leafletSettings.failed': 'Không lưu được. Hãy thử lại.',
  'practice.heading': 'Chế độ luyện tập',
  'practice.intro': 'Cho hướng dẫn chạy trên cổng luyện tập của xã/phường (bản sao để tập huấn, chỉ dùng dữ liệu giả). Trình duyệt sẽ hỏi quyền truy cập trang đó.',
  'practice.label': 'Địa chỉ cổng luyện tập',
  'practice.hint': 'Ví dụ: luyentap.phuong-mau.vn (các trang dạng dichvucong-gov-vn.luyentap.phuong-mau.vn).',
  'practice.bad': 'Địa chỉ chưa đúng (ví dụ: luyentap.phuong-mau.vn). Chưa lưu.',
  'practice.refused': 'Chưa được cấp quyền truy cập cổng luyện tập nên chưa bật.',
  'practice.on': 'Bật chế độ luyện tập',
  'practice.off': 'Tắt chế độ luyện tập',
  'practice.isOn': 'Đang bật: hướng dẫn chạy trên {domain}.',
  'practice.isOff': 'Đang tắt.',
} as const satisfies Record<string, string>;

export type CommsMessageKey = keyof typeof vi;

const en: Record<CommsMessageKey, string> = {
  'qa.heading': 'Questions and answers',
  'qa.intro': 'Common questions about doing procedures online, with the answer and the guide step they belong to.',
  'qa.searchLabel': 'Search the questions',
  'qa.placeholder': 'For example: no OTP code received',
  'qa.all': 'All {n} questions',
  'qa.results': '{n} matching questions',
  'qa.none': 'No question matches “{query}”. Try other words, or call the hotline 1800 1096.',
  'qa.fromTown': 'Answered by {town}',
  'qa.belongsStep': 'From the guide “{guide}”, step {n}: {step}',
  'qa.belongsGuide': 'From the guide “{guide}”',
  'qa.open': 'Open the guide at this step',
  'qa.openGuide': 'Open the guide',
  'qa.stepOpened': 'Step {n} is open: {step}',
  'leaflet.kicker': 'Guide to doing this procedure online',
  'leaflet.for': 'For:',
  'leaflet.docs': 'Documents to prepare (tick when you have them)',
  'leaflet.steps': 'Steps on the public service portal',
  'leaflet.or': 'or',
  'leaflet.optional': '(if needed)',
  'leaflet.fees': 'Fees and processing time',
  'leaflet.help': 'Need help?',
  'leaflet.hotline': 'Public service portal hotline: {phone} (free)',
  'leaflet.townHotline': '{town}: {phone}',
  'leaflet.qrTown': 'The full guide on the website of {town}',
  'leaflet.qrTownPlain': 'The full guide on the commune’s website',
  'leaflet.qrPortal': 'The procedure’s page on the national portal',
  'leaflet.qrLabel': 'QR code: {url}',
  'leaflet.footer': 'Last reviewed {date}. Never give your password, OTP code or passcode to anyone.',
  'leafletSettings.heading': 'Printed leaflets',
  'leafletSettings.intro': 'Leaflets printed from the workspace carry a QR code to the commune’s page for the guide. Enter that page’s address; {id} is replaced by each guide’s id.',
  'leafletSettings.label': 'Address of the commune’s guide page',
  'leafletSettings.hint': 'For example: https://phuong-mau.gov.vn/huong-dan/{id}. Leave empty and leaflets carry only the portal’s QR code.',
  'leafletSettings.bad': 'This address is not right: it must start with https:// or http://. Not saved.',
  'leafletSettings.save': 'Save the guide page address',
  'leafletSettings.saved': 'Address saved.',
  'leafletSettings.failed': 'Could not save. Please try again.',
  'practice.heading': 'Practice mode',
  'practice.intro': 'Lets the guides run on the commune’s practice portal (a copy for training, made-up data only). The browser asks for access to that site.',
  'practice.label': 'Practice portal address',
  'practice.hint': 'For example: luyentap.phuong-mau.vn (pages like dichvucong-gov-vn.luyentap.phuong-mau.vn).',
  'practice.bad': 'This address is not right (for example: luyentap.phuong-mau.vn). Not saved.',
  'practice.refused': 'Access to the practice portal was not granted, so practice mode is off.',
  'practice.on': 'Turn practice mode on',
  'practice.off': 'Turn practice mode off',
  'practice.isOn': 'On: the guides run on {domain}.',
  'practice.isOff': 'Off.',
};

export const commsMessages: Readonly<Record<Lang, Readonly<Record<CommsMessageKey, string>>>> = { vi, en };

export function t(lang: Lang, key: CommsMessageKey | InfoKey, params?: MessageParams): string {
  const own = (commsMessages[lang] as Record<string, string>)[key];
  return fill(own ?? lookup(lang, key) ?? key, params, lang);
}
