/**
 * The lesson the learner is in, as a small vanilla zustand store beside the simulation store. It watches the
 * simulation (never the DOM): a step is *acted* when the learner's own action appears in the store's `log`
 * (from the step's button or any canvas control), and *done* when the step's outcome holds. Progress is
 * saved on the way. `sessionRegistry.ts` keeps one session per app instance.
 */
import { createStore } from 'zustand/vanilla';
import { createSafeStorage, type SafeStorage } from '../store/safeStorage';
import type { SimFrame } from '../store/frame';
import type { SimulationState, SimulationStore } from '../store/simulationStore';
import type { LoggedAction } from '../store/simulationTimeline';
import { LESSONS, findLesson } from './catalog';
import { readProgress, withLast, withStepDone, writeProgress, type Progress } from './progress';
import { actionMatches, lessonStart } from './runner';
import type { Evidence, Lesson, Step } from './types';

/** waiting: for the learner (to act, or to answer); running: acted, the result is on its way; done: it arrived. */
export type StepPhase = 'waiting' | 'running' | 'done';

export interface LessonSessionState {
  lessonId: string | null;
  /** 0-based. */
  step: number;
  phase: StepPhase;
  /** The prediction the learner chose. */
  choice: string | null;
  /** Live values quoted by the explanation, frozen when the result arrived. */
  evidence: Evidence | null;
  /** The learner did something other than what this step waits for (the view shows a hint). */
  offScript: boolean;
  progress: Progress;

  /** Opens a lesson at a step (0-based, clamped), replaying the scene to it. False for an unknown id. */
  open: (id: string, step?: number) => boolean;
  next: () => void;
  previous: () => void;
  /** Back to the lesson's first step and its scene as it began. */
  restart: () => void;
  /** Leaves the lesson (to the menu, or to free play) and keeps the simulation exactly as it is. */
  close: () => void;
  choose: (choiceId: string) => void;
  /** Does the step's act for the learner: dispatches its action, or highlights its namespace. */
  act: () => boolean;
}

