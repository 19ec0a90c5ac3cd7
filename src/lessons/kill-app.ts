/** Lesson 5 — kill an app container: it restarts in place per restartPolicy, same IP, then CrashLoopBackOff. */
import { kubectlPodColumns } from '../sim/kubectlStatus';
import { choice } from './choice';
import { batchPod, webWithLogShipper } from './manifests';
import {
  containerStatus,
  findPod,
  instanceOf,
  isRunning,
  lastEventMessage,
  newEvent,
  podIp,
  restarts,
  sandboxOf,
} from './probes';
import { scene } from './scene';
import type { Lesson } from './types';

const P = 'lessons.kill-app';

export const killApp: Lesson = {
  id: 'kill-app',
  title: `${P}.title`,
  summary: `${P}.summary`,
  scene: scene('kill-app', { pods: [webWithLogShipper(), batchPod()] }),
  steps: [
    {
      id: 'restart',
      highlight: 'net',
      title: `${P}.restart.title`,
      look: `${P}.restart.look`,
      pod: 'web',
      prediction: {
        question: `${P}.restart.question`,
        choices: [
          choice(`${P}.restart`, 'same-ip', true),
          choice(`${P}.restart`, 'new-ip', false),
          choice(`${P}.restart`, 'pod-gone', false),
        ],
      },
      act: {
        kind: 'action',
        label: `${P}.restart.act`,
        action: () => ({ type: 'killContainer', pod: 'web', container: 'app' }),
        settle: 3_000,
      },
      outcome: ({ frame, before }) =>
        restarts(frame, 'web', 'app') > restarts(before, 'web', 'app') &&
        isRunning(frame, 'web', 'app') &&
        podIp(frame, 'web') === podIp(before, 'web') &&
        sandboxOf(frame, 'web')?.id === sandboxOf(before, 'web')?.id,
      evidence: ({ frame }) => ({
        exitCode: containerStatus(frame, 'web', 'app')?.lastState?.terminated?.exitCode ?? '',
        restarts: restarts(frame, 'web', 'app'),
        policy: findPod(frame, 'web')?.spec?.restartPolicy ?? 'Always',
        ip: podIp(frame, 'web'),
      }),
      explain: `${P}.restart.explain`,
    },
    {
      id: 'back-off',
      title: `${P}.back-off.title`,
      look: `${P}.back-off.look`,
      pod: 'web',
      prediction: {
        question: `${P}.back-off.question`,
        choices: [
          choice(`${P}.back-off`, 'at-once', false),
          choice(`${P}.back-off`, 'waits', true),
          choice(`${P}.back-off`, 'never', false),
        ],
      },
      act: {
        kind: 'action',
        label: `${P}.back-off.act`,
        action: () => ({ type: 'killContainer', pod: 'web', container: 'app' }),
        settle: 2_000,
      },
      // The kubelet refused the restart (event BackOff). STATUS still reads Error: it was written as that sync
      // began, and CrashLoopBackOff shows from the next one (KUBELET.md §2's reason cache).
      outcome: (probe) =>
        newEvent(probe, 'web', 'BackOff') &&
        instanceOf(probe.frame, 'web', 'app')?.backOffUntil !== undefined,
      evidence: ({ frame }) => {
        const web = findPod(frame, 'web');
        const app = instanceOf(frame, 'web', 'app');
        return {
          status: web ? kubectlPodColumns(web).status : '',
          delay:
            app?.backOffUntil === undefined
              ? ''
              : Math.round((app.backOffUntil - (app.finishedAt ?? 0)) / 1000),
          event: lastEventMessage(frame, 'web', 'BackOff'),
          ip: podIp(frame, 'web'),
        };
      },
      explain: `${P}.back-off.explain`,
      detail: `${P}.back-off.detail`,
    },
    {
      id: 'never',
      title: `${P}.never.title`,
      look: `${P}.never.look`,
      pod: 'batch',
      prediction: {
        question: `${P}.never.question`,
        choices: [
          choice(`${P}.never`, 'restarts', false),
          choice(`${P}.never`, 'stays-down', true),
          choice(`${P}.never`, 'deleted', false),
        ],
      },
      act: {
        kind: 'action',
        label: `${P}.never.act`,
        action: () => ({ type: 'killContainer', pod: 'batch', container: 'worker' }),
        settle: 3_000,
      },
      outcome: ({ frame }) =>
        findPod(frame, 'batch')?.status?.phase === 'Failed' && restarts(frame, 'batch', 'worker') === 0,
      evidence: ({ frame }) => ({
        phase: findPod(frame, 'batch')?.status?.phase ?? '',
        exitCode: containerStatus(frame, 'batch', 'worker')?.state?.terminated?.exitCode ?? '',
        ip: podIp(frame, 'batch'),
      }),
      explain: `${P}.never.explain`,
      detail: `${P}.never.detail`,
    },
  ],
};
