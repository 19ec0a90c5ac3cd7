import { findLessonScenario } from '../lessons';
import { DEFAULT_SCENARIO, findPreset, presetScenario } from '../lessons/presets';
import type { Scenario } from '../store/simulationStore';

/** An empty Node, for free play from scratch. */
export const EMPTY_SCENARIO: Scenario = { id: 'empty', seed: 1, setup: [], warmup: 0 };

/** Scenario ids that URLs and shared states may name: the presets, the lessons' scenes, the empty Node. */
export function findScenario(id: string, seed?: number): Scenario | undefined {
  if (id === EMPTY_SCENARIO.id) return { ...EMPTY_SCENARIO, seed: seed ?? EMPTY_SCENARIO.seed };
  const preset = findPreset(id);
  return preset ? presetScenario(preset, seed) : findLessonScenario(id, seed);
}

export { DEFAULT_SCENARIO };
