/** Test helpers: a real simulation driven to a state, and the terminal context the view would build from it. */
import { createSimulation } from '../../sim';
import { container, podManifest } from '../../sim/testing/fixtures';
import type { Pod, Simulation } from '../../sim/types';
import { readFrame } from '../../store/frame';
import { runCommand } from '../runCommand';
import type { TerminalContext } from '../types';

export { container, podManifest };

/** The terminal context for the simulation as it is now. */
export function contextOf(sim: Simulation, extra: Partial<TerminalContext> = {}): TerminalContext {
  return { frame: readFrame(sim), now: sim.now(), query: sim, ...extra };
}

/** A fresh simulation (seed 1) with these Pods created at t=0 and run for `ms`. */
export function simWith(pods: Pod[], ms = 10_000): Simulation {
  const sim = createSimulation({ seed: 1 });
  for (const manifest of pods) sim.dispatch({ type: 'createPod', manifest });
  sim.advance(ms);
  return sim;
}

/** Runs a line and returns what it prints. */
export function sh(sim: Simulation, line: string, extra: Partial<TerminalContext> = {}): string {
  return runCommand(line, contextOf(sim, extra)).output;
}

/** Runs a line and returns PodScope's note about it (undefined when it has none). */
export function noteOf(
  sim: Simulation,
  line: string,
  extra: Partial<TerminalContext> = {},
): string | undefined {
  return runCommand(line, contextOf(sim, extra)).note;
}

/** Replaces runtime ids (hex) and uids with same-width placeholders, so fixtures do not depend on the seed. */
export function normalizeIds(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uid>')
    .replace(/\b[0-9a-f]{13,64}\b/g, (id) => 'x'.repeat(id.length));
}
