/**
 * Readable builders for Kubernetes API objects (Pods with container statuses, Events), so panel tests do not
 * depend on the engine. Times are virtual milliseconds, turned into ISO strings on the virtual clock.
 */
import type {
  Container,
  ContainerState,
  ContainerStatus,
  Event,
  Pod,
  PodCondition,
} from 'kubernetes-types/core/v1';
import { EPOCH_MS } from '../../../store/podViews';

/** Virtual ms → the ISO timestamp the engine would write. */
export const iso = (ms: number) => new Date(EPOCH_MS + ms).toISOString().replace('.000Z', 'Z');

export const running = (startedAt: number): ContainerState => ({ running: { startedAt: iso(startedAt) } });
export const waiting = (reason: string, message?: string): ContainerState => ({
  waiting: { reason, message },
});
export const terminated = (
  exitCode: number,
  reason: string,
  startedAt: number,
  finishedAt: number,
): ContainerState => ({
  terminated: { exitCode, reason, startedAt: iso(startedAt), finishedAt: iso(finishedAt) },
});

export interface ContainerFixture {
  name: string;
  image?: string;
  ports?: number[];
  state: ContainerState;
  lastState?: ContainerState;
  ready?: boolean;
  restartCount?: number;
  id?: string;
}

const spec = (c: ContainerFixture): Container => ({
  name: c.name,
  image: c.image ?? 'nginx:1.27',
  ...(c.ports ? { ports: c.ports.map((containerPort) => ({ containerPort, protocol: 'TCP' })) } : {}),
});

const status = (c: ContainerFixture): ContainerStatus => ({
  name: c.name,
  image: c.image ?? 'nginx:1.27',
  imageID: '',
  containerID: c.id ?? `containerd://${'3f2a9c1b7d4e0a5f'.repeat(4)}`,
  state: c.state,
  lastState: c.lastState ?? {},
  ready: c.ready ?? Boolean(c.state.running),
  restartCount: c.restartCount ?? 0,
  started: Boolean(c.state.running),
});

export interface PodFixture {
  name?: string;
  uid?: string;
  createdAt?: number;
  phase?: string;
  ip?: string;
  node?: string;
  labels?: Record<string, string>;
  owner?: { kind: string; name: string };
  deletionAt?: number;
  containers?: ContainerFixture[];
  initContainers?: ContainerFixture[];
  conditions?: [type: string, status: 'True' | 'False'][];
}

/** A Pod as `kubectl get pod -o json` would print it. Defaults: one running, ready `app` container. */
export function pod(f: PodFixture = {}): Pod {
  const name = f.name ?? 'web';
  const containers = f.containers ?? [{ name: 'app', ports: [80], state: running(2_000) }];
  const inits = f.initContainers ?? [];
  const conditions: PodCondition[] = (f.conditions ?? [['Ready', 'True']]).map(([type, s]) => ({
    type,
    status: s,
  }));
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      uid: f.uid ?? `uid-${name}`,
      creationTimestamp: iso(f.createdAt ?? 0),
      labels: f.labels ?? { app: name },
      ...(f.owner
        ? {
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: f.owner.kind, name: f.owner.name, uid: 'rs-uid' },
            ],
          }
        : {}),
      ...(f.deletionAt !== undefined
        ? { deletionTimestamp: iso(f.deletionAt), deletionGracePeriodSeconds: 30 }
        : {}),
    },
    spec: { nodeName: f.node ?? 'node-1', containers: containers.map(spec), initContainers: inits.map(spec) },
    status: {
      phase: f.phase ?? 'Running',
      hostIP: '192.168.49.2',
      ...(f.ip !== '' ? { podIP: f.ip ?? '10.244.1.5', podIPs: [{ ip: f.ip ?? '10.244.1.5' }] } : {}),
      startTime: iso(f.createdAt ?? 0),
      conditions,
      containerStatuses: containers.map(status),
      ...(inits.length > 0 ? { initContainerStatuses: inits.map(status) } : {}),
    },
  };
}

export interface EventFixture {
  pod?: string;
  uid?: string;
  reason: string;
  message?: string;
  type?: 'Normal' | 'Warning';
  from?: string;
  first: number;
  last?: number;
  count?: number;
  /** The container it is about: `spec.containers{app}`. */
  fieldPath?: string;
}

let eventSeq = 0;

/** An Event about a Pod, aggregated when `count` > 1 (first/last timestamps). */
export function event(f: EventFixture): Event {
  const podName = f.pod ?? 'web';
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${podName}.${(eventSeq++).toString(16)}`, namespace: 'default' },
    involvedObject: {
      apiVersion: 'v1',
      kind: 'Pod',
      name: podName,
      namespace: 'default',
      uid: f.uid ?? `uid-${podName}`,
      ...(f.fieldPath ? { fieldPath: f.fieldPath } : {}),
    },
    reason: f.reason,
    message: f.message ?? `${f.reason} message`,
    type: f.type ?? 'Normal',
    source: { component: f.from ?? 'kubelet' },
    count: f.count ?? 1,
    firstTimestamp: iso(f.first),
    lastTimestamp: iso(f.last ?? f.first),
  };
}
