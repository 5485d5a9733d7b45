// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Guide } from '../../lib/guide/schema';
import { leafletContent } from '../../lib/leaflet/content';
import { Leaflet } from './Leaflet';

const guide = JSON.parse(readFileSync(path.join(process.cwd(), 'guides/dang-ky-khai-sinh.json'), 'utf8')) as Guide;

describe('Leaflet', () => {
  it('on an English leaflet marks the untranslated step titles and document names lang="vi"', () => {
    render(<Leaflet content={leafletContent(guide)} lang="en" format="a4" qr={new Map()} />);
    const doc = guide.documents[0]!.name;
    expect(screen.getByText(doc).getAttribute('lang')).toBe('vi');
    const step = guide.steps[0]!.title;
    expect(screen.getByText(step).getAttribute('lang')).toBe('vi');
  });

  it('on an English leaflet marks a time given in the record\'s own (Vietnamese) words lang="vi", and a formatted one not', () => {
    const { container } = render(<Leaflet content={leafletContent(guide)} lang="en" format="a4" qr={new Map()} />);
    const online = guide.procedure!.channels.online!;
    expect(online.time.unit).toBe('other');
    const cell = Array.from(container.querySelectorAll('.lf-fees td')).find((td) => td.textContent === online.timeText);
    expect(cell?.getAttribute('lang')).toBe('vi');
    // Khai sinh is free on every channel: "Free" is ours, in English.
    const fees = Array.from(container.querySelectorAll('.lf-fees tbody td:first-of-type'));
    expect(fees.map((td) => [td.textContent, td.getAttribute('lang')])).toEqual([['Free', null], ['Free', null], ['Free', null]]);
  });

  it('on a Vietnamese leaflet adds no lang of its own below the article', () => {
    const { container } = render(<Leaflet content={leafletContent(guide)} lang="vi" format="a4" qr={new Map()} />);
    expect(container.querySelectorAll('article [lang]').length).toBe(0);
  });
});
