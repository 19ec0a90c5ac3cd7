import { useSim } from '../stores';

/**
 * Virtual time (ms) rounded down to the whole second. kubectl's ages have one-second resolution and the engine's
 * timestamps are whole seconds, so the tables re-render once per virtual second instead of on every animation frame.
 */
export function useVirtualSecond(): number {
  return useSim((s) => Math.floor(s.now / 1000)) * 1000;
}
