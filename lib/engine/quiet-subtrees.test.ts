// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDomWatcher, type DomWatcher } from './dom-watcher';
import { createQuietTracker, observeAround, pathTo, quietRootOf } from './quiet-subtrees';

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const FULL: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'hidden', 'aria-hidden'], characterData: true };

let ticker: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = `
    <header id="top"><p id="clock">10:00</p></header>
    <main id="app">
      <section id="form"><label>Họ tên <input id="name"></label></section>
      <div id="wrap"><div id="ticker" aria-hidden="true"><span>Mục 0</span></div><p id="beside">bên cạnh</p></div>
    </main>`;
  ticker = document.getElementById('ticker')!;
});
afterEach(() => {
  document.body.innerHTML = '';
});

/** The page's ticker: one batch replacing its items. */
async function tick(n = 1): Promise<void> {
  for (let i = 0; i < n; i++) {
    const item = document.createElement('span');
    item.textContent = `Mục ${i + 1}`;
    ticker.replaceChildren(item);
    await flush();
  }
}

/** Records collected from `observer`'s callbacks (happy-dom calls back once per observed node). */
function recorder(): { observer: MutationObserver; records: MutationRecord[] } {
  const records: MutationRecord[] = [];
  return { observer: new MutationObserver((batch) => records.push(...batch)), records };
}

describe('quietRootOf', () => {
  it('names the outermost hidden element holding every record', async () => {
    const inner = document.createElement('div');
    inner.hidden = true;
    ticker.append(inner);
    const { observer, records } = recorder();
    observer.observe(document, FULL);
    ticker.append(document.createElement('span'));
    inner.append(document.createElement('b'));
    inner.setAttribute('class', 'x');
    await flush();
    observer.disconnect();
    expect(records).toHaveLength(3);
    expect(quietRootOf(records, document)).toBe(ticker);
  });

  it('names none for visible changes, two hidden places, our overlay or a hidden part of a shadow root', async () => {
    const other = document.createElement('div');
    other.setAttribute('aria-hidden', 'true');
    const overlay = document.createElement('dvc-guide-overlay');
    document.body.append(other, overlay);
    const host = document.createElement('x-card');
    document.getElementById('form')!.append(host);
    const hiddenInShadow = document.createElement('div');
    hiddenInShadow.hidden = true;
    host.attachShadow({ mode: 'open' }).append(hiddenInShadow);
    const { observer, records } = recorder();
    observer.observe(document, FULL);
    observer.observe(host.shadowRoot!, FULL);
    const take = async (change: () => void): Promise<MutationRecord[]> => {
      change();
      await flush();
      return records.splice(0);
    };
    expect(quietRootOf(await take(() => document.getElementById('clock')!.append('!')), document)).toBeNull();
    expect(quietRootOf(await take(() => (ticker.append('a'), other.append('b'))), document)).toBeNull();
    expect(quietRootOf(await take(() => overlay.append(document.createElement('div'))), document)).toBeNull();
    expect(quietRootOf(await take(() => hiddenInShadow.append('c')), document)).toBeNull();
    observer.disconnect();
  });

  it('judges a hiding attribute by the element\'s parent', async () => {
    const item = ticker.firstElementChild!;
    const { observer, records } = recorder();
    observer.observe(document, FULL);
    item.setAttribute('hidden', '');
    await flush();
    expect(quietRootOf(records.splice(0), document)).toBe(ticker);
    ticker.removeAttribute('aria-hidden');
    await flush();
    expect(quietRootOf(records.splice(0), document)).toBeNull();
    observer.disconnect();
  });
});

describe('createQuietTracker', () => {
  const batch = async (change: () => void): Promise<MutationRecord[]> => {
    const { observer, records } = recorder();
    observer.observe(document, FULL);
    change();
    await flush();
    observer.disconnect();
    return records;
  };

  it('names the subtree after three batches in a row from it; visible-only batches do not break the run', async () => {
    const tracker = createQuietTracker(document, () => 0);
    const hidden = await batch(() => ticker.append('a'));
    const visible = await batch(() => document.getElementById('clock')!.append('!'));
    const mixed = await batch(() => (ticker.append('b'), document.getElementById('clock')!.append('?')));
    expect(tracker.note(hidden, [])).toBeNull();
    expect(tracker.note(visible, visible)).toBeNull();
    expect(tracker.note(hidden, [])).toBeNull();
    // Mixed: the visible record is kept, the ticker's is counted.
    expect(tracker.note(mixed, mixed.filter((r) => r.target !== ticker))).toBe(ticker);
    // Counted from zero again.
    expect(tracker.note(hidden, [])).toBeNull();
  });

  it('starts again on a batch from elsewhere, and waits longer after a short split', async () => {
    let now = 0;
    const tracker = createQuietTracker(document, () => now);
    const hidden = await batch(() => ticker.append('a'));
    const overlay = document.createElement('dvc-guide-overlay');
    document.body.append(overlay);
    const elsewhere = await batch(() => overlay.append('x'));
    tracker.note(hidden, []);
    tracker.note(hidden, []);
    tracker.note(elsewhere, []);
    tracker.note(hidden, []);
    tracker.note(hidden, []);
    expect(tracker.note(hidden, [])).toBe(ticker);
    tracker.started();
    now = 200;
    tracker.ended();
    const needed = (): number => {
      let n = 1;
      while (tracker.note(hidden, []) === null) n++;
      return n;
    };
    expect(needed()).toBe(6);
    tracker.started();
    now = 10_000;
    tracker.ended();
    expect(needed()).toBe(3);
  });
});

