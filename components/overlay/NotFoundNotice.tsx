/**
 * Contract 5: a target that is not on the page never blocks. Say what is missing (or that the step is on
 * another page), keep the step's text below, and the way forward: "Tiếp theo", and the hotline.
 */
import type { JSX } from 'preact';
import type { Help, Step } from '../../lib/guide/schema';
import { describeTarget } from '../../lib/engine/targets';
import { t, type Lang } from '../../lib/i18n/messages';
import { telHref } from '../HelpBox';

export interface NotFoundNoticeProps {
  step: Step;
  help: Help;
  lang: Lang;
  /** The step belongs to another page of the flow: no search, no wait, just where to go. */
  elsewhere?: boolean;
}

export function NotFoundNotice({ step, help, lang, elsewhere = false }: NotFoundNoticeProps): JSX.Element {
  const what = step.target ? describeTarget(step.target, lang) : t(lang, 'guide.notFoundThing');
  return (
    <>
      <strong>{elsewhere ? t(lang, 'guide.wrongPage') : t(lang, 'guide.notFound', { what })}</strong>
      <br />
      {t(lang, 'guide.notFoundHelp')}{' '}
      <a href={telHref(help.hotline)}>{t(lang, 'help.hotline', { phone: help.hotline })}</a>
    </>
  );
}
