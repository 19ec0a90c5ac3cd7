import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstPaintShown } from './painted';

type Callback = (entries: { getEntriesByName(name: string): unknown[] }) => void;

/** A window whose paint observer the test drives: `paint(name)` delivers one paint entry. */
function fakeWindow({ visibility = 'visible', paintObservable = true } = {}) {
  const observers: { callback: Callback; options?: unknown; connected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = paintObservable ? ['paint', 'largest-contentful-paint'] : ['mark'];
    private readonly record: (typeof observers)[number];
    constructor(callback: Callback) {
      this.record = { callback, connected: false };
      observers.push(this.record);
    }
    observe(options: unknown) {
      this.record.options = options;
      this.record.connected = true;
    }
    disconnect() {
      this.record.connected = false;
    }
  }
  const win = {
    document: { visibilityState: visibility },
    PerformanceObserver: FakeObserver,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  } as unknown as Window;
  const paint = (name: string) => {
    for (const o of observers.filter((o) => o.connected))
      o.callback({ getEntriesByName: (n) => (n === name ? [{ name }] : []) });
  };
  return { win, observers, paint };
}

/** Whether the promise has settled, without waiting for it. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('firstPaintShown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the first contentful paint (including one already buffered), then stops observing', async () => {
    const { win, observers, paint } = fakeWindow();
    const shown = firstPaintShown(win, 500);
    expect(observers[0]?.options).toEqual({ type: 'paint', buffered: true });
    expect(await settled(shown)).toBe(false);
    paint('first-paint'); // the background alone: not the frame yet
    expect(await settled(shown)).toBe(false);
    paint('first-contentful-paint');
    expect(await settled(shown)).toBe(true);
    expect(observers[0]?.connected).toBe(false);
  });

  it('gives up after the timeout when no paint comes', async () => {
    const { win, observers } = fakeWindow();
    const shown = firstPaintShown(win, 500);
    vi.advanceTimersByTime(499);
    expect(await settled(shown)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(shown)).toBe(true);
    expect(observers[0]?.connected).toBe(false);
  });

  it('does not wait in a background tab (it paints nothing until shown) or where paints cannot be observed', async () => {
    const hidden = fakeWindow({ visibility: 'hidden' });
    expect(await settled(firstPaintShown(hidden.win, 500))).toBe(true);
    expect(hidden.observers).toEqual([]);
    const unobservable = fakeWindow({ paintObservable: false });
    expect(await settled(firstPaintShown(unobservable.win, 500))).toBe(true);
    const noObserver = { document: { visibilityState: 'visible' } } as unknown as Window;
    expect(await settled(firstPaintShown(noObserver, 500))).toBe(true);
  });
});
