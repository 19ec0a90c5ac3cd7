/** Lesson 6 — kill the pause container: a new sandbox, a new IP, every container restarts; the Pod survives. */
import { choice } from './choice';
import { batchPod, webWithLogShipper } from './manifests';
import { containerStatus, findPod, lastEventMessage, newEvent, podIp, restarts, sandboxOf } from './probes';
import { scene } from './scene';
import type { Lesson } from './types';

const P = 'lessons.kill-pause';
const CONTAINERS = ['app', 'log-shipper'] as const;

export const killPause: Lesson = {
  id: 'kill-pause',
  title: `${P}.title`,
  summary: `${P}.summary`,
  scene: scene('kill-pause', { pods: [webWithLogShipper(), batchPod()] }),
  steps: [
    {
      id: 'ip',
      highlight: 'net',
      title: `${P}.ip.title`,
      look: `${P}.ip.look`,
      pod: 'web',
      prediction: {
        question: `${P}.ip.question`,
        choices: [choice(`${P}.ip`, 'changes', true), choice(`${P}.ip`, 'stays', false)],
      },
      act: {
        kind: 'action',
        label: `${P}.ip.act`,
        action: () => ({ type: 'killSandbox', pod: 'web' }),
        settle: 4_000,
      },
      outcome: (probe) => {
        const { frame, before } = probe;
        const sandbox = sandboxOf(frame, 'web');
        return (
          sandbox?.state === 'SANDBOX_READY' &&
          sandbox.attempt === (sandboxOf(before, 'web')?.attempt ?? -1) + 1 &&
          podIp(frame, 'web') !== '' &&
          podIp(frame, 'web') !== podIp(before, 'web') &&
          CONTAINERS.every((c) => restarts(frame, 'web', c) > restarts(before, 'web', c)) &&
          newEvent(probe, 'web', 'SandboxChanged')
        );
      },
      evidence: ({ frame, before }) => ({
        oldIp: podIp(before, 'web'),
        newIp: podIp(frame, 'web'),
        attempt: sandboxOf(frame, 'web')?.attempt ?? '',
        appRestarts: restarts(frame, 'web', 'app'),
        sidecarRestarts: restarts(frame, 'web', 'log-shipper'),
        event: lastEventMessage(frame, 'web', 'SandboxChanged'),
      }),
      explain: `${P}.ip.explain`,
    },
    {
      id: 'same-pod',
      title: `${P}.same-pod.title`,
      look: `${P}.same-pod.look`,
      pod: 'web',
      prediction: {
        question: `${P}.same-pod.question`,
        choices: [choice(`${P}.same-pod`, 'same', true), choice(`${P}.same-pod`, 'new', false)],
      },
      outcome: ({ frame }) => {
        const uid = findPod(frame, 'web')?.metadata?.uid;
        const sandboxes = frame.sandboxes.filter((s) => s.podName === 'web');
        return sandboxes.length >= 2 && sandboxes.every((s) => s.podUid === uid);
      },
      evidence: ({ frame }) => {
        const sandboxes = frame.sandboxes.filter((s) => s.podName === 'web');
        const dead = sandboxes.find((s) => s.state === 'SANDBOX_NOTREADY');
        return {
          uid: findPod(frame, 'web')?.metadata?.uid ?? '',
          oldAttempt: dead?.attempt ?? '',
          newAttempt: sandboxOf(frame, 'web')?.attempt ?? '',
        };
      },
      explain: `${P}.same-pod.explain`,
      detail: `${P}.same-pod.detail`,
    },
    {
      id: 'never',
      title: `${P}.never.title`,
      look: `${P}.never.look`,
      pod: 'batch',
      prediction: {
        question: `${P}.never.question`,
        choices: [choice(`${P}.never`, 'rebuilt', false), choice(`${P}.never`, 'ends', true)],
      },
      act: {
        kind: 'action',
        label: `${P}.never.act`,
        action: () => ({ type: 'killSandbox', pod: 'batch' }),
        settle: 8_000, // the 5 s grace period (sleep ignores TERM as PID 1), then PLEG
      },
      outcome: ({ frame }) =>
        findPod(frame, 'batch')?.status?.phase === 'Failed' &&
        frame.sandboxes.filter((s) => s.podName === 'batch').every((s) => s.attempt === 0) &&
        restarts(frame, 'batch', 'worker') === 0,
      evidence: ({ frame }) => ({
        phase: findPod(frame, 'batch')?.status?.phase ?? '',
        exitCode: containerStatus(frame, 'batch', 'worker')?.state?.terminated?.exitCode ?? '',
        event: lastEventMessage(frame, 'batch', 'Killing'),
      }),
      explain: `${P}.never.explain`,
    },
  ],
};
