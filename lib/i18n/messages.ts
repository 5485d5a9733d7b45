/**
 * Every text the product shows to people, Vietnamese first. One table so translators and reviewers see
 * it all in one place; `en` is typed against `vi` so a missing or extra key fails the typecheck.
 */

import { fill, type Lang, type MessageParams } from './lang';

export { LANGS, isLang, type Lang, type MessageParams } from './lang';

const vi = {
  // Guide: starting, moving, closing
  'guide.start': 'Bắt đầu hướng dẫn',
  'guide.startNamed': 'Bắt đầu: {title}',
  'guide.available': 'Có hướng dẫn từng bước cho thủ tục này',
  'guide.back': 'Bước trước',
  'guide.otherRoutes': 'Bạn làm theo cách khác? Chọn cách của bạn:',
  'guide.next': 'Đã xong bước này',
  'guide.finish': 'Hoàn thành',
  'guide.close': 'Đóng hướng dẫn',
  'guide.stepOf': 'Bước {n}/{m}',
  'guide.finished': 'Bạn đã làm xong các bước của hướng dẫn.',
  'guide.restart': 'Làm lại từ đầu',
  'guide.resume': 'Tiếp tục hướng dẫn',
  'guide.notFound': 'Không tìm thấy {what} trên trang này',
  'guide.notFoundThing': 'chỗ cần bấm',
  'guide.notFoundHelp': 'Bạn vẫn có thể làm theo hướng dẫn bên dưới, rồi bấm “Đã xong bước này”.',
  'guide.searching': 'Đang tìm {what} trên trang…',
  'guide.stepText': 'Nội dung bước',
  'guide.marker': 'Bước {n} ở đây',
  'guide.movedTo': 'Đã chuyển tới bước {n}: {title}',
  'guide.movedBack': 'Đã quay lại bước {n}: {title}',
  'guide.wrongPage': 'Bước này làm ở một trang khác.',
  'guide.goToPage': 'Mở trang cần dùng',
  'guide.skip': 'Bỏ qua bước này',
  // Overlay toolbar
  'overlay.label': 'Hướng dẫn thủ tục',
  'overlay.toolbar': 'Công cụ hiển thị',
  'overlay.minimise': 'Thu nhỏ',
  'overlay.reopen': 'Mở lại hướng dẫn',
  'overlay.largeText': 'Chữ lớn',
  'overlay.readAloud': 'Đọc to',
  'overlay.stopReading': 'Dừng đọc',
  'overlay.later': 'Để sau',
  'overlay.storageError': 'Không lưu được tiến độ: {reason}',
  'overlay.guidesError': 'Không tải được hướng dẫn: {reason}',
  // A new tab on a page of a guide a helper's session is running
  'resume.question': 'Tiếp tục hướng dẫn “{title}” cho phiên bắt đầu lúc {started}?',
  'resume.where': 'Phiên này đang ở bước {n}/{m}.',
  'resume.freshNote': 'Bắt đầu mới thì phiên lúc {started} vẫn giữ nguyên, không bị thay đổi.',
  'resume.continueName': 'Tiếp tục phiên lúc {started}',
  'resume.continue': 'Tiếp tục',
  'resume.fresh': 'Bắt đầu mới',
  // Step-by-step list
  'steps.heading': 'Các bước thực hiện',
  'steps.showAll': 'Hiện tất cả các bước',
  'steps.hideAll': 'Ẩn tất cả các bước',
  'steps.stepWord': 'Bước',
  'steps.or': 'hoặc',
  'steps.optional': 'không bắt buộc',
  'steps.current': 'Bạn đang ở bước này',
  'steps.done': 'Đã xong',
  'steps.tip': 'Mẹo',
  'steps.warning': 'Lưu ý',
  'steps.links': 'Liên kết',
  // Documents
  // Procedure facts
  // Money and time
  // Help
  'help.heading': 'Cần trợ giúp?',
  'help.hotline': 'Tổng đài hỗ trợ {phone}',
  'help.hotlineHours': 'Gọi miễn phí',
  'help.contacts': 'Nơi hỏi trực tiếp',
  'help.phone': 'Điện thoại',
  'help.address': 'Địa chỉ',
  'help.hours': 'Giờ làm việc',
  'help.feedback': 'Gửi phản ánh, kiến nghị',
  'help.postalReturn': 'Nhận kết quả qua bưu điện',
  'help.saturday': 'Làm việc ngày Thứ Bảy',
  'help.faq': 'Câu hỏi thường gặp',
  'town.heading': 'Trợ giúp của {name}',
  'town.example': 'Ví dụ',
  'town.exampleNote': 'Hồ sơ ví dụ để thử: số điện thoại, địa chỉ và giờ làm việc là giả định, đừng gọi hay đến theo đó.',
  'town.hotline': 'Đường dây nóng địa phương {phone}',
  'town.offices': 'Bộ phận một cửa',
  'town.saturday': 'Thứ Bảy',
  'town.questions': 'Người dân thường hỏi',
  'town.broken': 'Hồ sơ trợ giúp của xã/phường có lỗi nên chưa dùng; hướng dẫn vẫn dùng được.',
  // Catalog search
  // Helper workspace: sessions
  // Widget and loading
  // Language and settings
  'common.loading': 'Đang tải…',
  'common.error': 'Đã có lỗi: {reason}',
  'common.opensNewTab': '(mở trong thẻ mới)',
  // Helper workspace (side panel, options)
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  'guide.start': 'Start the guide',
  'guide.startNamed': 'Start: {title}',
  'guide.available': 'A step-by-step guide is available for this procedure',
  'guide.back': 'Previous step',
  'guide.otherRoutes': 'Doing it another way? Choose yours:',
  'guide.next': 'Done with this step',
  'guide.finish': 'Finish',
  'guide.close': 'Close the guide',
  'guide.stepOf': 'Step {n} of {m}',
  'guide.finished': 'You have completed all the steps of this guide.',
  'guide.restart': 'Start again',
  'guide.resume': 'Resume the guide',
  'guide.notFound': 'Could not find {what} on this page',
  'guide.notFoundThing': 'the place to click',
  'guide.notFoundHelp': 'You can still follow the instructions below, then select “Done with this step”.',
  'guide.searching': 'Looking for {what} on the page…',
  'guide.stepText': 'Step text',
  'guide.marker': 'Step {n} is here',
  'guide.movedTo': 'Moved to step {n}: {title}',
  'guide.movedBack': 'Moved back to step {n}: {title}',
  'guide.wrongPage': 'This step happens on a different page.',
  'guide.goToPage': 'Open the page you need',
  'guide.skip': 'Skip this step',
  'overlay.label': 'Procedure guide',
  'overlay.toolbar': 'Display tools',
  'overlay.minimise': 'Minimise',
  'overlay.reopen': 'Reopen the guide',
  'overlay.largeText': 'Large text',
  'overlay.readAloud': 'Read aloud',
  'overlay.stopReading': 'Stop reading',
  'overlay.later': 'Not now',
  'overlay.storageError': 'Could not save your progress: {reason}',
  'overlay.guidesError': 'Could not load the guides: {reason}',
  'resume.question': 'Continue the guide “{title}” for the session started at {started}?',
  'resume.where': 'That session is at step {n} of {m}.',
  'resume.freshNote': 'If you start afresh, the session started at {started} stays as it is.',
  'resume.continueName': 'Continue the session started at {started}',
  'resume.continue': 'Continue',
  'resume.fresh': 'Start afresh',
  'steps.heading': 'Steps',
  'steps.showAll': 'Show all steps',
  'steps.hideAll': 'Hide all steps',
  'steps.stepWord': 'Step',
  'steps.or': 'or',
  'steps.optional': 'optional',
  'steps.current': 'You are here',
  'steps.done': 'Done',
  'steps.tip': 'Tip',
  'steps.warning': 'Important',
  'steps.links': 'Links',
  'help.heading': 'Need help?',
  'help.hotline': 'Support hotline {phone}',
  'help.hotlineHours': 'Free to call',
  'help.contacts': 'Where to ask in person',
  'help.phone': 'Phone',
  'help.address': 'Address',
  'help.hours': 'Opening hours',
  'help.feedback': 'Send feedback or a complaint',
  'help.postalReturn': 'Receive the result by post',
  'help.saturday': 'Saturday service',
  'help.faq': 'Frequently asked questions',
  'town.heading': 'Help from {name}',
  'town.example': 'Example',
  'town.exampleNote': 'An example profile for trying things out: phone numbers, addresses and hours are made up; do not call or visit them.',
  'town.hotline': 'Local hotline {phone}',
  'town.offices': 'One-stop offices',
  'town.saturday': 'Saturday',
  'town.questions': 'What people here ask',
  'town.broken': 'The town help profile has errors and is not used; the guides still work.',
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong: {reason}',
  'common.opensNewTab': '(opens in new tab)',
};

export const messages: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { vi, en };

/** The text for `key` in `lang`, with `{name}` placeholders and plurals filled (lib/i18n/lang.ts). */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return fill(messages[lang][key], params, lang);
}
