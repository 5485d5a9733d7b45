/** Which steps of a step-by-step list are open. Kept outside the component so a surface can restore it. */
import { computed, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';

export interface StepListModel {
  readonly stepIds: readonly string[];
  expanded: ReadonlySignal<ReadonlySet<string>>;
  allExpanded: ReadonlySignal<boolean>;
  isExpanded(id: string): boolean;
  toggle(id: string): void;
  expand(id: string): void;
  showAll(): void;
  hideAll(): void;
  /** "Hiện tất cả các bước" / "Ẩn tất cả các bước". */
  toggleAll(): void;
}

export function createStepListModel(stepIds: readonly string[], initiallyExpanded: Iterable<string> = []): StepListModel {
  const expanded = signal<ReadonlySet<string>>(new Set(initiallyExpanded));
  const allExpanded = computed(() => stepIds.length > 0 && stepIds.every((id) => expanded.value.has(id)));
  const set = (ids: Iterable<string>): void => {
    expanded.value = new Set(ids);
  };
  return {
    stepIds,
    expanded,
    allExpanded,
    isExpanded: (id) => expanded.value.has(id),
    toggle(id) {
      const next = new Set(expanded.value);
      if (!next.delete(id)) next.add(id);
      set(next);
    },
    expand(id) {
      if (!expanded.value.has(id)) set([...expanded.value, id]);
    },
    showAll: () => set(stepIds),
    hideAll: () => set([]),
    toggleAll() {
      if (allExpanded.value) set([]);
      else set(stepIds);
    },
  };
}
