/**
 * Lesson progress in localStorage, under a versioned key. Storage may be missing (sandboxed iframes throw on
 * access; SafeStorage turns that into "nothing stored") or hold anything (an old version, hand edits): every
 * read is validated, and what does not fit is dropped rather than trusted.
 */
import type { SafeStorage } from '../store/safeStorage';

export const PROGRESS_KEY = 'podscope.lessons.v1';
const MAX_TEXT = 20_000;

export interface Progress {
  /** Per lesson id: the 0-based indices of the steps the learner has completed, ascending. */
  done: Record<string, number[]>;
  /** Where the learner last was, to offer "continue". */
  last?: { lesson: string; step: number };
}

/** What each known lesson looks like: its id and how many steps it has. */
export type LessonShape = { id: string; steps: readonly unknown[] };

export const emptyProgress = (): Progress => ({ done: {} });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isStep = (value: unknown, count: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < count;

/** Keeps only known lessons and in-range step numbers; anything malformed becomes empty progress. */
export function parseProgress(text: string | null, lessons: readonly LessonShape[]): Progress {
  if (text === null || text.length > MAX_TEXT) return emptyProgress();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return emptyProgress();
  }
  if (!isRecord(value) || value.v !== 1 || !isRecord(value.done)) return emptyProgress();
  const progress = emptyProgress();
  for (const lesson of lessons) {
    const steps = value.done[lesson.id];
    if (!Array.isArray(steps)) continue;
    const valid = [...new Set(steps.filter((s) => isStep(s, lesson.steps.length)))].sort((a, b) => a - b);
    if (valid.length > 0) progress.done[lesson.id] = valid;
  }
  const last = value.last;
  if (isRecord(last)) {
    const lesson = lessons.find((l) => l.id === last.lesson);
    if (lesson && isStep(last.step, lesson.steps.length))
      progress.last = { lesson: lesson.id, step: last.step };
  }
  return progress;
}

export function readProgress(storage: SafeStorage, lessons: readonly LessonShape[]): Progress {
  return parseProgress(storage.get(PROGRESS_KEY), lessons);
}

/** Best effort: returns false when storage is unavailable or full (progress then lives for this visit only). */
export function writeProgress(storage: SafeStorage, progress: Progress): boolean {
  return storage.set(PROGRESS_KEY, JSON.stringify({ v: 1, ...progress }));
}

/** Progress with one more step completed (a new object; the old one is left as it was). */
export function withStepDone(progress: Progress, lesson: string, step: number): Progress {
  const steps = progress.done[lesson] ?? [];
  if (steps.includes(step)) return progress;
  return { ...progress, done: { ...progress.done, [lesson]: [...steps, step].sort((a, b) => a - b) } };
}

export function withLast(progress: Progress, lesson: string, step: number): Progress {
  return { ...progress, last: { lesson, step } };
}
