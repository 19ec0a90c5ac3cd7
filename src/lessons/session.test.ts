/** The lesson session on a real simulation store: acting from the step or from the canvas, progress, navigation. */
import { describe, expect, it } from 'vitest';
import { findLesson } from './catalog';
import { DEFAULT_SCENARIO } from './presets';
import { createSafeStorage } from '../store/safeStorage';
import { createSimulationStore, type SimulationStore } from '../store/simulationStore';
import { PROGRESS_KEY } from './progress';
import { createLessonSession, type LessonSession } from './session';
import { lessonSessionFor, openLesson } from './sessionRegistry';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  } as unknown as Storage;
}

/** The learner-side actions of the timeline (after the scene's own setup). */
const userActions = (sim: SimulationStore) =>
  sim
    .getState()
    .timeline()
    .slice(sim.getState().scenario.setup.length)
    .map((e) => e.action.type);

function setup(storage = createSafeStorage(memoryStorage())) {
  const sim = createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: true, speed: 20 });
  return { sim, session: createLessonSession(sim, storage), storage };
}

/** Lets virtual time run (as the animation clock would) until the step's result is in. */
function runUntilDone(sim: SimulationStore, session: LessonSession) {
  for (let i = 0; i < 200 && session.getState().phase !== 'done'; i++) sim.getState().tick(250);
  expect(session.getState().phase).toBe('done');
}

