/**
 * What `kubectl apply` compares to decide "unchanged": the Pod's spec, labels and annotations as the
 * defaulted manifests have them. Key order and YAML formatting do not count; a nodeName the scheduler set
 * is the server's, not the user's.
 */
import { installApplyComparer } from './actions';
import { pullPolicyDefaulted } from './manifest';
import type { Container } from 'kubernetes-types/core/v1';
import type { Pod, PodSpec } from './types';

/** JSON with object keys sorted, so equal data gives equal text whatever order it was written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The specs as a comparison sees them: without a nodeName the scheduler set, optionally without images,
 * and without the imagePullPolicy of a container whose manifest left it out. An update does not re-default
 * what it does not write, so that container keeps the live one's (`nginx:latest` over `nginx:1.27` stays
 * IfNotPresent). JSON drops the fields set to undefined.
 */
function comparable(current: Pod, applied: Pod, withoutImages: boolean): [string, string] {
  const all = (s: PodSpec | undefined) => [...(s?.initContainers ?? []), ...(s?.containers ?? [])];
  const loose = new Set(
    all(applied.spec)
      .filter((c) => pullPolicyDefaulted.has(c))
      .map((c) => c.name),
  );
  const container = (c: Container) => ({
    ...c,
    image: withoutImages ? '' : c.image,
    imagePullPolicy: loose.has(c.name) ? undefined : c.imagePullPolicy,
  });
  const view = (s: PodSpec | undefined, withNode: boolean) =>
    s && {
      ...s,
      nodeName: withNode ? s.nodeName : undefined,
      containers: s.containers.map(container),
      initContainers: s.initContainers?.map(container),
    };
  return [
    canonical(view(current.spec, applied.spec?.nodeName !== undefined)),
    canonical(view(applied.spec, true)),
  ];
}

const metadataOf = (pod: Pod) => canonical([pod.metadata?.labels ?? {}, pod.metadata?.annotations ?? {}]);

/** True when applying `applied` over `current` (both defaulted) would change nothing. */
export function applyChangesNothing(current: Pod, applied: Pod): boolean {
  const [a, b] = comparable(current, applied, false);
  return a === b && metadataOf(current) === metadataOf(applied);
}

/**
 * What applying `applied` does to the Pod of that name, if any:
 * - `unchanged`: nothing to change;
 * - `configured`: only what an update may change in place (ValidatePodUpdate: container images; labels and
 *   annotations), so the Pod keeps its UID and IP and the kubelet restarts a container whose image changed;
 * - `replaced`: anything else, which the API server refuses to change in place: PodScope deletes the Pod and
 *   creates it again (kubectl replace --force) rather than only refusing.
 */
export type ApplyOutcome = 'created' | 'unchanged' | 'configured' | 'replaced';

export function applyOutcome(current: Pod | undefined, applied: Pod): ApplyOutcome {
  if (current === undefined) return 'created';
  if (applyChangesNothing(current, applied)) return 'unchanged';
  const [a, b] = comparable(current, applied, true);
  return a === b ? 'configured' : 'replaced';
}

installApplyComparer(applyOutcome);
