/**
 * One form field: label, hint, error and the control, tied together with `aria-describedby` the same way
 * everywhere (the error first, so a screen reader says what is wrong before how to fill it in).
 * The control is the caller's: it receives the id and ARIA attributes to spread on itself.
 */
import { useId } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';

interface FieldControl {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  /** The control's id when the caller needs it (to move focus there); made up otherwise. */
  id?: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** What is wrong with the value; while present the control is marked invalid. */
  error?: ComponentChildren;
  /** A polite live note about the value (for example a warning while typing); hidden while empty. */
  note?: ComponentChildren;
  /** Ids of other elements that describe the control (a result count). */
  describedBy?: string;
  children: (control: FieldControl) => ComponentChildren;
}

const present = (node: ComponentChildren): boolean => node !== undefined && node !== null && node !== false && node !== '';

export function Field({ id: given, label, hint, error, note, describedBy, children }: FieldProps): JSX.Element {
  const uid = useId();
  const id = given ?? `${uid}-c`;
  const hasError = present(error);
  const hasHint = present(hint);
  const ids = [hasError && `${uid}-err`, hasHint && `${uid}-hint`, note !== undefined && `${uid}-note`, describedBy].filter(Boolean).join(' ');
  return (
    <div class="dvc-field">
      <label for={id}>{label}</label>
      {hasHint && (
        <span id={`${uid}-hint`} class="dvc-field__hint">
          {hint}
        </span>
      )}
      {hasError && (
        <span id={`${uid}-err`} class="dvc-field__error">
          {error}
        </span>
      )}
      {note !== undefined && (
        <p id={`${uid}-note`} class="dvc-warn" aria-live="polite" hidden={!present(note)}>
          {note}
        </p>
      )}
      {children({ id, ...(ids ? { 'aria-describedby': ids } : {}), ...(hasError ? { 'aria-invalid': true as const } : {}) })}
    </div>
  );
}
