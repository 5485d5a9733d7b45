// @vitest-environment happy-dom
/**
 * The extension's guide finder and the town widget's catalog find the same guides in the same order for the
 * same words (one search definition, lib/search/guide-fields.ts); this fails if either side drifts.
 */
import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { GuideFinder } from '../../components/resident/GuideFinder';
import { bundledGuides } from '../../lib/guide/bundled';
import { indexEntryOf } from '../../lib/guide/published';
import { createFinderModel } from '../../lib/resident/finder-model';
import { CatalogView } from '../../widget/CatalogView';

// The widget searches its published index (no steps); the finder the whole guides.
const INDEX = bundledGuides.map((g) => indexEntryOf(g, 'test'));

const QUERIES = ['khai sinh', 'thuong tru', 'ly lich', 'vneid', 'ho so', 'dang ky', 'le phi', 'buu dien', 'khai tu', 'ket hon'];

function widgetTitles(query: string): string[] {
  render(<CatalogView guides={INDEX} lang="vi" query={signal(query)} onQuery={() => undefined} onOpen={() => undefined} />);
  const titles = [...document.querySelectorAll('.dvc-result__btn')].map((b) => b.textContent ?? '');
  cleanup();
  return titles;
}

function finderTitles(query: string): string[] {
  const model = createFinderModel({ ticks: { get: async () => undefined, set: async () => undefined }, openGuide: async () => ({ ok: true, tabId: 1 }) });
  model.setGuides(bundledGuides);
  render(<GuideFinder model={model} lang="vi" headingLevel={2} />);
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: query } });
  const titles = [...document.querySelectorAll('.dvc-finder__btn')].map((b) => b.textContent ?? '');
  cleanup();
  return titles;
}

describe('finder and widget search', () => {
  it.each(QUERIES)('"%s" lists the same guides in the same order', (query) => {
    const widget = widgetTitles(query);
    expect(finderTitles(query)).toEqual(widget);
  });

  it('finds something for most of these words (the comparison is not of two empty lists)', () => {
    expect(QUERIES.filter((q) => widgetTitles(q).length > 0).length).toBeGreaterThanOrEqual(8);
  });
});
