import type { MessageKey } from '../../i18n';
import { NAMESPACE_KINDS } from '../../sim/types';
import { SPEEDS, type SimulationState } from '../../store/simulationStore';

export interface Shortcut {
  keys: string[];
  label: MessageKey;
  run: (sim: SimulationState) => void;
}

/** The container a shortcut aims at: the selected one, else the selected Pod's last app container. */
export function targetContainer(sim: SimulationState): string | undefined {
  const pod = sim.frame.pods.find((p) => p.metadata?.name === sim.selectedPod);
  const names = [...(pod?.spec?.initContainers ?? []), ...(pod?.spec?.containers ?? [])].map((c) => c.name);
  return sim.selectedContainer && names.includes(sim.selectedContainer)
    ? sim.selectedContainer
    : names.at(-1);
}

const nextSpeed = (speed: number, step: 1 | -1) => {
  const index = SPEEDS.findIndex((s) => s >= speed);
  return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (index < 0 ? SPEEDS.length - 1 : index) + step))]!;
};

/**
 * A key that acts on the selected Pod, with none selected: say so rather than do nothing (with no Pods at all,
 * in the canvas's own words for an empty Node, since j has nothing to select either).
 */
/** The selected Pod, if it is still there (the selection outlives a deleted Pod). */
const selectedPod = (s: SimulationState) =>
  s.frame.pods.some((p) => p.metadata?.name === s.selectedPod) ? s.selectedPod : null;
const noPod = (s: SimulationState) =>
  s.showNotice('info', { key: s.frame.pods.length > 0 ? 'shortcuts.noPod' : 'node.empty' });

/** Every frequent action by key; listed by `?` and in the README. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [' '], label: 'shortcut.playPause', run: (s) => (s.playing ? s.pause() : s.play()) },
  { keys: ['.'], label: 'shortcut.step', run: (s) => s.stepToNextEvent() },
  {
    keys: ['k'],
    label: 'shortcut.kill',
    run: (s) => {
      const container = targetContainer(s);
      if (s.selectedPod && container) s.dispatch({ type: 'killContainer', pod: s.selectedPod, container });
      else noPod(s);
    },
  },
  {
    keys: ['p'],
    label: 'shortcut.killPause',
    run: (s) => {
      const pod = selectedPod(s);
      return pod ? s.dispatch({ type: 'killSandbox', pod }) : noPod(s);
    },
  },
  {
    keys: ['Delete'],
    label: 'shortcut.delete',
    run: (s) => {
      const pod = selectedPod(s);
      return pod ? s.dispatch({ type: 'deletePod', pod }) : noPod(s);
    },
  },
  {
    keys: ['n'],
    label: 'shortcut.nextNamespace',
    run: (s) => {
      const index = s.highlightedNamespace ? NAMESPACE_KINDS.indexOf(s.highlightedNamespace) : -1;
      s.highlightNamespace(NAMESPACE_KINDS[index + 1] ?? null);
    },
  },
  {
    keys: ['j'],
    label: 'shortcut.nextPod',
    run: (s) => {
      const names = s.frame.pods.map((p) => p.metadata?.name ?? '');
      if (names.length === 0) return noPod(s);
      const index = names.indexOf(s.selectedPod ?? '');
      s.selectPod(names[(index + 1) % Math.max(1, names.length)] ?? null);
    },
  },
  { keys: ['+', '='], label: 'shortcut.faster', run: (s) => s.setSpeed(nextSpeed(s.speed, 1)) },
  { keys: ['-'], label: 'shortcut.slower', run: (s) => s.setSpeed(nextSpeed(s.speed, -1)) },
  { keys: ['r'], label: 'shortcut.reset', run: (s) => s.reset() },
];

/** Typing in a field (editor, terminal, number input) must never trigger a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['radio', 'checkbox', 'button', 'range'].includes(type);
}
