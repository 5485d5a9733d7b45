/**
 * The parts of a guide's page below its steps, and its print view: the leaflet button, where to get help
 * (with the town's own), the paper list of documents. A chunk of its own, asked for when the guide view
 * first renders: on a phone the steps come first and these follow without competing with them for the
 * line (1.1 KB gzip less before the first step).
 */
import type { JSX } from 'preact';
import { HelpBox } from '../components/HelpBox';
import { LeafletButton, type LeafletPaper } from '../components/leaflet/LeafletButton';
import type { Guide } from '../lib/guide/schema';
import type { Lang } from '../lib/i18n/info-messages';
import type { TownProfile } from '../lib/town/schema';

export { PrintView } from './PrintView';

export interface GuideBelowStepsProps {
  guide: Guide;
  lang: Lang;
  compact: boolean;
  checked: ReadonlySet<string>;
  onLeaflet?: (format: LeafletPaper) => Promise<void>;
  leafletUrl?: string | null;
  town?: TownProfile | null;
}

export function GuideBelowSteps({ guide, lang, compact, checked, onLeaflet, leafletUrl, town }: GuideBelowStepsProps): JSX.Element {
  return (
    <>
      {!compact && (
        <LeafletButton
          lang={lang}
          onPrint={
            onLeaflet ??
            // The print code (and the QR library) load from here, never with the first file.
            (async (format) => {
              const { printLeaflet } = await import('../components/leaflet/print-leaflet');
              await printLeaflet(document, { guide, lang, format, townUrlTemplate: leafletUrl ?? null, base: document.baseURI, checked, town: town ?? null });
            })
          }
        />
      )}
      <HelpBox help={guide.help} situations={compact ? undefined : guide.situations} lang={lang} headingLevel={3} town={town} guideId={guide.id} />
    </>
  );
}
