/** Lesson 3 — the namespaces that are not the pause container's: mnt, pid and user (and their switches). */
import type { NamespaceKind } from '../sim/types';
import { choice } from './choice';
import { webWithLogShipper } from './manifests';
import { hostUsersStep, sharePidStep } from './own-namespaces-switches';
import { filesSeenBy, nsLabel, nsOfContainer, nsOfNode, nsOfSandbox } from './probes';
import { scene } from './scene';
import type { Lesson, StepProbe } from './types';

const OWN_FILE = '/tmp/cache.txt';
const SHARED_FILE = '/var/log/nginx/error.log';

const ns = (probe: StepProbe, pod: string, container: string, kind: NamespaceKind) =>
  nsOfContainer(probe.frame, pod, container, kind);

const P = 'lessons.own-namespaces';

export const ownNamespaces: Lesson = {
  id: 'own-namespaces',
  title: `${P}.title`,
  summary: `${P}.summary`,
  scene: scene('own-namespaces', { pods: [webWithLogShipper()] }),
  steps: [
    {
      id: 'mnt',
      highlight: 'mnt',
      title: `${P}.mnt.title`,
      look: `${P}.mnt.look`,
      pod: 'web',
      prediction: {
        question: `${P}.mnt.question`,
        choices: [choice(`${P}.mnt`, 'yes', false), choice(`${P}.mnt`, 'no', true)],
      },
      act: {
        kind: 'action',
        label: `${P}.mnt.act`,
        action: () => ({
          type: 'writeFile',
          pod: 'web',
          container: 'app',
          path: OWN_FILE,
          content: 'only mine',
        }),
        settle: 500,
      },
      outcome: (probe) =>
        filesSeenBy(probe, 'web', 'app').includes(OWN_FILE) &&
        !filesSeenBy(probe, 'web', 'log-shipper').includes(OWN_FILE) &&
        ns(probe, 'web', 'app', 'mnt') !== ns(probe, 'web', 'log-shipper', 'mnt'),
      evidence: (probe) => ({
        path: OWN_FILE,
        appFiles: filesSeenBy(probe, 'web', 'app'),
        sidecarFiles: filesSeenBy(probe, 'web', 'log-shipper'),
        appMnt: nsLabel('mnt', ns(probe, 'web', 'app', 'mnt')),
        sidecarMnt: nsLabel('mnt', ns(probe, 'web', 'log-shipper', 'mnt')),
      }),
      explain: `${P}.mnt.explain`,
    },
    {
      id: 'volume',
      highlight: 'mnt',
      title: `${P}.volume.title`,
      look: `${P}.volume.look`,
      pod: 'web',
      prediction: {
        question: `${P}.volume.question`,
        choices: [choice(`${P}.volume`, 'yes', true), choice(`${P}.volume`, 'no', false)],
      },
      act: {
        kind: 'action',
        label: `${P}.volume.act`,
        action: () => ({
          type: 'writeFile',
          pod: 'web',
          container: 'app',
          path: SHARED_FILE,
          content: 'worker process started',
        }),
        settle: 500,
      },
      outcome: (probe) => filesSeenBy(probe, 'web', 'log-shipper').includes(SHARED_FILE),
      evidence: (probe) => ({
        path: SHARED_FILE,
        volume: 'logs',
        sidecarFiles: filesSeenBy(probe, 'web', 'log-shipper'),
      }),
      explain: `${P}.volume.explain`,
    },
    {
      id: 'pid',
      title: `${P}.pid.title`,
      look: `${P}.pid.look`,
      pod: 'web',
      prediction: {
        question: `${P}.pid.question`,
        choices: [choice(`${P}.pid`, 'yes', false), choice(`${P}.pid`, 'no', true)],
      },
      act: { kind: 'highlight', label: `${P}.pid.act`, namespace: 'pid' },
      outcome: (probe) =>
        new Set([
          ns(probe, 'web', 'app', 'pid'),
          ns(probe, 'web', 'log-shipper', 'pid'),
          nsOfSandbox(probe.frame, 'web', 'pid'),
        ]).size === 3,
      evidence: (probe) => ({
        app: nsLabel('pid', ns(probe, 'web', 'app', 'pid')),
        sidecar: nsLabel('pid', ns(probe, 'web', 'log-shipper', 'pid')),
        pause: nsLabel('pid', nsOfSandbox(probe.frame, 'web', 'pid')),
      }),
      explain: `${P}.pid.explain`,
    },
    sharePidStep,
    {
      id: 'user',
      title: `${P}.user.title`,
      look: `${P}.user.look`,
      pod: 'web',
      prediction: {
        question: `${P}.user.question`,
        choices: [
          choice(`${P}.user`, 'each', false),
          choice(`${P}.user`, 'host', true),
          choice(`${P}.user`, 'pod', false),
        ],
      },
      act: { kind: 'highlight', label: `${P}.user.act`, namespace: 'user' },
      outcome: (probe) =>
        ['app', 'log-shipper'].every((c) => ns(probe, 'web', c, 'user') === nsOfNode(probe.frame, 'user')),
      evidence: (probe) => ({
        user: nsLabel('user', ns(probe, 'web', 'app', 'user')),
        node: nsLabel('user', nsOfNode(probe.frame, 'user')),
      }),
      explain: `${P}.user.explain`,
    },
    hostUsersStep,
  ],
};
