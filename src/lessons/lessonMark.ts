/**
 * Which lesson and step an app instance has open, for Copy link. The lesson session sets it; the share code
 * reads it without loading the lessons (no session exists until they have loaded, and then no lesson is open).
 */
import type { SimulationStore } from '../store/simulationStore';

export interface LessonMark {
  lesson: string;
  /** 1-based, as `?step=` counts. */
  step: number;
}

const marks = new WeakMap<SimulationStore, LessonMark>();

export function markLesson(simulation: SimulationStore, lesson: string | null, step: number): void {
  if (lesson) marks.set(simulation, { lesson, step });
  else marks.delete(simulation);
}

export const lessonMark = (simulation: SimulationStore): LessonMark | undefined => marks.get(simulation);
