/** Lesson 8 — how long data lives: a container's own files, an emptyDir (the Pod), a PersistentVolume (beyond). */
import { choice } from './choice';
import { claim, emptyDir, mount, nginx, pod } from './manifests';
import { fileContent, filesSeenBy, findPod, podReady, restarts } from './probes';
import { at, scene } from './scene';
import type { Lesson } from './types';

const P = 'lessons.pod-volumes';
const SCRATCH = '/tmp/scratch.txt';
const SESSION = '/cache/session.txt';
const ORDERS = '/data/orders.txt';

/** nginx with an emptyDir at /cache and the claim web-data at /data. */
const web = () =>
  pod('web', {
    volumes: [emptyDir('cache'), claim('data', 'web-data')],
    containers: [nginx('app', mount('cache', '/cache'), mount('data', '/data'))],
  });

const write = (path: string, content: string) =>
  ({ type: 'writeFile', pod: 'web', container: 'app', path, content }) as const;

export const podVolumes: Lesson = {
  id: 'pod-volumes',
  title: `${P}.title`,
  summary: `${P}.summary`,
  // app has already written one file in each place by the time the lesson opens.
  scene: scene('pod-volumes', {
    pods: [web()],
    then: [
      at(5_000, write(SCRATCH, 'draft')),
      at(5_000, write(SESSION, 'user=ada')),
      at(5_000, write(ORDERS, 'order #1: 2 coffees')),
    ],
  }),
  steps: [
    {
      id: 'restart',
      title: `${P}.restart.title`,
      look: `${P}.restart.look`,
      pod: 'web',
      prediction: {
        question: `${P}.restart.question`,
        choices: [
          choice(`${P}.restart`, 'all', false),
          choice(`${P}.restart`, 'volumes', true),
          choice(`${P}.restart`, 'none', false),
        ],
      },
      act: {
        kind: 'action',
        label: `${P}.restart.act`,
        action: () => ({ type: 'killContainer', pod: 'web', container: 'app' }),
        settle: 3_000,
      },
      outcome: (probe) => {
        const files = filesSeenBy(probe, 'web', 'app');
        return (
          restarts(probe.frame, 'web', 'app') > restarts(probe.before, 'web', 'app') &&
          !files.includes(SCRATCH) &&
          files.includes(SESSION) &&
          files.includes(ORDERS)
        );
      },
      evidence: (probe) => ({ kept: filesSeenBy(probe, 'web', 'app'), lost: SCRATCH }),
      explain: `${P}.restart.explain`,
    },
    {
      id: 'delete',
      title: `${P}.delete.title`,
      look: `${P}.delete.look`,
      pod: 'web',
      prediction: {
        question: `${P}.delete.question`,
        choices: [
          choice(`${P}.delete`, 'both-gone', false),
          choice(`${P}.delete`, 'both-kept', false),
          choice(`${P}.delete`, 'pv-kept', true),
        ],
      },
      act: {
        kind: 'action',
        label: `${P}.delete.act`,
        action: () => ({ type: 'deletePod', pod: 'web' }),
        matches: (action) => action.type === 'deletePod' && action.pod === 'web',
        settle: 6_000,
      },
      outcome: ({ frame }) => findPod(frame, 'web') === undefined && frame.volumes.length === 0,
      evidence: ({ before }) => ({ uid: findPod(before, 'web')?.metadata?.uid ?? '' }),
      explain: `${P}.delete.explain`,
    },
    {
      id: 'recreate',
      title: `${P}.recreate.title`,
      look: `${P}.recreate.look`,
      prediction: {
        question: `${P}.recreate.question`,
        choices: [
          choice(`${P}.recreate`, 'both', false),
          choice(`${P}.recreate`, 'orders', true),
          choice(`${P}.recreate`, 'nothing', false),
        ],
      },
      act: {
        kind: 'action',
        label: `${P}.recreate.act`,
        action: () => ({ type: 'createPod', manifest: web() }),
        settle: 6_000,
      },
      pod: 'web',
      outcome: (probe) => {
        const files = filesSeenBy(probe, 'web', 'app');
        return podReady(probe.frame, 'web') && files.includes(ORDERS) && !files.includes(SESSION);
      },
      evidence: (probe) => ({
        uid: findPod(probe.frame, 'web')?.metadata?.uid ?? '',
        found: ORDERS,
        content: fileContent(probe, 'web', 'app', ORDERS),
        files: filesSeenBy(probe, 'web', 'app'),
      }),
      explain: `${P}.recreate.explain`,
      detail: `${P}.recreate.detail`,
    },
  ],
};
