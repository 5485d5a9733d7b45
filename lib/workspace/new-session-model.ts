/**
 * "Phiên mới": the resident label (with the ID/phone warning) and the guide, chosen by a search that
 * ignores diacritics ("khai sinh" finds "Đăng ký khai sinh").
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { NewSessionInput } from '../checklist/model';
import { labelWarning, type LabelWarning } from '../checklist/privacy';
import type { Guide } from '../guide/schema';
import { createSearchIndex } from '../search/index';

export interface NewSessionModel {
  label: ReadonlySignal<string>;
  guideQuery: ReadonlySignal<string>;
  guideId: ReadonlySignal<string | null>;
  warning: ReadonlySignal<LabelWarning | null>;
  matches: ReadonlySignal<readonly Guide[]>;
  chosen: ReadonlySignal<Guide | null>;
  /** What is missing before the session can start, or null when ready. */
  missing: ReadonlySignal<'label' | 'guide' | null>;
  setLabel(text: string): void;
  setGuideQuery(text: string): void;
  chooseGuide(guideId: string | null): void;
  input(): NewSessionInput | null;
  reset(): void;
}

export function createNewSessionModel(guides: readonly Guide[]): NewSessionModel {
  const index = createSearchIndex(guides, (g) => [
    { text: g.title, weight: 3 },
    { text: g.procedure?.name ?? '', weight: 2 },
    { text: [g.procedure?.code ?? '', ...(g.keywords ?? [])].join(' '), weight: 1 },
  ]);
  const label = signal('');
  const guideQuery = signal('');
  const guideId = signal<string | null>(null);
  const warning = computed(() => labelWarning(label.value));
  const matches = computed(() => (guideQuery.value.trim() ? index.search(guideQuery.value) : guides));
  const chosen = computed(() => guides.find((g) => g.id === guideId.value) ?? null);
  const missing = computed(() => (label.value.trim() === '' ? 'label' : chosen.value ? null : 'guide'));

  return {
    label,
    guideQuery,
    guideId,
    warning,
    matches,
    chosen,
    missing,
    setLabel(text) {
      label.value = text;
    },
    setGuideQuery(text) {
      guideQuery.value = text;
    },
    chooseGuide(id) {
      guideId.value = id;
    },
    input() {
      const guide = chosen.value;
      if (!guide || label.value.trim() === '') return null;
      return {
        residentLabel: label.value.trim(),
        guideId: guide.id,
        guideVersion: guide.version,
        guideTitle: guide.title,
        procedureCode: guide.procedure?.code,
      };
    },
    reset() {
      label.value = '';
      guideQuery.value = '';
      guideId.value = null;
    },
  };
}