describe('the lesson session', () => {
  it('walks kill-pause: predict, act from the step, see the evidence, and saves progress', () => {
    const { sim, session, storage } = setup();
    expect(session.getState().open('kill-pause')).toBe(true);
    expect(sim.getState().scenario.id).toBe('lesson-kill-pause');
    expect(sim.getState().selectedPod).toBe('web');
    expect(session.getState()).toMatchObject({ step: 0, phase: 'waiting' });

    session.getState().choose('changes');
    expect(session.getState().act()).toBe(true);
    expect(session.getState().phase).toBe('running');
    runUntilDone(sim, session);
    const { evidence } = session.getState();
    expect(evidence?.newIp).toMatch(/^10\.244\.1\.\d+$/);
    expect(evidence?.newIp).not.toBe(evidence?.oldIp);
    expect(JSON.parse(storage.get(PROGRESS_KEY)!)).toMatchObject({ v: 1, done: { 'kill-pause': [0] } });

    // A step without an act: answering reveals what is already on the canvas.
    session.getState().next();
    expect(session.getState()).toMatchObject({ step: 1, phase: 'waiting' });
    session.getState().choose('same');
    expect(session.getState().phase).toBe('done');

    // The learner uses the canvas's own control instead of the step's button.
    session.getState().next();
    sim.getState().dispatch({ type: 'killSandbox', pod: 'batch' });
    runUntilDone(sim, session);
    expect(session.getState().evidence?.phase).toBe('Failed');
    expect(session.getState().progress.done['kill-pause']).toEqual([0, 1, 2]);
  });

  it('notices a different action without counting it', () => {
    const { sim, session } = setup();
    session.getState().open('kill-app');
    sim.getState().dispatch({ type: 'killContainer', pod: 'batch', container: 'worker' });
    expect(session.getState()).toMatchObject({ phase: 'waiting', offScript: true });
    sim.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    expect(session.getState()).toMatchObject({ phase: 'running', offScript: false });
  });

  it('a highlight step waits for the learner’s own press (legend or step button)', () => {
    const { sim, session } = setup();
    session.getState().open('shared-namespaces');
    expect(sim.getState().highlightedNamespace).toBeNull();
    sim.getState().highlightNamespace('net');
    expect(session.getState().phase).toBe('done');
    expect(session.getState().evidence?.app).toMatch(/^net:\[\d+\]$/);
  });

  it('a step can highlight a namespace kind and select a Pod as it opens', () => {
    const { sim, session } = setup();
    session.getState().open('own-namespaces', 3);
    expect(sim.getState().highlightedNamespace).toBe('pid');
    expect(sim.getState().selectedPod).toBe('web');
    session.getState().act(); // creates Pod debug, which the step then selects
    expect(sim.getState().selectedPod).toBe('debug');
    session.getState().open('kill-app', 2);
    expect(sim.getState().selectedPod).toBe('batch');
    expect(sim.getState().highlightedNamespace).toBeNull();
  });

  it('the session’s own highlight when a step opens never counts as the learner’s press', () => {
    const { session } = setup();
    session.getState().open('own-namespaces', 2); // "Highlight PID", skipped…
    session.getState().next(); // …into a step that opens with PID highlighted
    expect(session.getState().progress.done['own-namespaces']).toBeUndefined();
  });

  it('skipping an action step replays its scripted action so the next step’s scene is right', () => {
    const { sim, session } = setup();
    session.getState().open('kill-pause');
    session.getState().next();
    expect(userActions(sim)).toEqual(['killSandbox']);
    session.getState().choose('same');
    expect(session.getState().phase).toBe('done');
  });

  it('previous and restart rewind the scene to where that step begins', () => {
    const { sim, session } = setup();
    session.getState().open('kill-pause', 2);
    expect(userActions(sim)).toEqual(['killSandbox']);
    session.getState().previous();
    expect(session.getState().step).toBe(1);
    expect(userActions(sim)).toEqual(['killSandbox']);
    session.getState().restart();
    expect(session.getState().step).toBe(0);
    expect(userActions(sim)).toEqual([]);
  });

  it('a reset from the time bar puts an acted step back to waiting', () => {
    const { sim, session } = setup();
    session.getState().open('kill-app');
    session.getState().act();
    expect(session.getState().phase).toBe('running');
    sim.getState().reset();
    expect(session.getState().phase).toBe('waiting');
  });

  it('a reset after a step is done clears its result; on a later step it rebuilds that step’s scene', () => {
    const { sim, session } = setup();
    session.getState().open('kill-app');
    session.getState().act();
    runUntilDone(sim, session);
    sim.getState().reset();
    // Its result is undone with the kill: not done any more, nothing shown as evidence.
    expect(session.getState()).toMatchObject({ step: 0, phase: 'waiting', evidence: null });

    session.getState().act();
    runUntilDone(sim, session);
    session.getState().next();
    expect(userActions(sim)).toEqual(['killContainer']);
    // Reset on step 2 ("kill it a second time") would leave no first kill, so no back-off could follow:
    // the session puts the scene back to where step 2 begins, first kill included, and waits.
    sim.getState().reset();
    expect(session.getState()).toMatchObject({ step: 1, phase: 'waiting' });
    expect(userActions(sim)).toEqual(['killContainer']);
    session.getState().act();
    runUntilDone(sim, session);
  });

  it('an action in the past that undoes the step’s basis rebuilds the step, and says it was off the script', () => {
    const { sim, session } = setup();
    session.getState().open('kill-app');
    session.getState().act();
    runUntilDone(sim, session);
    session.getState().next();
    const firstKill = sim.getState().log[0]!;
    // Back before the first kill, and an action there (even the step's own): the first kill is rewritten.
    sim.getState().seek(firstKill.at - 500);
    expect(sim.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'app' })).toBe(true);
    expect(session.getState()).toMatchObject({ step: 1, phase: 'waiting', offScript: true });
    expect(userActions(sim)).toEqual(['killContainer']);
    // The step works from there: its result (a back-off after the second kill) arrives.
    session.getState().act();
    runUntilDone(sim, session);
  });

  it('another scenario loaded over the lesson (an import) is left alone', () => {
    const { sim, session } = setup();
    session.getState().open('kill-app');
    session.getState().act();
    runUntilDone(sim, session);
    session.getState().next();
    sim.getState().load(DEFAULT_SCENARIO, []);
    expect(sim.getState().scenario).toBe(DEFAULT_SCENARIO);
    expect(userActions(sim)).toEqual([]);
  });

  it('close keeps the simulation as it is (free play with the lesson’s scene)', () => {
    const { sim, session } = setup();
    session.getState().open('kill-pause');
    session.getState().act();
    const log = sim.getState().log;
    session.getState().close();
    expect(session.getState().lessonId).toBeNull();
    expect(sim.getState().log).toBe(log);
    expect(sim.getState().scenario.id).toBe('lesson-kill-pause');
  });

  it('refuses unknown lessons and works without storage', () => {
    const { sim, session } = setup(createSafeStorage(null));
    expect(session.getState().open('nope')).toBe(false);
    expect(sim.getState().scenario.id).toBe(DEFAULT_SCENARIO.id);
    session.getState().open('shared-namespaces');
    sim.getState().highlightNamespace('net');
    expect(session.getState().progress.done['shared-namespaces']).toEqual([0]);
  });

  it('openLesson (for the URL) takes 1-based steps and shares one session per app', () => {
    const sim = createSimulationStore({ scenario: DEFAULT_SCENARIO });
    expect(openLesson(sim, 'kill-pause', 3)).toMatchObject({ step: 3 });
    expect(lessonSessionFor(sim).getState()).toMatchObject({ lessonId: 'kill-pause', step: 2 });
    const steps = findLesson('kill-pause')!.steps.length;
    expect(openLesson(sim, 'kill-pause', 999)).toEqual({ step: steps, steps });
    expect(openLesson(sim, 'unknown')).toBeNull();
  });
});
