/**
 * The lesson replay test (in the spirit of Learn Git Branching's levels.spec): every lesson is run on a fresh
 * engine from its scene; each step's scripted action is applied, time advances by the step's settle time, and
 * the step's expected outcome must hold. A lesson whose claims the engine contradicts fails here.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n';
import { catalogues } from '../i18n/all';
import { readFrame } from '../store/frame';
import { findLesson, findLessonScenario, LESSONS, lessonScenario, lessonStart, lessonStartFromUrl } from '.';
import { filesSeenBy, podIp, restarts, sandboxOf } from './probes';
import { actionMatches, replayScenario } from './runner';
import type { Evidence, Lesson, StepProbe } from './types';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** Replays a whole lesson step by step; `check` sees each step's probe once its result is in. */
function replay(lesson: Lesson, check: (index: number, probe: StepProbe, evidence: Evidence) => void) {
  const sim = replayScenario(lesson.scene);
  lesson.steps.forEach((step, index) => {
    const before = readFrame(sim);
    if (step.act?.kind === 'action') {
      // The outcome must be something the action causes, not something already true.
      expect(step.outcome({ frame: before, before, reader: sim }), `${step.id}: already true`).toBe(false);
      const action = step.act.action(before);
      expect(actionMatches(step.act, action, before), `${step.id}: own action matches`).toBe(true);
      sim.dispatch(action);
      sim.advance(step.act.settle);
    }
    const probe = { frame: readFrame(sim), before, reader: sim };
    expect(step.outcome(probe), `${lesson.id} step ${index + 1} (${step.id}): outcome`).toBe(true);
    check(index, probe, step.evidence?.(probe) ?? {});
  });
}

describe('every lesson replays on a fresh engine', () => {
  it.each(LESSONS.map((l) => [l.id, l] as const))('%s', (_id, lesson) => {
    replay(lesson, (index, _probe, evidence) => {
      const step = lesson.steps[index]!;
      // Every placeholder the explanation quotes is a live, non-empty value.
      for (const lang of LANGS) {
        for (const name of placeholders(catalogues[lang][step.explain])) {
          const value = evidence[name];
          expect(value, `${lesson.id}/${step.id}: {${name}} (${lang})`).toBeDefined();
          if (!Array.isArray(value)) expect(String(value), `${lesson.id}/${step.id}: {${name}}`).not.toBe('');
        }
      }
    });
  });
});

describe('the claims behind the key lessons', () => {
  it('kill-pause: a new sandbox, a new IP, every container restarted, the same Pod', () => {
    const lesson = findLesson('kill-pause')!;
    replay(lesson, (index, { frame, before }, evidence) => {
      if (index === 0) {
        expect(podIp(frame, 'web')).not.toBe(podIp(before, 'web'));
        expect(evidence.oldIp).toBe(podIp(before, 'web'));
        expect(sandboxOf(frame, 'web')?.attempt).toBe(1);
        for (const c of ['app', 'log-shipper'])
          expect(restarts(frame, 'web', c)).toBe(restarts(before, 'web', c) + 1);
        expect(evidence.event).toBe('Pod sandbox changed, it will be killed and re-created.');
      }
      if (index === 1)
        expect(evidence.uid).toBe(frame.pods.find((p) => p.metadata?.name === 'web')?.metadata?.uid);
      if (index === 2) {
        expect(evidence.phase).toBe('Failed');
        // The explanation says why: sleep is PID 1 and ignores SIGTERM, so SIGKILL came after the grace period.
        expect(evidence.exitCode).toBe(137);
      }
    });
  });

  it('kill-app: same IP after a restart, then a 10 s back-off while STATUS still says Error', () => {
    replay(findLesson('kill-app')!, (index, { frame, before }, evidence) => {
      if (index === 0) {
        expect(podIp(frame, 'web')).toBe(podIp(before, 'web'));
        expect(evidence.exitCode).toBe(137);
      }
      if (index === 1) {
        // Written before the sync chose to wait (see kill-app.ts); the back-off itself is the kubelet's.
        expect(evidence.status).toBe('Error');
        expect(evidence.delay).toBe(10);
      }
    });
  });

  it('kill-app: the back-off in whole seconds, though the wall clock makes crash times fractional', () => {
    replay(findLesson('kill-app')!, (index, probe) => {
      if (index !== 1) return;
      // A crash at 8 382.199… ms and its back-off 10 s later differ by 9.999999999999998 s in floating point.
      const containers = probe.frame.containers.map((c) =>
        c.backOffUntil === undefined
          ? c
          : { ...c, finishedAt: 8382.19928220119, backOffUntil: 8382.19928220119 + 10_000 },
      );
      const step = findLesson('kill-app')!.steps[1]!;
      expect(step.evidence?.({ ...probe, frame: { ...probe.frame, containers } })).toMatchObject({
        delay: 10,
      });
    });
  });

  it('mortal-pods: the replacement has a new name and a new IP', () => {
    replay(findLesson('mortal-pods')!, (index, _probe, evidence) => {
      if (index === 1) {
        expect(evidence.newName).not.toBe(evidence.oldName);
        expect(evidence.newIp).not.toBe(evidence.oldIp);
        expect(String(evidence.newName)).toMatch(/^web-[a-z0-9]{5}$/);
      }
    });
  });
});

