/** Lesson 7 — Pods are mortal: a deleted Pod never comes back; a controller makes a *new* one instead. */
import { choice } from './choice';
import { nginx, pod } from './manifests';
import { findPod, lastEventMessage, podIp, podReady, replicaPods } from './probes';
import { at, scene } from './scene';
import type { Lesson } from './types';

const P = 'lessons.mortal-pods';

export const mortalPods: Lesson = {
  id: 'mortal-pods',
  title: `${P}.title`,
  summary: `${P}.summary`,
  scene: scene('mortal-pods', {
    pods: [pod('solo', { containers: [nginx('app')] })],
    then: [
      at(0, {
        type: 'createReplicaSet',
        name: 'web',
        replicas: 2,
        template: pod('web', { containers: [nginx('app')] }),
      }),
    ],
  }),
  steps: [
    {
      id: 'bare',
      title: `${P}.bare.title`,
      look: `${P}.bare.look`,
      pod: 'solo',
      prediction: {
        question: `${P}.bare.question`,
        choices: [
          choice(`${P}.bare`, 'restarts', false),
          choice(`${P}.bare`, 'replaced', false),
          choice(`${P}.bare`, 'gone', true),
        ],
      },
      act: {
        kind: 'action',
        label: `${P}.bare.act`,
        action: () => ({ type: 'deletePod', pod: 'solo' }),
        // Any grace period counts.
        matches: (action) => action.type === 'deletePod' && action.pod === 'solo',
        settle: 6_000,
      },
      outcome: ({ frame, before }) =>
        findPod(frame, 'solo') === undefined &&
        frame.pods.length === before.pods.length - 1 &&
        !(frame.nodes[0]?.ipPool.used ?? []).includes(podIp(before, 'solo')),
      evidence: ({ frame, before }) => {
        const pool = frame.nodes[0]?.ipPool;
        return { ip: podIp(before, 'solo'), free: pool ? pool.size - pool.used.length : '' };
      },
      explain: `${P}.bare.explain`,
    },
    {
      id: 'owned',
      title: `${P}.owned.title`,
      look: `${P}.owned.look`,
      prediction: {
        question: `${P}.owned.question`,
        choices: [
          choice(`${P}.owned`, 'same', false),
          choice(`${P}.owned`, 'new', true),
          choice(`${P}.owned`, 'nothing', false),
        ],
      },
      act: {
        kind: 'action',
        label: `${P}.owned.act`,
        action: (frame) => ({ type: 'deletePod', pod: replicaPods(frame, 'web')[0] ?? 'web' }),
        matches: (action, before) =>
          action.type === 'deletePod' && replicaPods(before, 'web').includes(action.pod),
        settle: 6_000,
      },
      outcome: ({ frame, before }) => {
        const old = replicaPods(before, 'web');
        const now = replicaPods(frame, 'web');
        const fresh = now.filter((name) => !old.includes(name));
        const gone = old.filter((name) => findPod(frame, name) === undefined);
        return (
          now.length === old.length &&
          fresh.length === 1 &&
          gone.length === 1 &&
          podReady(frame, fresh[0] ?? '') &&
          podIp(frame, fresh[0] ?? '') !== podIp(before, gone[0] ?? '')
        );
      },
      evidence: ({ frame, before }) => {
        const old = replicaPods(before, 'web');
        const oldName = old.find((name) => findPod(frame, name) === undefined) ?? '';
        const newName = replicaPods(frame, 'web').find((name) => !old.includes(name)) ?? '';
        return {
          oldName,
          oldIp: podIp(before, oldName),
          newName,
          newIp: podIp(frame, newName),
          event: lastEventMessage(frame, 'web', 'SuccessfulCreate'),
        };
      },
      explain: `${P}.owned.explain`,
      detail: `${P}.owned.detail`,
    },
  ],
};
