// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FloatingCard } from './FloatingCard';

/** A size observer the test drives: it keeps the callback and the observed elements. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  observed: Element[] = [];
  constructor(readonly callback: (entries: ResizeObserverEntry[]) => void) {
    FakeResizeObserver.last = this;
  }
  observe(el: Element): void {
    this.observed.push(el);
  }
  disconnect(): void {
    this.observed = [];
  }
  /** Reports each observed element at the given size, as the browser does in the rendering steps. */
  report(size: (el: Element) => { width: number; height: number }): void {
    this.callback(
      this.observed.map((target) => {
        const { width, height } = size(target);
        return { target, borderBoxSize: [{ inlineSize: width, blockSize: height }] } as unknown as ResizeObserverEntry;
      }),
    );
  }
}

/** A page button with a fixed layout box, counting how often the card measures it. */
function button(width: number, height: number): { el: HTMLButtonElement; measured: () => number } {
  const el = document.createElement('button');
  el.textContent = 'Nộp hồ sơ';
  document.body.append(el);
  Object.defineProperty(el, 'offsetWidth', { value: width });
  Object.defineProperty(el, 'offsetHeight', { value: height });
  const rect = vi.fn(() => ({ x: 300, y: 200, width, height, top: 200, left: 300, right: 300 + width, bottom: 200 + height, toJSON: () => ({}) }) as DOMRect);
  el.getBoundingClientRect = rect;
  return { el, measured: () => rect.mock.calls.length };
}

/** A card pointing at a 120×40 page button, with the size observer the test drives. */
function cardOnButton(): ReturnType<typeof button> {
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  const target = button(120, 40);
  render(
    <FloatingCard target={target.el}>
      <div role="dialog">Bước 4/12</div>
    </FloatingCard>,
  );
  return target;
}

afterEach(() => {
  document.body.replaceChildren();
  FakeResizeObserver.last = null;
  window.scrollTo(0, 0);
});

describe('FloatingCard', () => {
  it('is placed again when the target or the card really changes size, not for the sizes it was placed with', () => {
    const target = cardOnButton();
    const placedOnce = target.measured();
    expect(placedOnce).toBeGreaterThan(0);
    const ro = FakeResizeObserver.last!;
    expect(ro.observed).toContain(target.el);

    // The first report of each element, in the frame that shows the card: the sizes it was placed with.
    ro.report((el) => (el === target.el ? { width: 120, height: 40 } : { width: 0, height: 0 }));
    expect(target.measured()).toBe(placedOnce);

    // The portal's button grows (its label changed): the ring and the card follow.
    ro.report((el) => (el === target.el ? { width: 180, height: 40 } : { width: 0, height: 0 }));
    expect(target.measured()).toBe(placedOnce + 1);
  });

  it('follows a scroll of the window, but not the late event of a scroll it was already placed after', () => {
    window.scrollTo(0, 120);
    const target = cardOnButton();
    const placedOnce = target.measured();
    // The event of the scroll that brought the target into view, after the card was placed with it.
    window.dispatchEvent(new Event('scroll'));
    document.dispatchEvent(new Event('scroll'));
    expect(target.measured()).toBe(placedOnce);

    // The person scrolls: the ring and the card follow.
    window.scrollTo(0, 300);
    document.dispatchEvent(new Event('scroll'));
    expect(target.measured()).toBe(placedOnce + 1);

    // A scrolling box inside the page: always followed (its offset is not the window's).
    const box = document.createElement('div');
    document.body.append(box);
    box.dispatchEvent(new Event('scroll'));
    expect(target.measured()).toBe(placedOnce + 2);
  });

  it('is placed again when its content changes, but not for the hidden announcement of a step', async () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const target = button(120, 40);
    const { container } = render(
      <FloatingCard target={target.el}>
        <div role="dialog">
          <p class="notice">Bước 4/12</p>
          <div class="dvc-vh" aria-live="polite">
            Bước 4/12
          </div>
        </div>
      </FloatingCard>,
    );
    const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const placedOnce = target.measured();
    container.querySelector('.dvc-vh')!.textContent = 'Bước 4/12: Bấm "Nộp hồ sơ"';
    await frame();
    expect(target.measured()).toBe(placedOnce);

    container.querySelector('.notice')!.textContent = 'Đã chuyển tới bước 4: Bấm "Nộp hồ sơ"';
    await frame();
    expect(target.measured()).toBe(placedOnce + 1);
  });
});
