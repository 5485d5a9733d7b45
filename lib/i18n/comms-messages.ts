/**
 * Texts of the communication tools (questions and answers, the printed leaflet, practice mode): a part of
 * the one vi/en messages table kept apart, because these views load only when used and must not add to
 * the widget's first file or the content script. Falls back to the guide-information texts.
 */
import { format, lookup, type MessageKey as InfoKey } from './info-messages';
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
};

export const commsMessages: Readonly<Record<Lang, Readonly<Record<CommsMessageKey, string>>>> = { vi, en };

export function t(lang: Lang, key: CommsMessageKey | InfoKey, params?: MessageParams): string {
  const own = (commsMessages[lang] as Record<string, string>)[key];
  return format(own ?? lookup(lang, key) ?? key, params, lang);
}
