/**
 * A report range end typed as day/month/year, the way the table shows dates (a date input would follow the
 * browser's locale). What was typed stays while it is not a day yet; the error shows once the person leaves
 * the field.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t, type Lang } from '../../lib/i18n/workspace-messages';
import { dayInputText, parseDayInput } from '../../lib/workspace/day-input';
import { Field } from '../Field';

export interface DayFieldProps {
  id: string;
  label: string;
  lang: Lang;
  /** yyyy-mm-dd */
  value: string;
  /** A day each time the text becomes one; null while it is not one. */
  onDay: (day: string | null) => void;
  /** The form was sent: show the error now even if the person never left the field. */
  checked: boolean;
}

export function DayField({ id, label, lang, value, onDay, checked }: DayFieldProps): JSX.Element {
  const [text, setText] = useState(dayInputText(value));
  const [left, setLeft] = useState(false);
  // The model changed the day (another period chosen): show it, unless the text already says that day.
  useEffect(() => {
    if (parseDayInput(text) !== value) setText(dayInputText(value));
  }, [value]);
  const bad = (left || checked) && parseDayInput(text) === null;
  return (
    <Field id={id} label={label} hint={t(lang, 'report.dayHint')} error={bad && t(lang, 'report.badDay')}>
      {(control) => (
        <input
          {...control}
          class="dvc-input dvc-input--short"
          type="text"
          inputMode="numeric"
          autocomplete="off"
          placeholder="dd/mm/yyyy"
          value={text}
          onInput={(e) => {
            const next = e.currentTarget.value;
            setText(next);
            const day = parseDayInput(next);
            if (day) setLeft(false);
            onDay(day);
          }}
          onBlur={() => setLeft(true)}
        />
      )}
    </Field>
  );
}
