/**
 * `<dvc-guide guide="<id>" src="<catalog url>" lang="vi|en" compact view="hoi-dap"
 * leaflet-url="https://…/{id}">` (contract 7): a custom element
 * with an open shadow root. Attributes can change at any time (a CMS editor, a language switch) and the
 * widget follows; `src` changing reloads the catalog.
 */
import { signal, type Signal } from '@preact/signals';
import type { TownProfile } from '../lib/town/schema';
import { render } from 'preact';
import { baseStyles } from '../components/styles';
import { isLang } from '../lib/i18n/messages';
import type { FetchLike, ReportProblems } from './catalog-source';
import { loadEnglish } from './english';
import { createTicksModel, type TicksModel } from './ticks-model';
import type { TicksStore } from './ticks-store';
import { guideChunk } from './use-chunk';
import { createWidgetModel, type WidgetModel } from './widget-model';
import { WidgetApp } from './WidgetApp';
import { widgetStyles } from './widget-styles';

/** The element's tag name: `<dvc-guide>`. Defined once, however many times the script is pasted. */
export const WIDGET_TAG = 'dvc-guide';

/**
 * The attributes `<dvc-guide>` reads. Each may be set, changed or removed at any time and the widget follows.
 *
 * - `guide` — a guide id (`dang-ky-khai-sinh`): show that one guide. Absent: the searchable catalog.
 *   Changing it replaces whatever the resident opened from the catalog.
 * - `src` — the catalog's address (`index.json`), absolute or relative to the page. Absent: the catalog
 *   in the folder the script was loaded from. Changing it reloads the catalog.
 * - `lang` — `vi` (default) or `en`; anything else is Vietnamese. English texts load from the widget
 *   folder on first use; until they arrive (or if they fail) the widget stays in Vietnamese.
 * - `compact` — present (and not `"false"`): a smaller layout for a sidebar.
 * - `view` — `hoi-dap`: the town's questions and answers instead of the guides.
 * - `town` — the address of the town's help profile (`town.json`): hotline, offices, Saturday hours,
 *   shown in every guide's help. Loaded only when set; a broken profile is reported in the console.
 * - `leaflet-url` — the town's guide page, printed as a QR code on leaflets; `{id}` is replaced by the
 *   guide's id (`https://phuong-mau.gov.vn/huong-dan/{id}`).
 *
 * Theming is by CSS custom properties set on the element (they cross the shadow root): `--dvc-accent`
 * (buttons and links, default #1d70b8), `--dvc-font` (font stack), `--dvc-size` (base font size, 16px),
 * `--dvc-radius` (corners, 6px), `--dvc-bg` and `--dvc-fg` (background and text). Defaults meet WCAG AA;
 * a town that changes them keeps the contrast itself.
 *
 * Events: none. The element sends nothing to the page; a resident's ticks stay in this browser's
 * IndexedDB (`dvc-guide-widget`) and nothing leaves the device.
 */
export const WIDGET_ATTRIBUTES = ['guide', 'src', 'lang', 'compact', 'view', 'town', 'leaflet-url'] as const;

/** What a `<dvc-guide>` class needs from its surroundings (see {@link createDvcGuideElement}). */
export interface WidgetEnvironment {
  /** The index of the folder the script was loaded from (its default catalog). */
  ownIndex: string;
  /** One store for every widget on the page, opened on first use. */
  ticksStore: () => Promise<TicksStore>;
  /** How catalogs, guides and the town profile are fetched (default: the page's `fetch`). */
  fetch?: FetchLike;
  /** Words a broken file's problems for the console; loaded on demand by the entry. */
  report?: ReportProblems;
}

/**
 * A constructed stylesheet is not inline style for CSP, so a site with a strict `style-src` needs no
 * 'unsafe-inline' for the widget; browsers without constructed sheets get a <style> element.
 */
function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}

/** English texts, shared by every widget on the page: asked for by the first `lang="en"`. */
let english: 'absent' | 'loading' | 'ready' | 'failed' = 'absent';
const englishWaiters = new Set<() => void>();

/** Calls `then` once the English texts are in (at once when they are); a failure keeps Vietnamese. */
function withEnglish(then: () => void): void {
  if (english === 'ready') return then();
  if (english === 'failed') return;
  englishWaiters.add(then);
  if (english === 'loading') return;
  english = 'loading';
  loadEnglish().then(
    () => {
      english = 'ready';
      for (const w of englishWaiters) w();
      englishWaiters.clear();
    },
    (err: unknown) => {
      english = 'failed';
      englishWaiters.clear();
      console.warn('[dvc-guide] the English texts could not be loaded from the widget folder; showing Vietnamese.', err);
    },
  );
}