describe('the facts the “In more detail…” notes state', () => {
  it('kill-app: a failed restartPolicy: Never Pod keeps its object, but its sandbox is stopped and its IP freed', () => {
    replay(findLesson('kill-app')!, (index, { frame, before }) => {
      if (index !== 2) return;
      expect(frame.pods.some((p) => p.metadata?.name === 'batch')).toBe(true);
      expect(sandboxOf(frame, 'batch')?.state).toBe('SANDBOX_NOTREADY');
      expect(frame.nodes[0]?.ipPool.used).not.toContain(podIp(before, 'batch'));
    });
  });

  it('pod-volumes: an emptyDir survives a pause crash (only deletion ends it)', () => {
    const sim = replayScenario(findLesson('pod-volumes')!.scene);
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    sim.advance(5_000);
    const probe = { frame: readFrame(sim), before: readFrame(sim), reader: sim };
    expect(sandboxOf(probe.frame, 'web')?.attempt).toBe(1);
    expect(filesSeenBy(probe, 'web', 'app')).toContain('/cache/session.txt');
  });
});

describe('opening a lesson at a step', () => {
  it('every step opens from the scene plus the earlier steps’ actions, and its outcome is not yet true', () => {
    for (const lesson of LESSONS) {
      lesson.steps.forEach((step, index) => {
        const start = lessonStart(lesson, index);
        expect(start.step).toBe(index);
        const sim = replayScenario(start.scenario);
        for (const entry of start.log) {
          sim.advance(entry.at - sim.now());
          sim.dispatch(entry.action);
        }
        sim.advance(start.at - sim.now());
        const frame = readFrame(sim);
        const act = step.act;
        if (act?.kind === 'action') {
          expect(step.outcome({ frame, before: frame, reader: sim }), `${lesson.id}/${step.id}`).toBe(false);
          // The step's own button works from there: the engine accepts its action.
          expect(() => sim.dispatch(act.action(frame))).not.toThrow();
        }
      });
    }
  });

  it('URL steps are 1-based and clamped; unknown lessons give undefined', () => {
    expect(lessonStartFromUrl('kill-pause', 3)?.step).toBe(2);
    expect(lessonStartFromUrl('kill-pause')?.step).toBe(0);
    expect(lessonStartFromUrl('kill-pause', 0)?.step).toBe(0);
    expect(lessonStartFromUrl('kill-pause', 99)?.step).toBe(findLesson('kill-pause')!.steps.length - 1);
    expect(lessonStartFromUrl('nope', 1)).toBeUndefined();
    expect(lessonScenario('kill-pause')?.id).toBe('lesson-kill-pause');
    expect(findLessonScenario('lesson-kill-pause', 7)?.seed).toBe(7);
    expect(findLessonScenario('kill-pause')).toBeUndefined();
  });

  it('lesson and step ids are unique slugs; scenario ids are valid for shared links', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) {
      expect(lesson.id).toMatch(/^[a-z0-9-]+$/);
      expect(lesson.scene.id).toMatch(/^[a-z0-9-]{1,64}$/);
      expect(new Set(lesson.steps.map((s) => s.id)).size).toBe(lesson.steps.length);
    }
  });
});

describe('evidence after the Events expired', () => {
  it('what-is-a-pod quotes the scheduler even an hour later, when its Event is gone', () => {
    const lesson = findLesson('what-is-a-pod')!;
    const sim = replayScenario(lesson.scene);
    const step = lesson.steps.find((s) => s.id === 'one-ip')!;
    const quoted = () => {
      const frame = readFrame(sim);
      return step.evidence?.({ frame, before: frame, reader: sim }).scheduled;
    };
    const fresh = quoted();
    expect(fresh).toBe('Successfully assigned default/web to node-1');
    sim.advance(2 * 3_600_000);
    expect(readFrame(sim).events.some((e) => e.reason === 'Scheduled')).toBe(false);
    expect(quoted()).toBe(fresh);
  });
});
