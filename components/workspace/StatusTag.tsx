/** A session's status as a GOV.UK task-list tag: the word itself, never colour alone. */
import type { JSX } from 'preact';
import { STATUS_LABELS, type SessionStatus } from '../../lib/checklist/model';
import type { Lang } from '../../lib/i18n/workspace-messages';

export function StatusTag({ status, lang }: { status: SessionStatus; lang: Lang }): JSX.Element {
  return <strong class={`dvc-status dvc-status--${status}`}>{STATUS_LABELS[status][lang]}</strong>;
}
