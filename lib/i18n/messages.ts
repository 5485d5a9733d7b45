/**
 * Every text the product shows to people, Vietnamese first. One table so translators and reviewers see
 * it all in one place; `en` is typed against `vi` so a missing or extra key fails the typecheck.
 */
import { signal } from '@preact/signals';
import type { Signal } from '@preact/signals';

export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

const vi = {
  // Guide: starting, moving, closing
  'guide.start': 'Bắt đầu hướng dẫn',
  'guide.startNamed': 'Bắt đầu: {title}',
  'guide.available': 'Có hướng dẫn từng bước cho thủ tục này',
  'guide.back': 'Quay lại',
  'guide.next': 'Tiếp theo',
  'guide.finish': 'Hoàn thành',
  'guide.close': 'Đóng',
  'guide.stepOf': 'Bước {n}/{m}',
  'guide.finished': 'Bạn đã làm xong các bước của hướng dẫn.',
  'guide.restart': 'Làm lại từ đầu',
  'guide.resume': 'Tiếp tục hướng dẫn',
  'guide.notFound': 'Không tìm thấy {what} trên trang này',
  'guide.notFoundThing': 'chỗ cần bấm',
  'guide.notFoundHelp': 'Bạn vẫn có thể làm theo hướng dẫn bên dưới, rồi bấm “Tiếp theo”.',
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
  'docs.heading': 'Giấy tờ cần chuẩn bị',
  'docs.required': 'Bắt buộc',
  'docs.conditional': 'Nếu có: {condition}',
  'docs.conditionalPlain': 'Tuỳ trường hợp',
  'docs.originals': '{n} bản chính',
  'docs.copies': '{n} bản sao',
  'docs.showOnly': 'Xuất trình (không phải nộp)',
  'docs.form': 'Mẫu đơn:',
  'docs.prepared': 'Đã chuẩn bị {n}/{m}',
  'docs.print': 'In danh sách giấy tờ',
  'docs.none': 'Thủ tục này không cần chuẩn bị giấy tờ.',
  // Procedure facts
  'facts.heading': 'Thông tin thủ tục',
  'facts.code': 'Mã thủ tục',
  'facts.level': 'Mức độ',
  'facts.levelFull': 'Toàn trình (làm hết trên mạng)',
  'facts.levelPartial': 'Một phần (có bước phải đến nơi)',
  'facts.agency': 'Cơ quan thực hiện',
  'facts.field': 'Lĩnh vực',
  'facts.channel': 'Cách nộp',
  'facts.fee': 'Lệ phí',
  'facts.time': 'Thời hạn giải quyết',
  'facts.online': 'Trực tuyến',
  'facts.postal': 'Bưu chính',
  'facts.inPerson': 'Trực tiếp',
  'facts.openOnPortal': 'Mở trên Cổng Dịch vụ công',
  'facts.reviewed': 'Cập nhật ngày {date}',
  'facts.sources': 'Nguồn',
  // Money and time
  'fee.free': 'Miễn phí',
  'fee.amount': '{amount} đồng',
  'fee.local': 'Theo quy định của địa phương',
  'time.workingDays.one': '{n} ngày làm việc',
  'time.workingDays.other': '{n} ngày làm việc',
  'time.days.one': '{n} ngày',
  'time.days.other': '{n} ngày',
  'time.hours.one': '{n} giờ',
  'time.hours.other': '{n} giờ',
  'time.months.one': '{n} tháng',
  'time.months.other': '{n} tháng',
  'time.sameDay': 'Trong ngày',
  'time.other': 'Theo quy định',
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
  'help.saturday': 'Làm việc sáng thứ Bảy',
  'help.faq': 'Câu hỏi thường gặp',
  // Catalog search
  'search.label': 'Tìm thủ tục',
  'search.placeholder': 'Ví dụ: đăng ký khai sinh',
  'search.submit': 'Tìm',
  'search.results': '{n} kết quả',
  'search.noResults': 'Không có kết quả cho “{query}”',
  'search.noResultsHelp': 'Thử viết ngắn hơn, hoặc gõ không dấu (ví dụ: “khai sinh”).',
  'search.all': 'Tất cả hướng dẫn',
  'search.guideAvailable': 'Có hướng dẫn',
  // Helper workspace: sessions
  // Widget and loading
  'widget.loading': 'Đang tải hướng dẫn…',
  'widget.loadError': 'Không tải được danh sách hướng dẫn.',
  'widget.guideMissing': 'Không có hướng dẫn “{id}”.',
  'widget.guideInvalid': 'Hướng dẫn này có lỗi nên chưa hiển thị được.',
  'widget.retry': 'Thử lại',
  'widget.backToList': 'Về danh sách hướng dẫn',
  'widget.label': 'Hướng dẫn làm thủ tục trực tuyến',
  'widget.invalidEntry': 'Hướng dẫn “{name}” trong danh mục của trang có lỗi nên chưa hiển thị được.',
  'widget.invalidHelp': 'Quản trị trang web: xem chi tiết lỗi trong bảng Console của công cụ dành cho nhà phát triển.',
  'widget.offline': 'Không tải được danh mục hướng dẫn của trang này; đang hiển thị các hướng dẫn có sẵn.',
  'widget.storageMemory': 'Trình duyệt không cho lưu: các giấy tờ đã đánh dấu sẽ mất khi tải lại trang.',
  'widget.extension': 'Muốn được chỉ từng bước ngay trên Cổng Dịch vụ công? Hãy cài tiện ích hướng dẫn dvc-guide cho trình duyệt máy tính.',
  'widget.empty': 'Chưa có hướng dẫn nào.',
  'widget.printHeading': 'Giấy tờ cần chuẩn bị: {title}',
  'widget.printPortal': 'Trang thủ tục: {url}',
  // Language and settings
  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
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
  'guide.back': 'Back',
  'guide.next': 'Next',
  'guide.finish': 'Finish',
  'guide.close': 'Close',
  'guide.stepOf': 'Step {n} of {m}',
  'guide.finished': 'You have completed all the steps of this guide.',
  'guide.restart': 'Start again',
  'guide.resume': 'Resume the guide',
  'guide.notFound': 'Could not find {what} on this page',
  'guide.notFoundThing': 'the place to click',
  'guide.notFoundHelp': 'You can still follow the instructions below, then select “Next”.',
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
  'docs.heading': 'Documents to prepare',
  'docs.required': 'Required',
  'docs.conditional': 'If applicable: {condition}',
  'docs.conditionalPlain': 'Depending on your case',
  'docs.originals': 'Originals: {n}',
  'docs.copies': 'Copies: {n}',
  'docs.showOnly': 'Show only (not handed in)',
  'docs.form': 'Form:',
  'docs.prepared': 'Prepared {n} of {m}',
  'docs.print': 'Print the document list',
  'docs.none': 'No documents are needed for this procedure.',
  'facts.heading': 'About this procedure',
  'facts.code': 'Procedure code',
  'facts.level': 'Online level',
  'facts.levelFull': 'Fully online',
  'facts.levelPartial': 'Partly online (some steps in person)',
  'facts.agency': 'Handled by',
  'facts.field': 'Area',
  'facts.channel': 'How to apply',
  'facts.fee': 'Fee',
  'facts.time': 'Processing time',
  'facts.online': 'Online',
  'facts.postal': 'By post',
  'facts.inPerson': 'In person',
  'facts.openOnPortal': 'Open on the National Public Service Portal',
  'facts.reviewed': 'Last reviewed {date}',
  'facts.sources': 'Sources',
  'fee.free': 'Free',
  'fee.amount': '{amount} VND',
  'fee.local': 'Set by local regulations',
  'time.workingDays.one': '{n} working day',
  'time.workingDays.other': '{n} working days',
  'time.days.one': '{n} day',
  'time.days.other': '{n} days',
  'time.hours.one': '{n} hour',
  'time.hours.other': '{n} hours',
  'time.months.one': '{n} month',
  'time.months.other': '{n} months',
  'time.sameDay': 'Same day',
  'time.other': 'As set by regulations',
  'help.heading': 'Need help?',
  'help.hotline': 'Support hotline {phone}',
  'help.hotlineHours': 'Free to call',
  'help.contacts': 'Where to ask in person',
  'help.phone': 'Phone',
  'help.address': 'Address',
  'help.hours': 'Opening hours',
  'help.feedback': 'Send feedback or a complaint',
  'help.postalReturn': 'Receive the result by post',
  'help.saturday': 'Saturday morning service',
  'help.faq': 'Frequently asked questions',
  'search.label': 'Search procedures',
  'search.placeholder': 'For example: birth registration',
  'search.submit': 'Search',
  'search.results': '{n} results',
  'search.noResults': 'No results for “{query}”',
  'search.noResultsHelp': 'Try fewer words, or type without diacritics (for example “khai sinh”).',
  'search.all': 'All guides',
  'search.guideAvailable': 'Guide available',
  'widget.loading': 'Loading the guide…',
  'widget.loadError': 'Could not load the list of guides.',
  'widget.guideMissing': 'There is no guide “{id}”.',
  'widget.guideInvalid': 'This guide has errors and cannot be shown yet.',
  'widget.retry': 'Try again',
  'widget.backToList': 'Back to the list of guides',
  'widget.label': 'Online procedure guides',
  'widget.invalidEntry': 'The guide “{name}” in this site’s catalog has errors and cannot be shown yet.',
  'widget.invalidHelp': 'Site administrators: the details are in the browser’s developer tools Console.',
  'widget.offline': 'Could not load this site’s guide catalog; showing the built-in guides.',
  'widget.storageMemory': 'This browser does not allow saving: ticked documents will be lost when the page reloads.',
  'widget.extension': 'Want step-by-step help right on the public service portal? Install the dvc-guide browser extension on your computer.',
  'widget.empty': 'No guides yet.',
  'widget.printHeading': 'Documents to prepare: {title}',
  'widget.printPortal': 'Procedure page: {url}',
  'lang.label': 'Language',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong: {reason}',
  'common.opensNewTab': '(opens in new tab)',
};

export const messages: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { vi, en };

export type MessageParams = Readonly<Record<string, string | number>>;

/** The text for `key` in `lang`, with `{name}` placeholders filled; an unknown placeholder stays visible. */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = messages[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

export interface I18nModel {
  lang: Signal<Lang>;
  /** `t` for the current language; it reads `lang.value`, so a component calling it re-renders on a change. */
  t: (key: MessageKey, params?: MessageParams) => string;
}

export function createI18nModel(initial: Lang): I18nModel {
  const lang = signal<Lang>(initial);
  return { lang, t: (key, params) => t(lang.value, key, params) };
}
