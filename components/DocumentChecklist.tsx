/**
 * The papers to prepare, as real checkboxes (the label is the document's name). Controlled: the caller
 * owns which are ticked (the checklist DB in the extension, local storage in the widget).
 * Prints as a paper list with ☐/☑ boxes for residents who bring it to the ward office.
 */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Document } from '../lib/guide/schema';
import { t } from '../lib/i18n/info-messages';
import type { Lang } from '../lib/i18n/info-messages';
import { ExternalLink } from './ExternalLink';
import { RichText } from './RichText';
import { guideTextLang } from '../lib/i18n/guide-lang';

export interface DocumentChecklistProps {
  documents: readonly Document[];
  lang: Lang;
  checked: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  /** Shows the "In danh sách giấy tờ" button when given. */
  onPrint?: () => void;
  headingLevel?: 2 | 3;
}

function facts(doc: Document, lang: Lang): string[] {
  const out: string[] = [];
  // A conditional paper's own condition says when ("Nếu cha, mẹ…"): shown as it is below the tag, never
  // after a label that repeats it ("Nếu có: Nếu cha, mẹ…", "If applicable: Nếu cha, mẹ…").
  out.push(t(lang, doc.need === 'required' ? 'docs.required' : 'docs.conditionalPlain'));
  if (doc.originals) out.push(t(lang, 'docs.originals', { n: doc.originals }));
  if (doc.copies) out.push(t(lang, 'docs.copies', { n: doc.copies }));
  if (doc.showOnly) out.push(t(lang, 'docs.showOnly'));
  return out;
}

export function DocumentChecklist({
  documents,
  lang,
  checked,
  onToggle,
  onPrint,
  headingLevel = 2,
}: DocumentChecklistProps): JSX.Element {
  const uid = useId();
  const Heading = `h${headingLevel}` as 'h2';
  const done = documents.filter((d) => checked.has(d.id)).length;

  return (
    <section class="dvc dvc-docs" aria-labelledby={`${uid}-h`}>
      <Heading id={`${uid}-h`} class="dvc-h">
        {t(lang, 'docs.heading')}
      </Heading>
      {documents.length === 0 ? (
        <p>{t(lang, 'docs.none')}</p>
      ) : (
        <>
          <p class="dvc-docs__count" aria-live="polite">
            {t(lang, 'docs.prepared', { n: done, m: documents.length })}
          </p>
          <ul class="dvc-docs__list">
            {documents.map((doc, i) => {
              const box = `${uid}-d${i}`;
              const [need, ...rest] = facts(doc, lang);
              return (
                <li key={doc.id} class={doc.need === 'required' ? 'dvc-doc dvc-doc--req' : 'dvc-doc'}>
                  <input
                    type="checkbox"
                    id={box}
                    checked={checked.has(doc.id)}
                    aria-describedby={`${box}-m`}
                    onChange={(e) => onToggle(doc.id, e.currentTarget.checked)}
                  />
                  <label for={box} lang={guideTextLang(lang, false)}>
                    {doc.name}
                  </label>
                  <div id={`${box}-m`} class="dvc-doc__meta">
                    <p class="dvc-doc__facts">
                      <span class="dvc-tag">{need}</span> {rest.join(' · ')}
                    </p>
                    {doc.need === 'conditional' && doc.condition && <RichText class="dvc-doc__when" source={doc.condition} />}
                    {doc.note && <RichText source={doc.note} />}
                    {doc.form && (
                      <p>
                        {t(lang, 'docs.form')} <ExternalLink href={doc.form.url}>{doc.form.text}</ExternalLink>
                        {doc.form.cost && <span class="dvc-cost"> {doc.form.cost}</span>}
                      </p>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {onPrint && (
            <button type="button" class="dvc-btn" onClick={onPrint}>
              {t(lang, 'docs.print')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
