/** Everything inside one `<dvc-guide>` shadow root: notices, then the catalog or a guide. */
import type { ReadonlySignal } from '@preact/signals';
import type { TownProfile } from '../lib/town/schema';
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../lib/i18n/info-messages';
import { CatalogView } from './CatalogView';
import { GuideView } from './GuideView';
import { LazyQa } from './LazyQa';
import type { TicksModel } from './ticks-model';
import type { WidgetModel } from './widget-model';

export interface WidgetAppProps {
  model: WidgetModel;
  ticks: TicksModel;
  print: () => void;
  /** The town's help profile (`town` attribute); null until loaded or when broken. */
  town?: ReadonlySignal<TownProfile | null>;
}

export function WidgetApp({ model, ticks, print, town }: WidgetAppProps): JSX.Element {
  const lang = model.lang.value;
  const view = model.view.value;
  const catalog = model.catalog.value;
  // Focus moves only after the resident navigated inside the widget, never on first render.
  const navigated = useRef(false);
  const open = (id: string, step?: string): void => {
    navigated.current = true;
    model.open(id, step);
  };
  const back = (): void => {
    navigated.current = true;
    model.back();
  };

  const cls = `dvc dvc-widget${model.compact.value ? ' dvc-widget--compact' : ''}`;
  const invalid = catalog?.kind === 'remote' ? catalog.invalid : [];
  return (
    <div class={cls} lang={lang}>
      {catalog?.kind === 'fallback' && (
        <div class="dvc-notice dvc-screen" role="status">
          <p>{t(lang, 'widget.offline')}</p>
          <button type="button" class="dvc-btn" onClick={() => void model.reload()}>
            {t(lang, 'widget.retry')}
          </button>
        </div>
      )}
      {view.kind === 'loading' && (
        <p class="dvc-muted" role="status">
          {t(lang, 'widget.loading')}
        </p>
      )}
      {view.kind === 'catalog' && invalid.length > 0 && (
        <div class="dvc-notice dvc-screen" role="status">
          {invalid.map((e, i) => (
            <p key={i}>{t(lang, 'widget.invalidEntry', { name: e.name })}</p>
          ))}
          <p class="dvc-quiet">{t(lang, 'widget.invalidHelp')}</p>
        </div>
      )}
      {view.kind === 'catalog' && catalog && model.mode.value === 'qa' && (
        <LazyQa guides={catalog.guides} lang={lang} query={model.query} onOpen={open} autoFocus={navigated.current} />
      )}
      {view.kind === 'catalog' && catalog && model.mode.value === 'guides' && (
        <CatalogView guides={catalog.guides} lang={lang} query={model.query} onOpen={open} autoFocus={navigated.current} />
      )}
      {view.kind === 'guide' && (
        <GuideView
          guide={view.guide}
          lang={lang}
          compact={model.compact.value}
          ticks={ticks}
          onPrint={print}
          town={town?.value ?? null}
          autoFocus={navigated.current}
          openStep={model.step.value}
          {...(view.fromCatalog ? { onBack: back, fromQa: model.mode.value === 'qa' } : {})}
        />
      )}
      {(view.kind === 'invalid' || view.kind === 'missing') && (
        <div class="dvc-notice" role="status">
          <p>{view.kind === 'invalid' ? t(lang, 'widget.guideInvalid') : t(lang, 'widget.guideMissing', { id: view.id })}</p>
          {view.kind === 'invalid' && <p class="dvc-quiet">{t(lang, 'widget.invalidHelp')}</p>}
          {view.kind === 'invalid' && view.fromCatalog && (
            <button type="button" class="dvc-link-btn" onClick={back}>
              {t(lang, 'widget.backToList')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
