import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToBrowser } from './yieldToBrowser';

/** Whether `promise` has settled once the microtasks queued so far have run. */
async function settledNow(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return settled;
}

describe('yieldToBrowser', () => {
  afterEach(() => vi.useRealTimers());

  it('resumes through scheduler.yield() where the browser has it', async () => {
    let resume = () => {};
    const yieldFn = vi.fn(() => new Promise<void>((resolve) => (resume = resolve)));
    const setTimeout = vi.fn();
    const win = { scheduler: { yield: yieldFn }, setTimeout } as unknown as Window;
    const pending = yieldToBrowser(win);
    expect(yieldFn).toHaveBeenCalledOnce();
    expect(setTimeout).not.toHaveBeenCalled();
    expect(await settledNow(pending)).toBe(false);
    resume();
    expect(await settledNow(pending)).toBe(true);
  });

  it('elsewhere resumes in a new task (a zero-delay timeout), not in the current one', async () => {
    vi.useFakeTimers();
    const win = { setTimeout: (run: () => void, ms: number) => setTimeout(run, ms) } as unknown as Window;
    const pending = yieldToBrowser(win);
    // Microtasks alone do not resume it: it waits for the timer's task.
    expect(await settledNow(pending)).toBe(false);
    vi.advanceTimersByTime(0);
    expect(await settledNow(pending)).toBe(true);
  });

  it('ignores a scheduler without yield (older browsers have scheduler.postTask only)', async () => {
    vi.useFakeTimers();
    const win = {
      scheduler: { postTask: vi.fn() },
      setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    } as unknown as Window;
    const pending = yieldToBrowser(win);
    vi.advanceTimersByTime(0);
    expect(await settledNow(pending)).toBe(true);
  });
});
