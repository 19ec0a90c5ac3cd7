import type { SharedState } from '../../embed/shareState';
import type { PreferencesState } from '../../store/preferences';
import type { SimulationState } from '../../store/simulationStore';
import { encodeSharedState } from '../../embed/shareState';
import { MAX_STATE_CHARS } from '../../embed/launchParams';
import type { Text } from '../../i18n/text';
import type { LessonMark } from '../../lessons/lessonMark';
import '../shell/dialogMessages';

/** The current timeline as a shareable state. */
export function currentSharedState(sim: SimulationState): SharedState {
  return { v: 1, scenario: sim.scenario.id, seed: sim.scenario.seed, log: sim.log, at: Math.round(sim.now) };
}

/**
 * A link that reopens this exact situation, with the view options that matter; during a lesson, the lesson at
 * its step (`?lesson=kill-pause&step=3`: its scene replayed to that step), which is what a class is sent.
 */
export async function shareUrl(
  base: string,
  sim: SimulationState,
  prefs: PreferencesState,
  lesson?: LessonMark,
): Promise<string> {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  const query = new URLSearchParams();
  query.set('lang', prefs.lang);
  if (prefs.theme !== 'system') query.set('theme', prefs.theme);
  if (lesson) {
    query.set('lesson', lesson.lesson);
    query.set('step', String(lesson.step));
    url.search = query.toString();
    return url.toString();
  }
  if (sim.selectedPod) query.set('pod', sim.selectedPod);
  if (sim.highlightedNamespace) query.set('ns', sim.highlightedNamespace);
  if (sim.speed !== 1) query.set('speed', String(sim.speed));
  query.set('s', await encodeSharedState(currentSharedState(sim)));
  url.search = query.toString();
  return url.toString();
}

/**
 * What Copy link says once the link is on the clipboard: how long it is, or, for a session too long for the
 * app to open again (its state past MAX_STATE_CHARS), that Export JSON keeps it instead.
 */
export function copiedLinkNotice(link: string): { kind: 'info' | 'warning'; text: Text } {
  const stateChars = new URL(link).searchParams.get('s')?.length ?? 0;
  return stateChars > MAX_STATE_CHARS
    ? {
        kind: 'warning',
        text: { key: 'share.linkTooLong', params: { length: stateChars, max: MAX_STATE_CHARS } },
      }
    : { kind: 'info', text: { key: 'share.copied', params: { length: link.length } } };
}
