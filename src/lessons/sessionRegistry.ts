/**
 * One lesson session per app instance (keyed by its simulation store, so an embed page hosting two apps keeps
 * two), and the entry point for the app's startup URL (`?lesson=kill-pause&step=3`).
 */
import type { SafeStorage } from '../store/safeStorage';
import type { SimulationStore } from '../store/simulationStore';
import { findLesson } from './catalog';
import { markLesson } from './lessonMark';
import { createLessonSession, type LessonSession } from './session';

const sessions = new WeakMap<SimulationStore, LessonSession>();

/** The lesson session of an app instance (created on first use, with browser storage unless given one). */
export function lessonSessionFor(simulation: SimulationStore, storage?: SafeStorage): LessonSession {
  let session = sessions.get(simulation);
  if (!session) {
    session = createLessonSession(simulation, storage);
    sessions.set(simulation, session);
    // For Copy link, which shares the open lesson's step rather than the session: not once the learner has
    // gone off the lesson's script (their own actions are then the thing to share).
    session.subscribe((s) => markLesson(simulation, s.offScript ? null : s.lessonId, s.step + 1));
  }
  return session;
}

/**
 * For the app's startup: opens lesson `id` at a 1-based `step` (missing = 1, clamped to the lesson) in this
 * app's simulation, replaying the scene and the earlier steps' actions. Returns the 1-based step it opened
 * and how many the lesson has (so the caller can say when it clamped), or null (nothing changed) if unknown.
 */
export function openLesson(
  simulation: SimulationStore,
  id: string,
  step?: number,
): { step: number; steps: number } | null {
  const session = lessonSessionFor(simulation);
  if (!session.getState().open(id, (step ?? 1) - 1)) return null;
  return { step: session.getState().step + 1, steps: findLesson(id)?.steps.length ?? 0 };
}
