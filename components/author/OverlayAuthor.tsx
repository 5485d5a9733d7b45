/**
 * What author mode adds to the overlay card: the "bản nháp" mark on a draft being played, and on the
 * not-found notice (author mode on) the "Chọn lại phần tử" button that repairs the step's target.
 */
import type { Signal } from '@preact/signals';
import type { JSX } from 'preact';
import type { AuthorMessageKey } from '../../lib/i18n/author-messages';
import type { Lang } from '../../lib/i18n/messages';

/** Author texts; they come with author mode's tools, which the portal loads only when needed. */
type AuthorText = (lang: Lang, key: AuthorMessageKey) => string;

export interface OverlayAuthorHooks {
  /** Guide ids played as drafts in this tab. */
  draftIds: Signal<ReadonlySet<string>>;
  /** Author mode is on ("Soạn hướng dẫn"). */
  enabled: Signal<boolean>;
  /** Null until author mode's tools are loaded: nothing of author mode is drawn before. */
  text: Signal<AuthorText | null>;
  onHelpOpened(guideId: string, stepId: string): void;
  onRepair(guideId: string, stepId: string): void;
}

export function DraftTag({ hooks, guideId, lang }: { hooks?: OverlayAuthorHooks; guideId: string; lang: Lang }): JSX.Element | null {
  const text = hooks?.text.value;
  if (!text || !hooks?.draftIds.value.has(guideId)) return null;
  return <p class="dvc-draft-tag">{text(lang, 'author.draftTag')}</p>;
}

export function RepairButton({ hooks, guideId, stepId, lang }: { hooks?: OverlayAuthorHooks; guideId: string; stepId: string; lang: Lang }): JSX.Element | null {
  const text = hooks?.text.value;
  if (!text || !hooks?.enabled.value) return null;
  return (
    <p>
      <button type="button" class="dvc-btn dvc-btn--quiet" onClick={() => hooks.onRepair(guideId, stepId)}>
        {text(lang, 'author.repair')}
      </button>
    </p>
  );
}

export const overlayAuthorStyles = `
.dvc-draft-tag { display: inline-block; margin: 0 0 6px; padding: 1px 8px; border: 1px solid #b45309; border-radius: 999px;
  color: #7c2d12; background: #fff7ed; font-size: 0.85em; font-weight: 600; }
.dvc-picker-box { position: fixed; z-index: 2147483647; pointer-events: none; border: 3px solid #1d4ed8;
  border-radius: 4px; box-shadow: 0 0 0 2px #fff; background: rgba(29, 78, 216, 0.08); }
.dvc-picker-hint { position: fixed; z-index: 2147483647; left: 50%; bottom: 16px; transform: translateX(-50%); padding: 8px 14px;
  border-radius: 6px; background: #1e293b; color: #fff; font: 15px/1.4 system-ui, sans-serif; max-width: 90vw; }
`;
