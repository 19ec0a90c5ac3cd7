/** The terminal's contract with the app: read access in, text (and at most one Action) out. */
import type { Action } from '../sim/types';
import type { PodWatch } from './watch';
import type { SimFrame } from '../store/frame';
import type { SimulationReader } from '../store/simulationStore';

export interface TerminalContext {
  /** The simulation as the view last read it (pods, sandboxes, containers, events…). */
  frame: SimFrame;
  /** Virtual ms now: ages ("5s", "About a minute ago") are measured from it. */
  now: number;
  /** The engine's read side, for what the frame does not carry (logs, files). */
  query: SimulationReader;
  /** The manifest editor's text: what `kubectl apply -f -` reads from "stdin". */
  manifest?: string;
  /** `help` in the UI's language (the interpreter itself has no i18n: tool output stays English). */
  help?: string;
  /**
   * PodScope's own words, in the UI's language, for a real command it does not simulate (`{command}` is
   * filled in): saying "command not found" for `ls` on a Node, or "not in $PATH" for `rm` in nginx, is untrue.
   */
  notSimulated?: string;
  /** PodScope's own note, in the UI's language, after kubectl's error for a kind it does not simulate. */
  onlyKinds?: string;
  /**
   * PodScope's own note, in the UI's language, after the runtime's "not found" for `ps` or `ip` in a slim
   * Debian image (`{image}` and `{command}` are filled in): where to run them instead.
   */
  slimImage?: string;
  /** PodScope's own note, in the UI's language, when `kubectl apply` made it delete and re-create a Pod. */
  replaced?: string;
  /** PodScope's own note, in the UI's language, for `kubectl delete pod a b`: one Pod per command. */
  onePod?: string;
}

export interface CommandResult {
  /** What the tool prints (stdout and stderr, in order). */
  output: string;
  /**
   * PodScope's own words about the command, in the UI's language (not simulated, a kind it lacks, a tool the
   * image lacks): shown apart from the tool's output, as prose that wraps, so no real tool seems to say them.
   */
  note?: string;
  /** A change to make: the caller dispatches it through the store, never the engine directly. */
  action?: Action;
  /** `clear`: empty the screen. */
  clear?: boolean;
  /** `kubectl get pods -w`: keep printing rows (stepPodWatch) as the Pods change, until stopped. */
  watch?: PodWatch;
}
