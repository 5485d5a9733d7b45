/**
 * `<dvc-guide view="hoi-dap">`: the questions-and-answers view, loaded from its own file the first time it
 * shows, so a page with only the guide list never downloads it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t } from '../lib/i18n/info-messages';
import type { QaViewProps } from '../components/qa/QaView';

type QaModule = typeof import('../components/qa/QaView');

export function LazyQa(props: QaViewProps): JSX.Element {
  const [mod, setMod] = useState<QaModule | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('../components/qa/QaView').then(setMod, () => setFailed(true));
  }, []);
  if (mod) return <mod.QaView {...props} headingLevel={2} />;
  return (
    <p class="dvc-muted" role="status">
      {t(props.lang, failed ? 'widget.loadError' : 'widget.loading')}
    </p>
  );
}
