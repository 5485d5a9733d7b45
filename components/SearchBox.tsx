/**
 * A search of one field (role="search"): its label, an optional hint read with it, and the query as typed.
 * The catalog, Hỏi đáp and the guide finder search locally: nothing typed here leaves the page.
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { JSX } from 'preact';

export interface SearchBoxClasses {
  form: string;
  label: string;
  hint?: string;
}

// The widget's look (widget-styles.ts); the guide finder passes its own larger one.
const WIDGET_CLASSES: SearchBoxClasses = { form: 'dvc-search', label: 'dvc-label dvc-search__label' };

export interface SearchBoxProps {
  label: string;
  /** Said after the label, and read with the field (aria-describedby). */
  hint?: string;
  placeholder?: string;
  value: string;
  /** The person typed in the field (the owner of the query keeps it). */
  onQuery(query: string): void;
  /** Focus the field as it is drawn (coming back from a guide). */
  autoFocus?: boolean;
  classes?: SearchBoxClasses;
}

export function SearchBox({ label, hint, placeholder, value, onQuery, autoFocus, classes = WIDGET_CLASSES }: SearchBoxProps): JSX.Element {
  const uid = useId();
  const input = useRef<HTMLInputElement>(null);
  // As the field is drawn, not a frame later: a later focus move would undo a key pressed meanwhile.
  useLayoutEffect(() => {
    if (autoFocus) input.current?.focus();
  }, []);
  return (
    <form role="search" class={classes.form} onSubmit={(e) => e.preventDefault()}>
      <label class={classes.label} for={`${uid}-q`}>
        {label}
      </label>
      {hint !== undefined && (
        <span id={`${uid}-hint`} class={`dvc-muted ${classes.hint ?? ''}`.trim()}>
          {hint}
        </span>
      )}
      <input
        ref={input}
        id={`${uid}-q`}
        class="dvc-input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={placeholder}
        aria-describedby={hint !== undefined ? `${uid}-hint` : undefined}
        value={value}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
    </form>
  );
}
