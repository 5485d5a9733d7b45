/** Everything inside one `<dvc-guide>` shadow root: notices, then the catalog or a guide. */
import type { ReadonlySignal } from '@preact/signals';
import type { TownProfile } from '../lib/town/schema';
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../lib/i18n/info-messages';
import { LazyQa } from './LazyQa';
import { catalogChunk, guideChunk, useChunk } from './use-chunk';
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
  // Each view is a chunk of its own: a page showing one guide never loads the search, and the catalog
  // loads the guide view only when a resident opens one.
  const catalogMod = useChunk(catalogChunk, view.kind === 'catalog' && model.mode.value === 'guides');
  if (view.kind === 'catalog' && model.mode.value === 'qa') model.loadQa();
  const guideMod = useChunk(guideChunk, view.kind === 'guide');
  const CatalogView = catalogMod?.CatalogView;
  const GuideView = guideMod?.GuideView;
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
  const index = model.index.value;
  const retry = (
    <button type="button" class="dvc-btn" onClick={() => void model.reload()}>
      {t(lang, 'widget.retry')}
    </button>
  );
  return (
    <div class={cls} lang={lang}>
      {view.kind === 'catalog' && index?.kind === 'fallback' && (
        <div class="dvc-notice dvc-screen" role="status">
          <p>{t(lang, 'widget.offline')}</p>
          {retry}
        </div>
      )}
      {view.kind === 'failed' && (
        <div class="dvc-notice dvc-screen" role="status">
          <p>{t(lang, view.fromCatalog || model.guideId.value ? 'widget.guideLoadError' : 'widget.loadError')}</p>
          {retry}
          {view.fromCatalog && (
            <button type="button" class="dvc-link-btn" onClick={back}>
              {t(lang, 'widget.backToList')}
            </button>
          )}
        </div>
      )}
      {(view.kind === 'loading' || (view.kind === 'catalog' && !CatalogView) || (view.kind === 'guide' && !GuideView)) && (
        <p class="dvc-muted" role="status">
          {t(lang, 'widget.loading')}
        </p>
      )}
      {view.kind === 'catalog' && model.mode.value === 'guides' && CatalogView && (
        <CatalogView guides={view.entries} lang={lang} query={model.query} onQuery={model.setQuery} onOpen={open} autoFocus={navigated.current} />
      )}
      {view.kind === 'catalog' && model.mode.value === 'qa' && (
        model.qaGuides.value ? (
          <LazyQa guides={model.qaGuides.value} lang={lang} query={model.query} onQuery={model.setQuery} onOpen={open} autoFocus={navigated.current} />
        ) : (
          <p class="dvc-muted" role="status">
            {t(lang, 'widget.loading')}
          </p>
        )
      )}
      {view.kind === 'guide' && GuideView && (
        <GuideView
          guide={view.guide}
          lang={lang}
          compact={model.compact.value}
          ticks={ticks}
          onPrint={print}
          town={town?.value ?? null}
          autoFocus={navigated.current}
          openStep={model.step.value}
          leafletUrl={model.leafletUrl.value}
          {...(view.fromCatalog ? { onBack: back, fromQa: model.mode.value === 'qa' } : {})}
        />
      )}
      {(view.kind === 'invalid' || view.kind === 'missing') && (
        <div class="dvc-notice" role="status">
          <p>{view.kind === 'invalid' ? t(lang, 'widget.guideInvalid', { name: view.name }) : t(lang, 'widget.guideMissing', { id: view.id })}</p>
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
