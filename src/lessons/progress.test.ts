import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../store/safeStorage';
import {
  emptyProgress,
  parseProgress,
  PROGRESS_KEY,
  readProgress,
  withLast,
  withStepDone,
  writeProgress,
} from './progress';

const LESSONS = [
  { id: 'kill-pause', steps: [1, 2, 3] },
  { id: 'kill-app', steps: [1, 2] },
];

/** A Storage that throws on every access, like localStorage inside a sandboxed iframe. */
const hostile = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
} as unknown as Storage;

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  } as unknown as Storage;
}

describe('lesson progress storage', () => {
  it('round-trips through storage under a versioned key', () => {
    const storage = createSafeStorage(memoryStorage());
    const progress = withLast(
      withStepDone(withStepDone(emptyProgress(), 'kill-pause', 2), 'kill-pause', 0),
      'kill-pause',
      2,
    );
    expect(writeProgress(storage, progress)).toBe(true);
    expect(PROGRESS_KEY).toMatch(/\.v1$/);
    expect(readProgress(storage, LESSONS)).toEqual({
      done: { 'kill-pause': [0, 2] },
      last: { lesson: 'kill-pause', step: 2 },
    });
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['another version', '{"v":2,"done":{"kill-pause":[0]}}'],
    ['done is not an object', '{"v":1,"done":[0,1]}'],
    ['huge', `{"v":1,"done":{},"pad":"${'x'.repeat(30_000)}"}`],
  ])('garbage (%s) reads as empty progress', (_what, text) => {
    expect(parseProgress(text, LESSONS)).toEqual(emptyProgress());
  });

  it('keeps only known lessons and valid, in-range step numbers', () => {
    const text = JSON.stringify({
      v: 1,
      done: { 'kill-pause': [2, 2, 0, 7, -1, 1.5, '1', null], 'no-such-lesson': [0], 'kill-app': 'all' },
      last: { lesson: 'kill-app', step: 9 },
    });
    expect(parseProgress(text, LESSONS)).toEqual({ done: { 'kill-pause': [0, 2] } });
  });

  it('works without storage: reads nothing, writes report failure, nothing throws', () => {
    for (const storage of [createSafeStorage(null), createSafeStorage(hostile)]) {
      expect(readProgress(storage, LESSONS)).toEqual(emptyProgress());
      expect(writeProgress(storage, withStepDone(emptyProgress(), 'kill-app', 0))).toBe(false);
    }
  });

  it('marking a step twice changes nothing', () => {
    const once = withStepDone(emptyProgress(), 'kill-app', 1);
    expect(withStepDone(once, 'kill-app', 1)).toBe(once);
  });
});
