/**
 * The shape of a lesson: plain data plus pure functions over the simulation's state. Every user-visible
 * string is an i18n key (`lessons.*`); the text lives in the catalogues, never here (STYLE.md).
 */
import type { MessageKey } from '../i18n';
import type { Action, NamespaceKind } from '../sim/types';
import type { SimFrame } from '../store/frame';
import type { Scenario, SimulationReader } from '../store/simulationStore';

/** What a step's predicates read: the state now, the state just before the learner acted, and queries. */
export interface StepProbe {
  frame: SimFrame;
  /** The frame just before the learner's matching action (for steps without one: when the step opened). */
  before: SimFrame;
  /** Read-only engine queries the frame does not carry (container logs, files via a snapshot). */
  reader: Pick<SimulationReader, 'logs' | 'snapshot'>;
}

/**
 * Live values shown inside an explanation (`{oldIp}` → `10.244.1.2`). A list is joined with the language's
 * separator by the view; an empty list reads "nothing".
 */
export type Evidence = Record<string, string | number | readonly string[]>;

export interface Choice {
  id: string;
  label: MessageKey;
  /** Shown once the result is in: why this guess was right or what it missed. */
  feedback: MessageKey;
  correct: boolean;
}

/** "Guess first": a question with choices, answered before acting. */
export interface Prediction {
  question: MessageKey;
  choices: readonly Choice[];
}

/** The one thing a step asks the learner to do. */
export type StepAct =
  | {
      kind: 'action';
      /** The step's own button. */
      label: MessageKey;
      /** The scripted action, computed from the state when the step opens (e.g. which replica to delete). */
      action: (frame: SimFrame) => Action;
      /** Does the learner's own action (from any control) count? Default: equal to `action(before)`. */
      matches?: (action: Action, before: SimFrame) => boolean;
      /** Virtual ms after the action by which `outcome` must hold (the replay test waits exactly this long). */
      settle: number;
    }
  | {
      /** Highlight a namespace kind (the step's button or the canvas legend). No engine action. */
      kind: 'highlight';
      label: MessageKey;
      namespace: NamespaceKind;
    };

export interface Step {
  /** Short English slug, unique in its lesson. */
  id: string;
  title: MessageKey;
  /** What to look at, and what to do. */
  look: MessageKey;
  prediction?: Prediction;
  act?: StepAct;
  /** Pure: has the result arrived? (The view waits for it; the replay test asserts it.) */
  outcome: (probe: StepProbe) => boolean;
  /** Pure: the values the explanation quotes. Every `{placeholder}` of `explain` must be here. */
  evidence?: (probe: StepProbe) => Evidence;
  explain: MessageKey;
  /** "In more detail…": where the seed note simplifies, the real behaviour, said kindly. */
  detail?: MessageKey;
  /** The Pod to select when the step opens (so the status panel shows it). */
  pod?: string;
  /** The namespace kind to highlight when the step opens (none by default; a highlight act starts with none). */
  highlight?: NamespaceKind;
}

export interface Lesson {
  /** Short English slug: the `?lesson=` URL value. */
  id: string;
  title: MessageKey;
  summary: MessageKey;
  /** The starting situation (scenario id `lesson-<id>`, so shared links can name it). */
  scene: Scenario;
  steps: readonly Step[];
}
