/** Lesson 4 — the pause container: created first, holds the namespaces and the IP, tiny, only waits and reaps. */
import { choice } from './choice';
import { webWithLogShipper } from './manifests';
import {
  instanceOf,
  nsLabel,
  nsOfContainer,
  nsOfSandbox,
  podIp,
  podReady,
  restarts,
  sandboxOf,
  seconds,
  shortId,
} from './probes';
import { scene } from './scene';
import type { Lesson, StepProbe } from './types';

const P = 'lessons.pause-container';
const CONTAINERS = ['app', 'log-shipper'] as const;

/** When each of web's containers was first created (its oldest instance still known to the runtime). */
function firstCreated({ frame }: StepProbe) {
  return CONTAINERS.map((name) => ({
    name,
    at: Math.min(
      ...frame.containers.filter((c) => c.podName === 'web' && c.name === name).map((c) => c.createdAt),
    ),
  })).sort((a, b) => a.at - b.at);
}

export const pauseContainer: Lesson = {
  id: 'pause-container',
  title: `${P}.title`,
  summary: `${P}.summary`,
  // An empty Node: the learner creates the Pod and watches the order things appear in.
  scene: scene('pause-container'),
  steps: [
    {
      id: 'first',
      title: `${P}.first.title`,
      look: `${P}.first.look`,
      prediction: {
        question: `${P}.first.question`,
        choices: [
          choice(`${P}.first`, 'app', false),
          choice(`${P}.first`, 'sidecar', false),
          choice(`${P}.first`, 'pause', true),
        ],
      },
      act: {
        kind: 'action',
        label: `${P}.first.act`,
        action: () => ({ type: 'createPod', manifest: webWithLogShipper() }),
        matches: (action) =>
          action.type === 'createPod' &&
          typeof action.manifest !== 'string' &&
          action.manifest.metadata?.name === 'web',
        settle: 6_000,
      },
      pod: 'web',
      outcome: (probe) => {
        const sandbox = sandboxOf(probe.frame, 'web');
        const first = firstCreated(probe)[0];
        return (
          podReady(probe.frame, 'web') &&
          sandbox !== undefined &&
          first !== undefined &&
          sandbox.createdAt < first.at
        );
      },
      evidence: (probe) => {
        const first = firstCreated(probe)[0];
        return {
          sandboxAt: seconds(sandboxOf(probe.frame, 'web')?.createdAt ?? 0),
          ip: podIp(probe.frame, 'web'),
          first: first?.name ?? '',
          firstAt: seconds(first?.at ?? 0),
        };
      },
      explain: `${P}.first.explain`,
    },
    {
      id: 'holds',
      title: `${P}.holds.title`,
      look: `${P}.holds.look`,
      pod: 'web',
      prediction: {
        question: `${P}.holds.question`,
        choices: [
          choice(`${P}.holds`, 'app', false),
          choice(`${P}.holds`, 'pause', true),
          choice(`${P}.holds`, 'node', false),
        ],
      },
      act: { kind: 'highlight', label: `${P}.holds.act`, namespace: 'net' },
      outcome: ({ frame }) =>
        sandboxOf(frame, 'web')?.ip === podIp(frame, 'web') &&
        CONTAINERS.every((c) =>
          (['net', 'ipc', 'uts'] as const).every(
            (kind) => nsOfContainer(frame, 'web', c, kind) === nsOfSandbox(frame, 'web', kind),
          ),
        ),
      evidence: ({ frame }) => ({
        ip: podIp(frame, 'web'),
        net: nsLabel('net', nsOfSandbox(frame, 'web', 'net')),
        ipc: nsLabel('ipc', nsOfSandbox(frame, 'web', 'ipc')),
        uts: nsLabel('uts', nsOfSandbox(frame, 'web', 'uts')),
      }),
      explain: `${P}.holds.explain`,
    },
    {
      id: 'steady',
      title: `${P}.steady.title`,
      look: `${P}.steady.look`,
      pod: 'web',
      prediction: {
        question: `${P}.steady.question`,
        choices: [
          choice(`${P}.steady`, 'restarts-too', false),
          choice(`${P}.steady`, 'untouched', true),
          choice(`${P}.steady`, 'pod-ends', false),
        ],
      },
      act: {
        kind: 'action',
        label: `${P}.steady.act`,
        action: () => ({ type: 'killContainer', pod: 'web', container: 'app' }),
        settle: 3_000,
      },
      outcome: ({ frame, before }) => {
        const sandbox = sandboxOf(frame, 'web');
        return (
          restarts(frame, 'web', 'app') > restarts(before, 'web', 'app') &&
          instanceOf(frame, 'web', 'app')?.state === 'CONTAINER_RUNNING' &&
          sandbox?.id === sandboxOf(before, 'web')?.id &&
          sandbox?.state === 'SANDBOX_READY' &&
          nsOfContainer(frame, 'web', 'app', 'net') === sandbox.namespaces.net
        );
      },
      evidence: ({ frame }) => ({
        restarts: restarts(frame, 'web', 'app'),
        net: nsLabel('net', nsOfContainer(frame, 'web', 'app', 'net')),
        sandbox: shortId(sandboxOf(frame, 'web')?.id ?? ''),
        attempt: sandboxOf(frame, 'web')?.attempt ?? 0,
        ip: podIp(frame, 'web'),
      }),
      explain: `${P}.steady.explain`,
    },
    {
      id: 'tiny',
      title: `${P}.tiny.title`,
      look: `${P}.tiny.look`,
      pod: 'web',
      prediction: {
        question: `${P}.tiny.question`,
        choices: [
          choice(`${P}.tiny`, 'proxy', false),
          choice(`${P}.tiny`, 'waits', true),
          choice(`${P}.tiny`, 'health', false),
        ],
      },
      outcome: ({ frame }) => {
        const sandbox = sandboxOf(frame, 'web');
        return sandbox?.state === 'SANDBOX_READY' && sandbox.pid > 0;
      },
      evidence: ({ frame }) => ({ pid: sandboxOf(frame, 'web')?.pid ?? '' }),
      explain: `${P}.tiny.explain`,
      detail: `${P}.tiny.detail`,
    },
  ],
};