/**
 * The `<dvc-guide>` class, bound to where it gets its data. The published script calls it once (widget/index.ts)
 * and defines the tag; tests and embedders that serve the guides from elsewhere define their own:
 *
 * ```ts
 * customElements.define('dvc-guide', createDvcGuideElement({ ownIndex: 'https://xa.example/dvc/index.json', ticksStore }));
 * ```
 *
 * @param env where the default catalog is, the shared ticks store, and optional fetch and problem reporter.
 * @returns a custom element constructor with an open shadow root; it observes {@link WIDGET_ATTRIBUTES}.
 */
export function createDvcGuideElement(env: WidgetEnvironment): CustomElementConstructor {
  // No class fields: the es2020 build would lower them through defineProperty helpers (bytes of the budget).
  return class DvcGuideElement extends HTMLElement {
    static get observedAttributes(): string[] {
      return [...WIDGET_ATTRIBUTES];
    }
    declare private readonly model: WidgetModel;
    declare private ticks: TicksModel | null;
    declare private readonly mount: HTMLElement;
    declare private loadedSrc: string | null | undefined;
    declare private readonly town: Signal<TownProfile | null>;
    declare private loadedTown: string | null;

    constructor() {
      super();
      this.ticks = null;
      this.loadedSrc = undefined;
      this.town = signal<TownProfile | null>(null);
      this.loadedTown = null;
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      this.mount = document.createElement('div');
      root.replaceChildren(this.mount);
      adoptStyles(root, baseStyles + widgetStyles);
      // Problems are for the webmaster; a console error would look like a broken site to monitoring.
      const warn = (...args: unknown[]): void => console.warn(...args);
      this.model = createWidgetModel({
        ownIndex: env.ownIndex,
        fetch: env.fetch ?? ((input, init) => window.fetch(input, init)),
        base: () => document.baseURI,
        warn,
        report: env.report ?? ((url) => warn(`[dvc-guide] the guide ${url} is invalid and is not shown.`)),
        validate: () => guideChunk().then((m) => m.validGuide),
      });
    }

    connectedCallback(): void {
      this.sync();
      this.ticks ??= createTicksModel(env.ticksStore());
      if (this.loadedSrc !== `${this.model.src.value}|${this.model.guideId.value}`) this.load();
      this.loadTownAttr();
      render(<WidgetApp model={this.model} ticks={this.ticks} print={() => window.print()} town={this.town} />, this.mount);
    }

    disconnectedCallback(): void {
      render(null, this.mount);
    }

    attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
      if (oldValue === value) return;
      // A new `guide` attribute replaces whatever the resident opened from the catalog (the model's rule).
      this.sync();
      if (name === 'town' && this.isConnected) this.loadTownAttr();
      if ((name === 'src' || name === 'guide') && this.isConnected && this.loadedSrc !== `${this.model.src.value}|${this.model.guideId.value}`) this.load();
    }

    /** The town's help profile (`town` attribute), shown in every guide's help. */
    private loadTownAttr(): void {
      const src = this.getAttribute('town')?.trim() || null;
      if (src === this.loadedTown) return;
      this.loadedTown = src;
      if (!src) {
        this.town.value = null;
        return;
      }
      const fetchFn = env.fetch ?? ((input, init) => window.fetch(input, init));
      // Loaded only on pages that set `town`: the first-load budget stays for the guides.
      void import('./town-source')
        .then(({ loadTown }) => loadTown(src, fetchFn, document.baseURI, (...args) => console.warn(...args)))
        .then((t) => {
          if (this.loadedTown === src) this.town.value = t;
        });
    }

    private load(): void {
      this.loadedSrc = `${this.model.src.value}|${this.model.guideId.value}`;
      void this.model.reload();
    }

    private sync(): void {
      const m = this.model;
      const guide = this.getAttribute('guide')?.trim();
      const src = this.getAttribute('src')?.trim();
      const lang = this.getAttribute('lang')?.trim().toLowerCase().slice(0, 2);
      const compact = this.getAttribute('compact');
      m.setAttributes({
        guideId: guide ? guide : null,
        src: src ? src : null,
        compact: compact !== null && compact !== 'false',
        mode: this.getAttribute('view')?.trim() === 'hoi-dap' ? 'qa' : 'guides',
        leafletUrl: this.getAttribute('leaflet-url'),
      });
      const wanted = isLang(lang) ? lang : 'vi';
      // Until the English texts are in, the widget keeps the language it shows (Vietnamese at first).
      if (wanted === 'en') withEnglish(() => m.setLang(this.getAttribute('lang')?.trim().toLowerCase().startsWith('en') ? 'en' : m.lang.value));
      else m.setLang(wanted);
    }
  };
}
