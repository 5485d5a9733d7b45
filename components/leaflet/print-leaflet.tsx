/**
 * Prints one guide's leaflet from the page the person is on (a town page with the widget, the side panel).
 * Loaded only when someone presses "In tờ hướng dẫn", and it loads the QR library (uqr) itself: neither
 * costs anything to people who never print.
 *
 * The leaflet is put in its own element at the end of <body> (its own shadow root, so the page's styles
 * cannot reach it), and a page-level print stylesheet hides every other child of <body>: what prints is
 * the leaflet and nothing of the page around it. Both are removed after printing.
 */
import { render } from 'preact';
import type { Guide } from '../../lib/guide/schema';
import type { Lang } from '../../lib/i18n/comms-messages';
import { leafletContent, townPageUrl, type LeafletFormat, type LeafletTown } from '../../lib/leaflet/content';
import { Leaflet } from './Leaflet';
import { LEAFLET_ATTR, leafletStyles, pageStyles } from './leaflet-styles';

export interface PrintLeafletOptions {
  guide: Guide;
  lang: Lang;
  format: LeafletFormat;
  /** The webmaster's address of the town's page for a guide, `{id}` standing for the guide id. */
  townUrlTemplate?: string | null;
  /** The page's address, to resolve a relative template. */
  base: string;
  town?: LeafletTown | null;
  checked?: ReadonlySet<string>;
}

function sheet(doc: Document, css: string): CSSStyleSheet | HTMLStyleElement {
  try {
    const s = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    s.replaceSync(css);
    return s;
  } catch {
    const el = doc.createElement('style');
    el.textContent = css;
    return el;
  }
}

let cleanup: (() => void) | null = null;

/** Removes a leaflet left from an earlier print (a print dialog that never reported its end). */
function removeLeaflet(): void {
  cleanup?.();
  cleanup = null;
}

/** Builds the leaflet into the page and opens the print dialog; resolves once the dialog was asked for. */
export async function printLeaflet(doc: Document, opts: PrintLeafletOptions): Promise<void> {
  const { encode } = await import('uqr');
  removeLeaflet();
  const townUrl = townPageUrl(opts.townUrlTemplate, opts.guide.id, opts.base);
  const content = leafletContent(opts.guide, { townUrl, town: opts.town ?? null });
  const qr = new Map<string, boolean[][]>();
  // Error correction M: a printed code survives a fold line or a smudge.
  for (const url of [content.townUrl, content.portalUrl]) if (url) qr.set(url, encode(url, { ecc: 'M', border: 2 }).data);

  const host = doc.createElement('div');
  host.setAttribute(LEAFLET_ATTR, opts.format);
  const root = host.attachShadow({ mode: 'open' });
  const own = sheet(doc, leafletStyles);
  if (own instanceof CSSStyleSheet) root.adoptedStyleSheets = [own];
  else root.append(own);
  const mount = doc.createElement('div');
  root.append(mount);
  render(<Leaflet content={content} lang={opts.lang} format={opts.format} qr={qr} checked={opts.checked} />, mount);
  doc.body.append(host);

  const page = sheet(doc, pageStyles(opts.format));
  if (page instanceof CSSStyleSheet) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, page];
  else doc.head.append(page);

  const win = doc.defaultView as Window;
  cleanup = () => {
    render(null, mount);
    host.remove();
    if (page instanceof CSSStyleSheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== page);
    else page.remove();
  };
  win.addEventListener('afterprint', removeLeaflet, { once: true });
  win.print();
}
