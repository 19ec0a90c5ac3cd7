import { DEFAULT_SCENARIO } from '../lessons/presets';
import { createPreferencesStore } from '../store/preferences';
import { createSafeStorage } from '../store/safeStorage';
import { createSimulationStore } from '../store/simulationStore';
import type { AppStores } from '../view/stores';
import { parseLaunchParams, type LaunchParams } from './launchParams';
import { findScenario, resolveScenario } from './scenarios';

export interface Startup {
  stores: AppStores;
  params: LaunchParams;
}

/**
 * Builds the app's stores from the URL: view options, a scenario, or a shared timeline to replay.
 * Never throws for bad input: problems become one visible notice and the default state opens instead.
 */
export async function startFromUrl(search: string, languages: readonly string[]): Promise<Startup> {
  const { params, warnings, errors } = parseLaunchParams(search);
  for (const warning of warnings) console.warn(`PodScope: ${warning}`);

  const preferences = createPreferencesStore({
    storage: createSafeStorage(),
    languages,
    ...(params.lang ? { lang: params.lang } : {}),
    ...(params.theme ? { theme: params.theme } : {}),
  });

  let scenario = DEFAULT_SCENARIO;
  if (params.scenario) {
    const found = await findScenario(params.scenario);
    if (found) scenario = found;
    else errors.push(`Unknown scenario "${params.scenario}": opened the default example instead.`);
  }
  const simulation = createSimulationStore({
    scenario,
    playing: params.autoplay,
    ...(params.speed !== undefined ? { speed: params.speed } : {}),
  });

  if (params.state) {
    try {
      const [{ decodeSharedState }, { ensureYamlFor }] = await Promise.all([
        import('./shareState'),
        import('./ensureYaml'),
      ]);
      const shared = await decodeSharedState(params.state);
      await ensureYamlFor(shared.log.map((entry) => entry.action));
      const sharedScenario = await resolveScenario(shared.scenario, shared.seed);
      if (!sharedScenario) throw new Error(`it names an unknown scenario "${shared.scenario}"`);
      simulation.getState().load(sharedScenario, shared.log, params.t ?? shared.at);
      const replayError = simulation.getState().notice;
      if (replayError) {
        simulation.getState().reset(scenario);
        throw new Error(`an action in it was refused: ${replayError.message}`);
      }
    } catch (error) {
      errors.push(
        `This link's saved state could not be opened (${(error as Error).message}); showing the default example.`,
      );
    }
  } else if (params.t !== undefined) {
    simulation.getState().load(scenario, [], params.t);
  }

  // ?lesson=kill-pause&step=3: the lesson's scene, replayed up to that step, with the lesson open.
  if (params.lesson && !(await import('../lessons')).openLesson(simulation, params.lesson, params.step)) {
    errors.push(`Unknown lesson "${params.lesson}": the lesson menu lists the ones there are.`);
    params.lesson = undefined;
  }

  const state = simulation.getState();
  if (params.pod && state.frame.pods.some((p) => p.metadata?.name === params.pod))
    state.selectPod(params.pod);
  if (params.ns) state.highlightNamespace(params.ns);
  if (errors.length > 0) state.showNotice('error', errors.join(' '));
  return { stores: { preferences, simulation }, params };
}
