/**
 * The resident's texts (welcome page, guide finder, mode switch): a part of the one vi/en messages table in
 * its own module, like the workspace's, so the portal content script and the town widget do not carry them.
 * Plain words for people who do not use computers every day; Vietnamese first.
 */
import { lookup, type MessageKey } from './info-messages';
import { fill } from './lang';
import type { Lang, MessageParams } from './messages';

export { LANGS, type Lang, type MessageParams } from './messages';

/** The national portal's support line (Trung tâm dữ liệu quốc gia), free to call. */
export const NATIONAL_HOTLINE = '1800 1096';

const vi = {
  'mode.helperSwitch': 'Tôi là thành viên Tổ hỗ trợ',
  'mode.helperHint': 'Bật để mở sổ theo dõi các phiên hỗ trợ, báo cáo và sao lưu. Tắt đi thì các phiên vẫn được giữ nguyên.',
  'mode.saveFailed': 'Chưa lưu được lựa chọn. Vui lòng thử lại.',
  'panel.settings': 'Cài đặt',
  'panel.moreSettings': 'Cài đặt khác (ngôn ngữ, danh mục hướng dẫn)',
  'panel.loading': 'Đang tải…',
  'finder.title': 'Hướng dẫn Dịch vụ công',
  'finder.intro': 'Chọn thủ tục bạn cần làm. Tiện ích sẽ mở trang của thủ tục trên Cổng Dịch vụ công và chỉ cho bạn từng bước.',
  'finder.searchLabel': 'Tìm thủ tục',
  'finder.searchHint': 'Gõ vài chữ, có dấu hay không dấu đều được, ví dụ: khai sinh',
  'finder.common': 'Thủ tục nhiều người làm',
  'finder.others': 'Các hướng dẫn khác',
  'finder.results': 'Tìm thấy {n} hướng dẫn',
  'finder.all': 'Có {n} hướng dẫn',
  'finder.empty': 'Chưa có hướng dẫn nào trong tiện ích.',
  'finder.loadFailed': 'Không tải được danh sách hướng dẫn. Vui lòng đóng rồi mở lại.',
  'finder.back': 'Quay về danh sách',
  'finder.open': 'Mở trên Cổng Dịch vụ công',
  'finder.opening': 'Đang mở Cổng Dịch vụ công…',
  'finder.opened': 'Đã mở trang thủ tục trong một thẻ mới. Hướng dẫn đã bắt đầu ở bước 1.',
  'finder.openFailed': 'Không mở được trang: {reason}',
  'finder.noStartPage': 'Hướng dẫn này tự hiện khi bạn đến đúng trang của cổng trong lúc làm thủ tục.',
  'finder.steps': 'Các bước',
  'noGuide.heading': 'Chưa có hướng dẫn từng bước cho “{query}”',
  'noGuide.text': 'Tiện ích chưa có hướng dẫn từng bước cho thủ tục này. Bạn có thể tìm thủ tục trên Cổng Dịch vụ công.',
  'noGuide.portalSearch': 'Tìm “{query}” trên Cổng Dịch vụ công',
  'noGuide.portalNote': 'Liên kết mở trang tìm kiếm của cổng với những chữ bạn đã gõ.',
  'noGuide.call': 'Cần người giúp? Gọi tổng đài {phone} (miễn phí).',
  'running.heading': 'Đang hướng dẫn trong thẻ này',
  'running.step': 'Bước {n}/{m}: {title}',
  'running.finished': 'Đã xong các bước của hướng dẫn.',
  'welcome.pageTitle': 'Chào mừng — Hướng dẫn Dịch vụ công',
  'welcome.heading': 'Tiện ích Hướng dẫn Dịch vụ công đã sẵn sàng',
  'welcome.what': 'Khi bạn mở một thủ tục trên Cổng Dịch vụ công (dichvucong.gov.vn), tiện ích hiện một khung nhỏ ngay trên trang, chỉ vào đúng nút cần bấm, nói giấy tờ cần chuẩn bị và việc gì làm tiếp theo.',
  'welcome.startHeading': 'Bắt đầu thế nào?',
  'welcome.startPortal': 'Mở trang một thủ tục trên Cổng Dịch vụ công, rồi bấm “Bắt đầu hướng dẫn”.',
  'welcome.startBelow': 'Hoặc chọn một thủ tục trong danh sách “Tìm thủ tục” trên trang này.',
  'welcome.startToolbar': 'Sau này, bấm nút của tiện ích trên thanh công cụ để mở lại danh sách này.',
  'welcome.shortcut': 'Trên trang của cổng, bấm {keys} để hiện lại khung hướng dẫn.',
  'welcome.privacy': 'Những gì bạn gõ không bao giờ rời khỏi máy tính này. Không cần tài khoản, không hỏi thông tin cá nhân.',
  'welcome.settingsHeading': 'Lựa chọn',
  'welcome.language': 'Ngôn ngữ',
  'welcome.hotline': 'Cần người giúp? Gọi tổng đài {phone} (miễn phí).',
  'welcome.again': 'Trang chào mừng',
} as const;