describe('observeAround', () => {
  it('leaves the subtree out and observes everything else', async () => {
    const path = pathTo(ticker, document)!;
    expect(path).toEqual([document.getElementById('wrap'), document.getElementById('app'), document.body, document.documentElement, document]);
    const { observer, records } = recorder();
    const split = observeAround(observer, ticker, path, FULL);
    await tick(2);
    ticker.setAttribute('class', 'busy');
    ticker.firstElementChild!.setAttribute('hidden', '');
    await flush();
    expect(records).toEqual([]);
    const clock = document.getElementById('clock')!;
    clock.firstChild!.textContent = '10:01';
    document.getElementById('name')!.setAttribute('class', 'invalid');
    document.getElementById('beside')!.append('!');
    document.body.setAttribute('class', 'modal-open');
    document.documentElement.setAttribute('class', 'dark');
    document.head.append(document.createElement('style'));
    await flush();
    expect(records.map((r) => `${r.type} ${(r.target as Element).id || r.target.nodeName}`).sort()).toEqual([
      'attributes BODY',
      'attributes HTML',
      'attributes name',
      'characterData #text',
      'childList HEAD',
      'childList beside',
    ]);
    expect(split.follow(records)).toBe(true);
    observer.disconnect();
  });

  it('observes nodes added beside the path', async () => {
    const { observer, records } = recorder();
    const split = observeAround(observer, ticker, pathTo(ticker, document)!, FULL);
    const dialog = document.createElement('div');
    document.body.append(dialog);
    const wrapChild = document.createElement('p');
    document.getElementById('wrap')!.append(wrapChild);
    await flush();
    expect(split.follow(records.splice(0))).toBe(true);
    dialog.append(document.createElement('button'));
    wrapChild.append('mới');
    await flush();
    expect(records.map((r) => r.target)).toEqual(expect.arrayContaining([dialog, wrapChild]));
    observer.disconnect();
  });

  it.each([
    ['the subtree shown', () => ticker.removeAttribute('aria-hidden')],
    ['the subtree hidden another way', () => ticker.setAttribute('hidden', '')],
    ['the subtree moved', () => document.getElementById('app')!.append(ticker)],
    ['the subtree removed', () => ticker.remove()],
    ['its parent replaced', () => document.getElementById('wrap')!.replaceWith(document.createElement('div'))],
    ['a sibling removed', () => document.getElementById('beside')!.remove()],
    ['an ancestor hidden', () => document.getElementById('app')!.setAttribute('hidden', '')],
    ['the body replaced', () => document.body.replaceWith(document.createElement('body'))],
  ])('ends on a change to the path: %s', async (_, change) => {
    const { observer, records } = recorder();
    const split = observeAround(observer, ticker, pathTo(ticker, document)!, FULL);
    change();
    await flush();
    expect(split.follow(records)).toBe(false);
    observer.disconnect();
  });

  it('refuses a subtree in a shadow root, not in the page, or under a shadow host', () => {
    const host = document.createElement('x-app');
    document.body.append(host);
    const inShadow = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inShadow);
    expect(pathTo(inShadow, document)).toBeNull();
    expect(pathTo(document.createElement('div'), document)).toBeNull();
    const underHost = document.createElement('div');
    host.append(underHost);
    expect(pathTo(underHost, document)).toBeNull();
  });
});

