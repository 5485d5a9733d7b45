/**
 * Texts about a guide as a whole (documents, procedure facts, fees and times, the catalog search, the
 * widget): the second part of the one vi/en messages table. The portal overlay shows one step at a time
 * and does not need them, so they live apart from ./messages and the content script stays small.
 * Code that shows these imports `t` from here; it knows this part and the core part.
 */
import { messages as coreMessages, type Lang, type MessageKey as CoreKey, type MessageParams } from './messages';

export { LANGS, isLang, type Lang, type MessageParams } from './messages';

const vi = {
  'docs.heading': 'Giấy tờ cần chuẩn bị',
  'docs.required': 'Bắt buộc',
  'docs.conditional': 'Nếu có: {condition}',
  'docs.conditionalPlain': 'Tùy trường hợp',
  'docs.originals': '{n} bản chính',
  'docs.copies': '{n} bản sao',
  'docs.showOnly': 'Xuất trình (không phải nộp)',
  'docs.form': 'Mẫu đơn:',
  'docs.prepared': 'Đã chuẩn bị {n}/{m}',
  'docs.print': 'In danh sách giấy tờ',
  'docs.none': 'Thủ tục này không cần chuẩn bị giấy tờ.',
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
  'search.label': 'Tìm thủ tục',
  'search.placeholder': 'Ví dụ: đăng ký khai sinh',
  'search.submit': 'Tìm',
  'search.results': '{n} kết quả',
  'search.noResults': 'Không có kết quả cho “{query}”',
  'search.noResultsHelp': 'Thử viết ngắn hơn, hoặc gõ không dấu (ví dụ: “khai sinh”).',
  'search.all': 'Tất cả hướng dẫn',
  'search.guideAvailable': 'Có hướng dẫn',
  'widget.loading': 'Đang tải hướng dẫn…',
  'widget.loadError': 'Không tải được danh sách hướng dẫn.',
  'widget.guideMissing': 'Không có hướng dẫn “{id}”.',
  'widget.guideInvalid': 'Hướng dẫn “{name}” có lỗi nên chưa hiển thị được.',
  'widget.guideLoadError': 'Không tải được hướng dẫn này. Kiểm tra kết nối mạng rồi thử lại.',
  'widget.retry': 'Thử lại',
  'widget.backToList': 'Về danh sách hướng dẫn',
  'widget.backToQa': 'Về Hỏi đáp',
  'leaflet.print': 'In tờ hướng dẫn',
  'leaflet.a5': 'Khổ A5 (gấp đôi tờ A4)',
  'leaflet.failed': 'Không chuẩn bị được tờ hướng dẫn để in. Hãy thử lại.',
  'widget.label': 'Hướng dẫn làm thủ tục trực tuyến',
  'widget.invalidHelp': 'Quản trị trang web: xem chi tiết lỗi trong bảng Console của công cụ dành cho nhà phát triển.',
  'widget.offline': 'Không tải được danh mục hướng dẫn của trang này; đang hiển thị các hướng dẫn có sẵn.',
  'widget.storageMemory': 'Trình duyệt không cho lưu: các giấy tờ đã đánh dấu sẽ mất khi tải lại trang.',
  'widget.extension': 'Muốn được chỉ từng bước ngay trên Cổng Dịch vụ công? Hãy cài tiện ích hướng dẫn dvc-guide cho trình duyệt máy tính.',
  'widget.empty': 'Chưa có hướng dẫn nào.',
  'widget.printHeading': 'Giấy tờ cần chuẩn bị: {title}',
  'widget.printPortal': 'Trang thủ tục: {url}',
  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
} as const satisfies Record<string, string>;

export type InfoMessageKey = keyof typeof vi;
export type MessageKey = CoreKey | InfoMessageKey;

const en: Record<InfoMessageKey, string> = {
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
  'widget.guideInvalid': 'The guide “{name}” has errors and cannot be shown yet.',
  'widget.guideLoadError': 'Could not load this guide. Check the connection and try again.',
  'widget.retry': 'Try again',
  'widget.backToList': 'Back to the list of guides',
  'widget.backToQa': 'Back to questions and answers',
  'leaflet.print': 'Print the leaflet',
  'leaflet.a5': 'A5 size (A4 folded in half)',
  'leaflet.failed': 'The leaflet could not be prepared for printing. Please try again.',
  'widget.label': 'Online procedure guides',
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
};

export const infoMessages: Readonly<Record<Lang, Readonly<Record<InfoMessageKey, string>>>> = { vi, en };

export function lookup(lang: Lang, key: string): string | undefined {
  return (infoMessages[lang] as Record<string, string>)[key] ?? (coreMessages[lang] as Record<string, string>)[key];
}

const PLURAL = /\{(\w+), plural, ((?:\w+ \{[^{}]*\} ?)+)\}/g;

/**
 * Fills `{param}` and plurals, the one filler for every messages table: `{n, plural, one {# session}
 * other {# sessions}}` picks the form by Intl.PluralRules of the language (Vietnamese has one form,
 * English two), and `#` is the number.
 */
export function format(text: string, params?: MessageParams, lang: Lang = 'vi'): string {
  if (!params) return text;
  const plural = text.replace(PLURAL, (whole, name: string, forms: string) => {
    const value = params[name];
    if (typeof value !== 'number') return whole;
    const options = new Map([...forms.matchAll(/(\w+) \{([^{}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
    const form = options.get(`=${value}`) ?? options.get(new Intl.PluralRules(lang).select(value)) ?? options.get('other') ?? '';
    return form.replace(/#/g, String(value));
  });
  return plural.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return format(lookup(lang, key) ?? key, params, lang);
}
