/**
 * What "In danh sách giấy tờ" prints: the guide's documents as a paper list with ☐/☑ boxes, the hotline
 * and the procedure page, for residents who bring it to the ward office. Hidden on screen by the
 * stylesheet; in print the rest of the widget is hidden instead.
 */
import type { JSX } from 'preact';
import type { Guide } from '../lib/guide/schema';
import { t } from '../lib/i18n/info-messages';
import type { Lang } from '../lib/i18n/info-messages';
import { guideTitle, PORTAL_PAGE } from './guide-text';

export interface PrintViewProps {
  guide: Guide;
  lang: Lang;
  checked: ReadonlySet<string>;
}

export function PrintView({ guide, lang, checked }: PrintViewProps): JSX.Element {
  const portalId = guide.procedure?.portalId;
  // Document names are Vietnamese in every guide: marked on an English page so they are read as such.
  const vi = lang === 'en' ? 'vi' : undefined;
  return (
    <div class="dvc-print">
      <p class="dvc-h">{t(lang, 'widget.printHeading', { title: guideTitle(guide, lang) })}</p>
      {guide.documents.length === 0 ? (
        <p>{t(lang, 'docs.none')}</p>
      ) : (
        <ul class="dvc-print__list">
          {guide.documents.map((doc) => {
            const facts = [
              // A condition says when itself ("Nếu cha, mẹ…"): never after a label that repeats it.
              doc.need === 'required' ? t(lang, 'docs.required') : (doc.condition ?? t(lang, 'docs.conditionalPlain')),
              doc.originals ? t(lang, 'docs.originals', { n: doc.originals }) : '',
              doc.copies ? t(lang, 'docs.copies', { n: doc.copies }) : '',
              doc.showOnly ? t(lang, 'docs.showOnly') : '',
            ].filter((f) => f !== '');
            return (
              <li key={doc.id}>
                {checked.has(doc.id) ? '☑' : '☐'} <strong lang={vi}>{doc.name}</strong> ({facts.join(' · ')})
              </li>
            );
          })}
        </ul>
      )}
      <p>{t(lang, 'help.hotline', { phone: guide.help.hotline })}</p>
      {portalId && <p>{t(lang, 'widget.printPortal', { url: PORTAL_PAGE + portalId })}</p>}
    </div>
  );
}
