/**
 * Running lessons headlessly: replaying a scene, matching the learner's action against a step's, and building
 * the timeline that opens a lesson at any step. The replay test and the in-app session share these, so what
 * the test proves is what the learner sees.
 */
import { createSimulation } from '../sim/core';
import type { Action, Simulation } from '../sim/types';
import { readFrame, type SimFrame } from '../store/frame';
import type { Scenario } from '../store/simulationStore';
import type { LoggedAction } from '../store/simulationTimeline';
import type { Lesson, StepAct } from './types';

/** Applies a scenario's setup at its virtual times, then runs to its warmup (what the store does on load). */
export function replayScenario(
  scenario: Scenario,
  sim: Simulation = createSimulation({ seed: scenario.seed }),
) {
  for (const entry of scenario.setup) {
    if (entry.at > sim.now()) sim.advance(entry.at - sim.now());
    sim.dispatch(entry.action);
  }
  if (scenario.warmup > sim.now()) sim.advance(scenario.warmup - sim.now());
  return sim;
}

/** Two actions are the same if they have the same fields (manifests compared as data). */
export function sameAction(a: Action, b: Action): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}

/** Does the learner's action count for this step? */
export function actionMatches(act: Extract<StepAct, { kind: 'action' }>, action: Action, before: SimFrame) {
  return act.matches ? act.matches(action, before) : sameAction(action, act.action(before));
}

export interface LessonStart {
  scenario: Scenario;
  /** The scripted actions of the steps before `step`, at the times the replay test applies them. */
  log: LoggedAction[];
  /** Virtual ms where the step begins. */
  at: number;
  /** 0-based, clamped to the lesson. */
  step: number;
}

/**
 * The timeline that opens `lesson` at `step` (0-based): its scene, then every earlier step's scripted action
 * followed by that step's settle time. For the store: `load(start.scenario, start.log, start.at)`.
 */
export function lessonStart(lesson: Lesson, step = 0): LessonStart {
  const target = Math.max(0, Math.min(lesson.steps.length - 1, Math.floor(step)));
  const sim = replayScenario(lesson.scene);
  const log: LoggedAction[] = [];
  for (const earlier of lesson.steps.slice(0, target)) {
    if (earlier.act?.kind !== 'action') continue;
    const action = earlier.act.action(readFrame(sim));
    log.push({ at: sim.now(), action });
    sim.dispatch(action);
    sim.advance(earlier.act.settle);
  }
  return { scenario: lesson.scene, log, at: sim.now(), step: target };
}
