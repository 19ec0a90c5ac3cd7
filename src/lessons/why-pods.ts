/** Lesson 9 — why Pods: you deploy, scale and schedule a Pod as one unit, never its containers one by one. */
import { choice } from './choice';
import { webWithLogShipper } from './manifests';
import { eventCount, findPod, podIp, podReady, replicaPods } from './probes';
import { scene } from './scene';
import type { Lesson } from './types';

const P = 'lessons.why-pods';

/** "web-x2k9p (10.244.1.4)" for each live replica. */
const replicasWithIps = (frame: Parameters<typeof replicaPods>[0]) =>
  replicaPods(frame, 'web').map((name) => `${name} (${podIp(frame, name)})`);

export const whyPods: Lesson = {
  id: 'why-pods',
  title: `${P}.title`,
  summary: `${P}.summary`,
  scene: scene('why-pods'),
  steps: [
    {
      id: 'deploy',
      title: `${P}.deploy.title`,
      look: `${P}.deploy.look`,
      prediction: {
        question: `${P}.deploy.question`,
        choices: [choice(`${P}.deploy`, 'containers', false), choice(`${P}.deploy`, 'template', true)],
      },
      act: {
        kind: 'action',
        label: `${P}.deploy.act`,
        action: () => ({ type: 'createReplicaSet', name: 'web', replicas: 1, template: webWithLogShipper() }),
        matches: (action) => action.type === 'createReplicaSet' && action.name === 'web',
        settle: 6_000,
      },
      outcome: ({ frame }) => {
        const pods = replicaPods(frame, 'web');
        return pods.length >= 1 && pods.every((name) => podReady(frame, name));
      },
      evidence: ({ frame }) => {
        const name = replicaPods(frame, 'web')[0] ?? '';
        return { pod: name, node: findPod(frame, name)?.spec?.nodeName ?? '' };
      },
      explain: `${P}.deploy.explain`,
    },
    {
      id: 'scale',
      title: `${P}.scale.title`,
      look: `${P}.scale.look`,
      prediction: {
        question: `${P}.scale.question`,
        choices: [choice(`${P}.scale`, 'containers', false), choice(`${P}.scale`, 'pods', true)],
      },
      act: {
        kind: 'action',
        label: `${P}.scale.act`,
        action: () => ({ type: 'scaleReplicaSet', name: 'web', replicas: 3 }),
        matches: (action) =>
          action.type === 'scaleReplicaSet' && action.name === 'web' && action.replicas > 1,
        settle: 6_000,
      },
      outcome: ({ frame, before }) => {
        const pods = replicaPods(frame, 'web');
        const ips = new Set(pods.map((name) => podIp(frame, name)));
        return (
          pods.length > replicaPods(before, 'web').length &&
          pods.every((name) => podReady(frame, name)) &&
          ips.size === pods.length
        );
      },
      evidence: ({ frame }) => ({
        pods: replicasWithIps(frame),
        scheduled: replicaPods(frame, 'web').reduce(
          (sum, name) => sum + eventCount(frame, name, 'Scheduled'),
          0,
        ),
      }),
      explain: `${P}.scale.explain`,
    },
    {
      id: 'scale-down',
      title: `${P}.scale-down.title`,
      look: `${P}.scale-down.look`,
      prediction: {
        question: `${P}.scale-down.question`,
        choices: [choice(`${P}.scale-down`, 'containers', false), choice(`${P}.scale-down`, 'pods', true)],
      },
      act: {
        kind: 'action',
        label: `${P}.scale-down.act`,
        action: () => ({ type: 'scaleReplicaSet', name: 'web', replicas: 1 }),
        matches: (action, before) =>
          action.type === 'scaleReplicaSet' &&
          action.name === 'web' &&
          action.replicas < replicaPods(before, 'web').length,
        settle: 6_000,
      },
      // The removed replicas are gone as whole Pods: none of them is left half-running.
      outcome: ({ frame, before }) => {
        const left = replicaPods(frame, 'web');
        const removed = replicaPods(before, 'web').filter((name) => !left.includes(name));
        return removed.length > 0 && removed.every((name) => findPod(frame, name) === undefined);
      },
      evidence: ({ frame, before }) => {
        const left = replicaPods(frame, 'web');
        return {
          left: replicasWithIps(frame),
          removed: replicaPods(before, 'web').filter((n) => !left.includes(n)),
        };
      },
      explain: `${P}.scale-down.explain`,
      detail: `${P}.scale-down.detail`,
    },
  ],
};
