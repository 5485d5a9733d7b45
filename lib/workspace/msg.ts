/** Both languages of a UI message, for data that crosses the message boundary before a language is chosen. */
import type { Msg } from '../checklist/messages';
import { t, type MessageKey, type MessageParams } from '../i18n/workspace-messages';

export function msgOf(key: MessageKey, params?: MessageParams): Msg {
  return { vi: t('vi', key, params), en: t('en', key, params) };
}