describe('the DOM watcher with a busy hidden subtree', () => {
  let watcher: DomWatcher;
  let seen: MutationRecord[][];
  let off: () => void;
  let observe: { mock: { calls: Array<[Node, MutationObserverInit?]> }; mockClear(): void };

  beforeEach(() => {
    watcher = createDomWatcher(document);
    seen = [];
    off = watcher.subscribe((records) => seen.push([...records]));
  });
  afterEach(() => off());

  const leftOut = (): boolean => observe.mock.calls.some(([node, opts]) => node === ticker && opts?.subtree !== true);
  const wholeObserved = (): number => observe.mock.calls.filter(([node, opts]) => node === document && opts?.subtree === true).length;

  async function split(): Promise<void> {
    observe = vi.spyOn(window.MutationObserver.prototype, 'observe');
    await tick(3);
    expect(leftOut()).toBe(true);
    expect(seen).toEqual([]);
    observe.mockClear();
  }

  it('leaves the ticker out after three batches, and no longer hears it', async () => {
    const disconnect = vi.spyOn(window.MutationObserver.prototype, 'disconnect');
    await split();
    expect(disconnect).toHaveBeenCalledTimes(1);
    await tick(5);
    expect(observe).not.toHaveBeenCalled();
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([]);
  });

  it('misses nothing visible while split', async () => {
    await split();
    const changes: Array<() => void> = [
      () => (document.getElementById('clock')!.firstChild!.textContent = '10:01'),
      () => document.getElementById('name')!.setAttribute('class', 'invalid'),
      () => document.getElementById('form')!.append(document.createElement('button')),
      () => document.getElementById('beside')!.append('!'),
      () => document.body.setAttribute('class', 'modal-open'),
      () => document.head.append(document.createElement('meta')),
    ];
    for (const change of changes) {
      seen = [];
      change();
      await tick();
      expect(seen.flat().length).toBeGreaterThan(0);
      expect(seen.flat().some((r) => r.target === ticker)).toBe(false);
    }
    // Added beside the path, then changed inside: both seen.
    seen = [];
    const dialog = document.createElement('div');
    document.body.append(dialog);
    await flush();
    expect(seen.flat().map((r) => r.target)).toContain(document.body);
    seen = [];
    dialog.append(document.createElement('button'));
    await flush();
    expect(seen.flat().map((r) => r.target)).toContain(dialog);
    expect(wholeObserved()).toBe(0);
  });

  it.each([
    ['the ticker shown', () => ticker.removeAttribute('aria-hidden')],
    ['the ticker moved', () => document.getElementById('form')!.append(ticker)],
    ['the ticker removed', () => ticker.remove()],
    ['its parent replaced', () => document.getElementById('wrap')!.replaceWith(document.createElement('div'))],
    ['an ancestor shown or hidden', () => document.getElementById('app')!.setAttribute('aria-hidden', 'false')],
    ['a child removed from an ancestor', () => document.getElementById('top')!.remove()],
  ])('observes the whole page again at once and announces it: %s', async (_, change) => {
    await split();
    change();
    await flush();
    expect(seen.length).toBe(1);
    expect(wholeObserved()).toBe(1);
    // Whole again: the ticker is heard if it still changes where it counts.
    seen = [];
    if (ticker.isConnected && ticker.getAttribute('aria-hidden') !== 'true') {
      await tick();
      expect(seen.length).toBeGreaterThan(0);
    }
  });

  it('sees a button put in the ticker as it is shown, in the same batch', async () => {
    await split();
    const button = document.createElement('button');
    button.textContent = 'Nộp hồ sơ';
    ticker.append(button);
    ticker.removeAttribute('aria-hidden');
    await flush();
    expect(seen.length).toBe(1);
    expect(ticker.contains(button)).toBe(true);
  });

  it('re-observes shadow roots around the ticker, and inside it once whole again', async () => {
    const host = document.createElement('x-card');
    document.getElementById('form')!.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inTicker = document.createElement('x-item');
    ticker.append(inTicker);
    const hiddenShadow = inTicker.attachShadow({ mode: 'open' });
    off();
    off = watcher.subscribe((records) => seen.push([...records]));
    await split();
    shadow.append(document.createElement('button'));
    await flush();
    expect(seen.flat().map((r) => r.target)).toContain(shadow);
    seen = [];
    // tick() replaced the ticker's children: put the shadow host back as the ticker is shown.
    ticker.append(inTicker);
    ticker.removeAttribute('aria-hidden');
    await flush();
    seen = [];
    hiddenShadow.append(document.createElement('button'));
    await flush();
    expect(seen.flat().map((r) => r.target)).toContain(hiddenShadow);
  });

  it('starts whole again after the last listener leaves and a new one comes', async () => {
    await split();
    off();
    off = watcher.subscribe((records) => seen.push([...records]));
    expect(wholeObserved()).toBe(1);
    await tick();
    expect(seen).toEqual([]);
  });
});
