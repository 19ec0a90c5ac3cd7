/**
 * The lessons, in teaching order, and how the app opens one (see README.md). Step numbers are 0-based in
 * code and 1-based in URLs (`?lesson=kill-pause&step=3`).
 */
import type { Scenario } from '../store/simulationStore';
import { LESSONS, findLesson } from './catalog';
import { lessonStart, type LessonStart } from './runner';

export type { Lesson, Step, StepAct, StepProbe, Evidence, Prediction, Choice } from './types';
export type { LessonStart } from './runner';

/** The starting scene of a lesson, or undefined for an unknown id. */
export function lessonScenario(id: string): Scenario | undefined {
  return findLesson(id)?.scene;
}

/** A lesson's scene by its *scenario* id (`lesson-kill-pause`), for shared links that name it. */
export function findLessonScenario(scenarioId: string, seed?: number): Scenario | undefined {
  const scenario = LESSONS.find((lesson) => lesson.scene.id === scenarioId)?.scene;
  return scenario && { ...scenario, seed: seed ?? scenario.seed };
}

/**
 * Where `?lesson=<id>&step=<n>` opens: the scene plus the scripted actions of the steps before step n
 * (1-based; clamped to the lesson; missing = 1). Undefined for an unknown lesson.
 */
export function lessonStartFromUrl(id: string, step?: number): LessonStart | undefined {
  const lesson = findLesson(id);
  return lesson && lessonStart(lesson, (step ?? 1) - 1);
}

export { LESSONS, findLesson, lessonStart };
export { openLesson, lessonSessionFor } from './sessionRegistry';
