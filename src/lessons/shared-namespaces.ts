/** Lesson 2 — the namespaces every container joins from the pause container: net, ipc, uts. */
import type { NamespaceKind } from '../sim/types';
import { choice } from './choice';
import { nginx, pod, webWithLogShipper } from './manifests';
import {
  containerStatus,
  findPod,
  logLines,
  nsLabel,
  nsOfContainer,
  nsOfNode,
  nsOfSandbox,
  podIp,
} from './probes';
import { scene } from './scene';
import type { Lesson, StepProbe } from './types';

const CONTAINERS = ['app', 'log-shipper'] as const;
const CLASH = 'Address already in use';

/** Both containers of web carry the pause container's namespace of this kind. */
function sharedWithPause({ frame }: StepProbe, kind: NamespaceKind): boolean {
  const id = nsOfSandbox(frame, 'web', kind);
  return id !== undefined && CONTAINERS.every((c) => nsOfContainer(frame, 'web', c, kind) === id);
}

function ids({ frame }: StepProbe, kind: NamespaceKind) {
  return {
    pause: nsLabel(kind, nsOfSandbox(frame, 'web', kind)),
    app: nsLabel(kind, nsOfContainer(frame, 'web', 'app', kind)),
    sidecar: nsLabel(kind, nsOfContainer(frame, 'web', 'log-shipper', kind)),
    host: nsLabel(kind, nsOfNode(frame, kind)),
  };
}

/** The container of `clash` that lost the race for port 80, with its last exit. */
function clashLoser(probe: StepProbe) {
  const spec = findPod(probe.frame, 'clash')?.spec;
  for (const c of spec?.containers ?? []) {
    const line = logLines(probe, 'clash', c.name).find((l) => l.includes(CLASH));
    const status = containerStatus(probe.frame, 'clash', c.name);
    if (line && (status?.restartCount ?? 0) > 0) return { name: c.name, line, status };
  }
  return undefined;
}

export const sharedNamespaces: Lesson = {
  id: 'shared-namespaces',
  title: 'lessons.shared-namespaces.title',
  summary: 'lessons.shared-namespaces.summary',
  scene: scene('shared-namespaces', { pods: [webWithLogShipper()] }),
  steps: [
    {
      id: 'net',
      title: 'lessons.shared-namespaces.net.title',
      look: 'lessons.shared-namespaces.net.look',
      pod: 'web',
      prediction: {
        question: 'lessons.shared-namespaces.net.question',
        choices: [
          choice('lessons.shared-namespaces.net', 'same', true),
          choice('lessons.shared-namespaces.net', 'own', false),
        ],
      },
      act: { kind: 'highlight', label: 'lessons.shared-namespaces.net.act', namespace: 'net' },
      outcome: (probe) => sharedWithPause(probe, 'net') && podIp(probe.frame, 'web') !== '',
      evidence: (probe) => ({ ...ids(probe, 'net'), ip: podIp(probe.frame, 'web') }),
      explain: 'lessons.shared-namespaces.net.explain',
    },
    {
      id: 'ports',
      title: 'lessons.shared-namespaces.ports.title',
      look: 'lessons.shared-namespaces.ports.look',
      prediction: {
        question: 'lessons.shared-namespaces.ports.question',
        choices: [
          choice('lessons.shared-namespaces.ports', 'both-run', false),
          choice('lessons.shared-namespaces.ports', 'one-fails', true),
          choice('lessons.shared-namespaces.ports', 'remapped', false),
        ],
      },
      act: {
        kind: 'action',
        label: 'lessons.shared-namespaces.ports.act',
        action: () => ({
          type: 'createPod',
          manifest: pod('clash', { containers: [nginx('web-a'), nginx('web-b')] }),
        }),
        settle: 6_000,
      },
      pod: 'clash',
      outcome: (probe) => clashLoser(probe) !== undefined,
      evidence: (probe) => {
        const loser = clashLoser(probe);
        return {
          failed: loser?.name ?? '',
          line: loser?.line ?? '',
          exitCode: loser?.status?.lastState?.terminated?.exitCode ?? '',
          restarts: loser?.status?.restartCount ?? 0,
        };
      },
      explain: 'lessons.shared-namespaces.ports.explain',
    },
    {
      id: 'ipc',
      title: 'lessons.shared-namespaces.ipc.title',
      look: 'lessons.shared-namespaces.ipc.look',
      pod: 'web',
      prediction: {
        question: 'lessons.shared-namespaces.ipc.question',
        choices: [
          choice('lessons.shared-namespaces.ipc', 'yes', true),
          choice('lessons.shared-namespaces.ipc', 'no', false),
        ],
      },
      act: { kind: 'highlight', label: 'lessons.shared-namespaces.ipc.act', namespace: 'ipc' },
      outcome: (probe) =>
        sharedWithPause(probe, 'ipc') &&
        nsOfSandbox(probe.frame, 'web', 'ipc') !== nsOfNode(probe.frame, 'ipc'),
      evidence: (probe) => ids(probe, 'ipc'),
      explain: 'lessons.shared-namespaces.ipc.explain',
    },
    {
      id: 'uts',
      title: 'lessons.shared-namespaces.uts.title',
      look: 'lessons.shared-namespaces.uts.look',
      pod: 'web',
      prediction: {
        question: 'lessons.shared-namespaces.uts.question',
        choices: [
          choice('lessons.shared-namespaces.uts', 'pod-name', true),
          choice('lessons.shared-namespaces.uts', 'container-name', false),
          choice('lessons.shared-namespaces.uts', 'node-name', false),
        ],
      },
      act: { kind: 'highlight', label: 'lessons.shared-namespaces.uts.act', namespace: 'uts' },
      outcome: (probe) =>
        sharedWithPause(probe, 'uts') &&
        findPod(probe.frame, 'web')?.spec?.hostNetwork !== true &&
        nsOfSandbox(probe.frame, 'web', 'uts') !== nsOfNode(probe.frame, 'uts'),
      evidence: (probe) => {
        const web = findPod(probe.frame, 'web');
        return {
          ...ids(probe, 'uts'),
          hostname: web?.spec?.hostname ?? web?.metadata?.name ?? '',
          node: web?.spec?.nodeName ?? '',
        };
      },
      explain: 'lessons.shared-namespaces.uts.explain',
      detail: 'lessons.shared-namespaces.uts.detail',
    },
  ],
};
