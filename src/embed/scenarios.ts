import { DEFAULT_PRESET, DEFAULT_SCENARIO, presetScenario } from '../lessons/presets';
import type { Scenario } from '../store/simulationStore';

/** An empty Node, for free play from scratch. */
export const EMPTY_SCENARIO: Scenario = { id: 'empty', seed: 1, setup: [], warmup: 0 };

/** Scenario ids a URL may name directly: the presets and the empty Node (the other presets load on demand). */
export async function findScenario(id: string, seed?: number): Promise<Scenario | undefined> {
  if (id === EMPTY_SCENARIO.id) return { ...EMPTY_SCENARIO, seed: seed ?? EMPTY_SCENARIO.seed };
  if (id === DEFAULT_PRESET.id) return presetScenario(DEFAULT_PRESET, seed);
  const preset = (await import('../lessons/presetList')).findPreset(id);
  return preset ? presetScenario(preset, seed) : undefined;
}

/** Any scenario a shared state may name, including a lesson's scene (loads the lessons chunk if needed). */
export async function resolveScenario(id: string, seed?: number): Promise<Scenario | undefined> {
  const found = await findScenario(id, seed);
  if (found || !id.startsWith('lesson-')) return found;
  const { findLessonScenario } = await import('../lessons');
  return findLessonScenario(id, seed);
}

export { DEFAULT_SCENARIO };
