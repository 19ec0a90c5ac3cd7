/**
 * Lesson 3's two switches: `shareProcessNamespace: true` (one PID namespace, pause is PID 1 and reaps zombies)
 * and `hostUsers: false` (one user namespace for the Pod instead of the Node's).
 */
import type { NamespaceKind } from '../sim/types';
import { choice } from './choice';
import { nginx, pod } from './manifests';
import { findPod, nsLabel, nsOfContainer, nsOfNode, nsOfSandbox, podReady, sandboxOf } from './probes';
import type { Step, StepProbe } from './types';

const P = 'lessons.own-namespaces';

/** Every container of `podName` carries the pause container's namespace of this kind. */
function allJoinPause(probe: StepProbe, podName: string, kind: NamespaceKind): boolean {
  const id = nsOfSandbox(probe.frame, podName, kind);
  const names = findPod(probe.frame, podName)?.spec?.containers.map((c) => c.name) ?? [];
  return (
    id !== undefined &&
    names.length > 0 &&
    names.every((c) => nsOfContainer(probe.frame, podName, c, kind) === id)
  );
}

export const sharePidStep: Step = {
  id: 'share-pid',
  highlight: 'pid',
  title: `${P}.share-pid.title`,
  look: `${P}.share-pid.look`,
  prediction: {
    question: `${P}.share-pid.question`,
    choices: [
      choice(`${P}.share-pid`, 'nginx', false),
      choice(`${P}.share-pid`, 'pause', true),
      choice(`${P}.share-pid`, 'each', false),
    ],
  },
  act: {
    kind: 'action',
    label: `${P}.share-pid.act`,
    action: () => ({
      type: 'createPod',
      manifest: pod('debug', {
        shareProcessNamespace: true,
        containers: [nginx('app'), { name: 'shell', image: 'busybox:1.36', command: ['sleep', 'infinity'] }],
      }),
    }),
    settle: 6_000,
  },
  pod: 'debug',
  outcome: (probe) => podReady(probe.frame, 'debug') && allJoinPause(probe, 'debug', 'pid'),
  evidence: (probe) => ({
    pod: 'debug',
    pid: nsLabel('pid', nsOfSandbox(probe.frame, 'debug', 'pid')),
    pausePid: sandboxOf(probe.frame, 'debug')?.pid ?? '',
  }),
  explain: `${P}.share-pid.explain`,
  detail: `${P}.share-pid.detail`,
};

export const hostUsersStep: Step = {
  id: 'host-users',
  highlight: 'user',
  title: `${P}.host-users.title`,
  look: `${P}.host-users.look`,
  prediction: {
    question: `${P}.host-users.question`,
    choices: [
      choice(`${P}.host-users`, 'each', false),
      choice(`${P}.host-users`, 'pod', true),
      choice(`${P}.host-users`, 'same', false),
    ],
  },
  act: {
    kind: 'action',
    label: `${P}.host-users.act`,
    action: () => ({
      type: 'createPod',
      manifest: pod('isolated', { hostUsers: false, containers: [nginx('app')] }),
    }),
    settle: 6_000,
  },
  pod: 'isolated',
  outcome: (probe) =>
    podReady(probe.frame, 'isolated') &&
    allJoinPause(probe, 'isolated', 'user') &&
    nsOfSandbox(probe.frame, 'isolated', 'user') !== nsOfNode(probe.frame, 'user'),
  evidence: (probe) => ({
    pod: 'isolated',
    user: nsLabel('user', nsOfSandbox(probe.frame, 'isolated', 'user')),
    node: nsLabel('user', nsOfNode(probe.frame, 'user')),
  }),
  explain: `${P}.host-users.explain`,
  detail: `${P}.host-users.detail`,
};