export type ResidentMessageKey = keyof typeof vi;
export type AnyResidentKey = MessageKey | ResidentMessageKey;

const en: Record<ResidentMessageKey, string> = {
  'mode.helperSwitch': 'I am a member of a support team (Tổ hỗ trợ)',
  'mode.helperHint': 'Turn on to open the record of support sessions, reports and backup. Turning it off keeps the sessions.',
  'mode.saveFailed': 'Your choice was not saved. Please try again.',
  'panel.settings': 'Settings',
  'panel.moreSettings': 'More settings (language, guide catalog)',
  'panel.loading': 'Loading…',
  'finder.title': 'Public service guides',
  'finder.intro': 'Choose what you need to do. The extension opens its page on the national portal and shows you each step.',
  'finder.searchLabel': 'Find a procedure',
  'finder.searchHint': 'Type a few words, with or without accents, for example: khai sinh',
  'finder.common': 'What most people do',
  'finder.others': 'Other guides',
  'finder.results': '{n} guides found',
  'finder.all': '{n} guides',
  'finder.empty': 'The extension has no guides yet.',
  'finder.loadFailed': 'The list of guides could not be loaded. Please close and open it again.',
  'finder.back': 'Back to the list',
  'finder.open': 'Open on the national portal',
  'finder.opening': 'Opening the national portal…',
  'finder.opened': 'The procedure page opened in a new tab. The guide started at step 1.',
  'finder.openFailed': 'The page could not be opened: {reason}',
  'finder.noStartPage': 'This guide shows by itself when you reach its page on the portal while doing the procedure.',
  'finder.steps': 'Steps',
  'noGuide.heading': 'No step-by-step guide yet for “{query}”',
  'noGuide.text': 'The extension has no step-by-step guide for this yet. You can look the procedure up on the national portal.',
  'noGuide.portalSearch': 'Search the national portal for “{query}”',
  'noGuide.portalNote': 'The link opens the portal’s search page with the words you typed.',
  'noGuide.call': 'Need someone to help? Call {phone} (free).',
  'running.heading': 'Guide running in this tab',
  'running.step': 'Step {n} of {m}: {title}',
  'running.finished': 'All steps of the guide are done.',
  'welcome.pageTitle': 'Welcome — Public service guides',
  'welcome.heading': 'The public service guide is ready',
  'welcome.what': 'When you open a procedure on the national public service portal (dichvucong.gov.vn), the extension shows a small panel on the page, points at the right button, lists the papers to prepare and says what comes next.',
  'welcome.startHeading': 'How to start',
  'welcome.startPortal': 'Open a procedure’s page on the portal, then press “Start the guide”.',
  'welcome.startBelow': 'Or choose a procedure in the “Find a procedure” list on this page.',
  'welcome.startToolbar': 'Later, press the extension’s button in the toolbar to open this list again.',
  'welcome.shortcut': 'On the portal’s pages, press {keys} to bring the guide back.',
  'welcome.privacy': 'Nothing you type ever leaves this computer. No account, no personal details asked.',
  'welcome.settingsHeading': 'Choices',
  'welcome.language': 'Language',
  'welcome.hotline': 'Need someone to help? Call {phone} (free).',
  'welcome.again': 'Welcome page',
};

export const residentMessages: Readonly<Record<Lang, Readonly<Record<ResidentMessageKey, string>>>> = { vi, en };

export function t(lang: Lang, key: AnyResidentKey, params?: MessageParams): string {
  return fill((residentMessages[lang] as Record<string, string>)[key] ?? lookup(lang, key) ?? key, params, lang);
}
