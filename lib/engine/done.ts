/**
 * Whether a step completed by itself. A step is done when any of its conditions holds; `confirm` is only
 * ever satisfied by the person pressing "Tiếp theo", so it never matches here.
 */
import { DONE_KINDS } from '../guide/kinds';
import type { DoneCondition, Step } from '../guide/schema';
import { findTarget, findVisibleText, type SearchScope } from './targets';
import { matchesAny } from './url-pattern';

export type DoneKind = (typeof DONE_KINDS)[number];

export interface DoneContext {
  doc: Document;
  href: string;
  /** The run saw the person click the step's target. */
  clickedTarget: boolean;
  isVisible?(el: Element): boolean;
  /** What this check already read of the page (targets.ts createSearchScope), shared by its conditions. */
  scope?: SearchScope;
}

/** The kind of the first condition that holds, or null. */
export function isStepDone(step: Pick<Step, 'done'>, ctx: DoneContext): DoneKind | null {
  for (const condition of step.done ?? []) {
    const kind = conditionKind(condition);
    if (kind && conditionHolds(kind, condition, ctx)) return kind;
  }
  return null;
}

/** The schema allows exactly one kind per condition; the first present key decides. */
export function conditionKind(condition: DoneCondition): DoneKind | null {
  return DONE_KINDS.find((k) => condition[k] !== undefined) ?? null;
}

/** Whether one condition holds now. */
export function doneConditionHolds(condition: DoneCondition, ctx: DoneContext): boolean {
  const kind = conditionKind(condition);
  return kind !== null && conditionHolds(kind, condition, ctx);
}

function conditionHolds(kind: DoneKind, c: DoneCondition, ctx: DoneContext): boolean {
  const opts = { ...(ctx.isVisible ? { isVisible: ctx.isVisible } : {}), ...(ctx.scope ? { scope: ctx.scope } : {}) };
  switch (kind) {
    case 'url':
      return c.url !== undefined && matchesAny([c.url], ctx.href);
    case 'appears':
      return c.appears !== undefined && findTarget(ctx.doc, [c.appears], opts) !== null;
    case 'text':
      return c.text !== undefined && findVisibleText(ctx.doc, c.text, opts) !== null;
    case 'filled': {
      if (c.filled === undefined) return false;
      // The field the person sees; a styled select may hide the real one, so fall back to any match.
      const found = findTarget(ctx.doc, [c.filled], opts) ?? findTarget(ctx.doc, [c.filled], { ...opts, isVisible: () => true });
      return found !== null && hasValue(found.element);
    }
    case 'clicked':
      return ctx.clickedTarget;
    case 'confirm':
      return false;
  }
}

/** A form field holds something: text typed, an option chosen, a box ticked. */
export function hasValue(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    const type = (input.type || 'text').toLowerCase();
    if (type === 'checkbox' || type === 'radio') return input.checked;
    return input.value.trim() !== '';
  }
  if (tag === 'TEXTAREA') return (el as HTMLTextAreaElement).value.trim() !== '';
  if (tag === 'SELECT') return (el as HTMLSelectElement).value.trim() !== '';
  const checked = el.getAttribute('aria-checked');
  if (checked !== null) return checked === 'true';
  if (el.getAttribute('contenteditable') === 'true') return (el.textContent ?? '').trim() !== '';
  // Custom elements (the Ministry of Justice's x-input) expose a value property like native fields.
  const value = (el as Element & { value?: unknown }).value;
  return typeof value === 'string' && value.trim() !== '';
}
