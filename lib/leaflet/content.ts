/**
 * What a printed leaflet ("Tờ hướng dẫn") says about one guide, as plain data: the surfaces format it with
 * the messages table and print it (components/leaflet). Pure: no DOM, no QR drawing here.
 */
import { forksOf } from '../guide/routes';
import { channelRows, type ChannelRow } from '../guide/channels';
import type { Guide } from '../guide/schema';

const PORTAL_PROCEDURE_PAGE = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/';

/** The town's help printed under the hotline (the town profile's shape, lib/town; only what is printed). */
export interface LeafletTown {
  name: string;
  hotline?: string;
  offices?: readonly { name: string; address?: string; phone?: string; hours?: string }[];
}

export type LeafletFormat = 'a4' | 'a5';

export interface LeafletStep {
  /** Null for an alternative to the step before it ("hoặc"): the second and later routes of a fork. */
  n: number | null;
  title: string;
  optional: boolean;
  /** A route in short: its steps' titles in order. */
  detail?: string[];
}

export interface LeafletContent {
  guide: Guide;
  steps: LeafletStep[];
  channels: ChannelRow[];
  /** The town's page for this guide (the webmaster's `leaflet-url`), absent when none is set or it is not a web address. */
  townUrl?: string;
  /** The procedure's page on the national portal, absent for a how-to guide that is not one procedure. */
  portalUrl?: string;
  town?: LeafletTown;
}

/**
 * The webmaster's address for a guide's page: `{id}` is replaced by the guide id, a relative address is
 * resolved against the page. Anything that is not http(s) is refused (null): a QR code must not lead a
 * resident to a `javascript:` or `data:` address.
 */
export function townPageUrl(template: string | null | undefined, id: string, base: string): string | null {
  const raw = template?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw.split('{id}').join(encodeURIComponent(id)), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The steps in short: the main steps numbered, and where the portal has several routes (lib/guide/routes)
 * each route as one line with its steps in short, the routes of one fork sharing a number ("hoặc").
 */
export function leafletSteps(guide: Pick<Guide, 'steps' | 'routes'>): LeafletStep[] {
  const forks = new Map(forksOf(guide).map((f) => [f.after, f]));
  const out: LeafletStep[] = [];
  let n = 0;
  let skipUntil: string | null = null;
  for (const step of guide.steps) {
    if (skipUntil !== null) {
      if (step.id !== skipUntil) continue;
      skipUntil = null;
    }
    out.push({ n: ++n, title: step.title, optional: step.optional === true });
    const fork = forks.get(step.id);
    if (!fork) continue;
    n++;
    fork.routes.forEach((route, i) => {
      out.push({ n: i === 0 ? n : null, title: route.title, optional: false, detail: route.steps.map((s) => s.title) });
    });
    skipUntil = fork.rejoin;
  }
  return out;
}

export function leafletContent(guide: Guide, opts: { townUrl?: string | null; town?: LeafletTown | null } = {}): LeafletContent {
  const portalId = guide.procedure?.portalId;
  return {
    guide,
    steps: leafletSteps(guide),
    channels: channelRows(guide.procedure),
    ...(opts.townUrl ? { townUrl: opts.townUrl } : {}),
    ...(portalId ? { portalUrl: PORTAL_PROCEDURE_PAGE + portalId } : {}),
    ...(opts.town ? { town: opts.town } : {}),
  };
}
