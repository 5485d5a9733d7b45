/**
 * Options: one address to set (the town's catalog, the town page printed on leaflets, the practice portal).
 * Heading, what it is for, the field, the buttons and one status line; what happens on save is the caller's
 * (it runs synchronously in the submit event, so a host permission can still be asked for).
 */
import { useId } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import { Field } from './Field';

export interface AddressSettingProps {
  heading: ComponentChildren;
  intro: ComponentChildren;
  label: ComponentChildren;
  hint: ComponentChildren;
  /** Why the address was refused; shown under the field, which keeps what was typed. */
  error?: ComponentChildren;
  value: string;
  onInput: (value: string) => void;
  /** 'url' for a web address, 'text' for a bare domain. */
  type?: 'url' | 'text';
  onSave: () => void;
  saveLabel: ComponentChildren;
  busy?: boolean;
  /** More buttons after the save button (reload, turn off). */
  actions?: ComponentChildren;
  status: ComponentChildren;
  statusClass?: string;
  sectionClass?: string;
  /** What follows the status line (details, problems found). */
  children?: ComponentChildren;
}

export function AddressSetting(p: AddressSettingProps): JSX.Element {
  const uid = useId();
  const type = p.type ?? 'url';
  return (
    <section class={p.sectionClass} aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{p.heading}</h2>
      <p>{p.intro}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          p.onSave();
        }}
      >
        <Field label={p.label} hint={p.hint} error={p.error}>
          {(control) => (
            <input
              {...control}
              class="dvc-input"
              // preact's typings narrow attributes per input type; url and text take the same ones here.
              type={type as 'text'}
              inputMode={type === 'url' ? 'url' : 'text'}
              autocomplete="off"
              spellcheck={false}
              value={p.value}
              onInput={(e) => p.onInput(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="dvc-ws__bar">
          <button type="submit" class="dvc-btn dvc-btn--primary" disabled={p.busy}>
            {p.saveLabel}
          </button>
          {p.actions}
        </div>
      </form>
      <p role="status" aria-live="polite" class={p.statusClass}>
        {p.status}
      </p>
      {p.children}
    </section>
  );
}
