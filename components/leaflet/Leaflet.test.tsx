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

  it('on a Vietnamese leaflet adds no lang of its own below the article', () => {
    const { container } = render(<Leaflet content={leafletContent(guide)} lang="vi" format="a4" qr={new Map()} />);
    expect(container.querySelectorAll('article [lang]').length).toBe(0);
  });
});