export function createLessonSession(simulation: SimulationStore, storage: SafeStorage = createSafeStorage()) {
  // Not part of the view's state: bookkeeping that only the watcher below reads.
  let before: SimFrame = simulation.getState().frame;
  /** The learner's logged action that this step counted (null while waiting). */
  let acted: LoggedAction | null = null;
  /** A Pod the step wants selected that does not exist yet (the step's action creates it). */
  let pendingPod: string | null = null;
  /** The log when the step began: the scene the step builds on (earlier steps' actions among them). */
  let base: readonly LoggedAction[] = [];
  let entering = false;

  return createStore<LessonSessionState>()((set, get) => {
    const lesson = (): Lesson | undefined => findLesson(get().lessonId ?? '');
    const currentStep = (): Step | undefined => lesson()?.steps[get().step];

    const saveProgress = (progress: Progress) => {
      writeProgress(storage, progress);
      set({ progress });
    };

    /** Checks the outcome against the simulation now; freezes the evidence when it holds. */
    const evaluate = (sim: SimulationState) => {
      const step = currentStep();
      const id = get().lessonId;
      if (!step || !id || get().phase !== 'running') return;
      const probe = { frame: sim.frame, before, reader: sim.query() };
      if (!step.outcome(probe)) return;
      set({ phase: 'done', evidence: step.evidence?.(probe) ?? {} });
      saveProgress(withStepDone(get().progress, id, get().step));
    };

    const selectPendingPod = (sim: SimulationState) => {
      if (pendingPod && sim.frame.pods.some((p) => p.metadata?.name === pendingPod)) {
        sim.selectPod(pendingPod);
        pendingPod = null;
      }
    };

    const enter = (index: number, replay: boolean) => {
      const current = lesson();
      if (!current) return;
      const target = Math.max(0, Math.min(current.steps.length - 1, index));
      const step = current.steps[target]!;
      // Our own changes to the simulation (load, highlight, select) are not the learner acting.
      entering = true;
      try {
        if (replay) {
          const start = lessonStart(current, target);
          simulation.getState().load(start.scenario, start.log, start.at);
        }
        const sim = simulation.getState();
        before = sim.frame;
        base = sim.log;
        acted = null;
        // A highlight step starts unhighlighted, so it waits for the learner's own press.
        sim.highlightNamespace(step.act?.kind === 'highlight' ? null : (step.highlight ?? null));
        pendingPod = step.pod ?? null;
        selectPendingPod(sim);
      } finally {
        entering = false;
      }
      const waits = step.act !== undefined || step.prediction !== undefined;
      set({
        step: target,
        phase: waits ? 'waiting' : 'running',
        choice: null,
        evidence: null,
        offScript: false,
      });
      saveProgress(withLast(get().progress, current.id, target));
      evaluate(simulation.getState());
    };

    /** The simulation changed: did the learner act, and has the result arrived? */
    const watch = (sim: SimulationState, prev: SimulationState) => {
      const step = currentStep();
      if (entering || !step) return;
      if (sim.frame !== prev.frame) selectPendingPod(sim);
      if (sim.log !== prev.log) {
        const present = new Set(sim.log);
        // Reset, or an action in the past, undid what this step builds on (the first kill before "kill it a
        // second time"): its outcome could never arrive, whatever the learner does next. Back to the step's
        // own start, as its link opens it; an action in the past was off the script, and the hint says so.
        // (Another scenario loaded, an import, is the learner leaving the lesson's scene: left alone.)
        if (sim.scenario === prev.scenario && base.some((entry) => !present.has(entry))) {
          const earlier = new Set(prev.log);
          const acted = sim.log.some((entry) => !earlier.has(entry));
          enter(get().step, true);
          if (acted) set({ offScript: true });
          return;
        }
        if (acted && !present.has(acted)) {
          // The learner's action for this step no longer happened: its result is gone too, so wait again.
          acted = null;
          if (get().phase !== 'waiting') set({ phase: 'waiting', evidence: null });
        }
      }
      const act = step.act;
      let started = false;
      if (get().phase === 'waiting' && act?.kind === 'action' && sim.log !== prev.log) {
        // New entries by identity (not by count): the store hands out each logged action once.
        const seen = new Set(prev.log);
        const added = sim.log.filter((entry) => !seen.has(entry));
        const match = added.find((entry) => actionMatches(act, entry.action, prev.frame));
        if (match) {
          // The state just before the learner's action is what the explanation compares against.
          before = prev.frame;
          acted = match;
          started = true;
        } else if (added.length > 0) set({ offScript: true });
      }
      if (
        get().phase === 'waiting' &&
        act?.kind === 'highlight' &&
        sim.highlightedNamespace === act.namespace
      ) {
        before = sim.frame;
        started = true;
      }
      if (started) set({ phase: 'running', offScript: false });
      // The model only changes with a new frame: no need to re-check on every clock tick.
      if (get().phase === 'running' && (started || sim.frame !== prev.frame)) evaluate(sim);
    };
    simulation.subscribe(watch);

    return {
      lessonId: null,
      step: 0,
      phase: 'waiting',
      choice: null,
      evidence: null,
      offScript: false,
      progress: readProgress(storage, LESSONS),

      open(id, step = 0) {
        if (!findLesson(id)) return false;
        set({ lessonId: id });
        enter(step, true);
        return true;
      },
      next() {
        const step = currentStep();
        if (!step) return;
        // A skipped action leaves the scene short of where the next step begins: replay to it.
        enter(get().step + 1, step.act?.kind === 'action' && get().phase !== 'done');
      },
      previous: () => enter(get().step - 1, true),
      restart: () => enter(0, true),
      close: () => set({ lessonId: null }),
      choose(choiceId) {
        const step = currentStep();
        if (!step?.prediction?.choices.some((c) => c.id === choiceId) || get().phase === 'done') return;
        set({ choice: choiceId });
        // Without an act, answering is the act: the result (already on the canvas) is revealed.
        if (!step.act && get().phase === 'waiting') {
          before = simulation.getState().frame;
          set({ phase: 'running' });
          evaluate(simulation.getState());
        }
      },
      act() {
        const act = currentStep()?.act;
        const sim = simulation.getState();
        if (!act) return false;
        if (act.kind === 'highlight') {
          sim.highlightNamespace(act.namespace);
          return true;
        }
        return sim.dispatch(act.action(sim.frame));
      },
    };
  });
}

export type LessonSession = ReturnType<typeof createLessonSession>;
