/** Building a lesson's starting Scenario from Pods and a few timed actions. */
import type { Action, Pod } from '../sim/types';
import type { Scenario } from '../store/simulationStore';
import type { LoggedAction } from '../store/simulationTimeline';

/** Long enough for every scene's Pods to pull their images and run (pull 2 s + start 0.5 s, twice). */
export const WARMUP_MS = 8_000;

export interface SceneOptions {
  /** Pods created at time 0, in order. */
  pods?: readonly Pod[];
  /** More actions at given virtual times (after the Pods are up), e.g. files a container has written. */
  then?: readonly LoggedAction[];
  warmup?: number;
  seed?: number;
}

/** The scenario of lesson `lessonId`: its id is `lesson-<id>` so shared links and URLs can name it. */
export function scene(lessonId: string, options: SceneOptions = {}): Scenario {
  const pods = options.pods ?? [];
  return {
    id: `lesson-${lessonId}`,
    seed: options.seed ?? 1,
    setup: [...pods.map((manifest) => at(0, { type: 'createPod', manifest })), ...(options.then ?? [])],
    warmup: options.warmup ?? (pods.length > 0 || options.then?.length ? WARMUP_MS : 0),
  };
}

export function at(ms: number, action: Action): LoggedAction {
  return { at: ms, action };
}
