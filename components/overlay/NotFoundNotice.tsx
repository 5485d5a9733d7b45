/**
 * Contract 5: a target that is not on the page never blocks. Say what is missing, keep the step's text
 * below, and the way forward ("Tiếp theo", the hotline).
 */
import type { JSX } from 'preact';
import type { Step } from '../../lib/guide/schema';
import { describeTarget } from '../../lib/engine/targets';
import { t, type Lang } from '../../lib/i18n/messages';

export function NotFoundNotice({ step, lang, elsewhere = false }: { step: Step; lang: Lang; elsewhere?: boolean }): JSX.Element {
  if (elsewhere) {
    // The step belongs to another page of the flow: no search, no wait, just where to go.
    return (
      <>
        <strong>{t(lang, 'guide.wrongPage')}</strong>
        <br />
        {t(lang, 'guide.notFoundHelp')}
      </>
    );
  }
  const what = step.target ? describeTarget(step.target, lang) : t(lang, 'guide.notFoundThing');
  return (
    <>
      <strong>{t(lang, 'guide.notFound', { what })}</strong>
      <br />
      {t(lang, 'guide.notFoundHelp')}
    </>
  );
}
