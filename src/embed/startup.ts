import { errorText, TextError, type Text } from '../i18n/text';
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
  const parsed = parseLaunchParams(search);
  const { params } = parsed;
  const errors: Text[] = [...parsed.warnings, ...parsed.errors];

  const preferences = createPreferencesStore({
    storage: createSafeStorage(),
    languages,
    ...(params.lang ? { lang: params.lang } : {}),
    ...(params.theme ? { theme: params.theme } : {}),
    onLanguageFailed: () => simulation.getState().showNotice('warning', { key: 'load.action' }),
  });

  let scenario = DEFAULT_SCENARIO;
  if (params.scenario) {
    const found = await findScenario(params.scenario);
    if (found) scenario = found;
    else errors.push({ key: 'url.unknownScenario', params: { id: params.scenario } });
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
      if (!sharedScenario)
        throw new TextError({ key: 'state.unknownScenario', params: { id: shared.scenario } });
      simulation.getState().load(sharedScenario, shared.log, params.t ?? shared.at);
      const replayError = simulation.getState().notice;
      if (replayError) {
        simulation.getState().reset(scenario);
        throw new TextError({ key: 'url.stateRefused', params: { message: replayError.message } });
      }
    } catch (error) {
      errors.push({ key: 'url.stateFailed', params: { reason: errorText(error) } });
    }
  } else if (params.t !== undefined) {
    simulation.getState().load(scenario, [], params.t);
  }

  // ?lesson=kill-pause&step=3: the lesson's scene, replayed up to that step, with the lesson open.
  if (params.lesson) {
    const opened = (await import('../lessons')).openLesson(simulation, params.lesson, params.step);
    if (!opened) {
      errors.push({ key: 'url.unknownLesson', params: { id: params.lesson } });
      params.lesson = undefined;
    } else if (params.step !== undefined && opened.step < params.step)
      errors.push({ key: 'url.stepPastEnd', params: { id: params.lesson, count: opened.steps } });
  }

  const state = simulation.getState();
  if (params.pod) {
    if (state.frame.pods.some((p) => p.metadata?.name === params.pod)) state.selectPod(params.pod);
    else errors.push({ key: 'url.unknownPod', params: { name: params.pod } });
  }
  if (params.ns) state.highlightNamespace(params.ns);
  if (errors.length > 0) {
    await import('./launchMessages');
    state.showNotice('warning', errors);
  }
  return { stores: { preferences, simulation }, params };
}
