/**
 * What `kubectl apply` compares to decide "unchanged": the Pod's spec, labels and annotations as the
 * defaulted manifests have them. Key order and YAML formatting do not count; a nodeName the scheduler set
 * is the server's, not the user's.
 */
import type { Pod } from './types';

/** JSON with object keys sorted, so equal data gives equal text whatever order it was written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The spec as a comparison sees it: without a nodeName the scheduler set, optionally without images. */
function comparable(current: Pod, applied: Pod, withoutImages: boolean): [string, string] {
  const spec: Partial<NonNullable<Pod['spec']>> = { ...current.spec };
  if (applied.spec?.nodeName === undefined) delete spec.nodeName;
  const strip = (s: Partial<NonNullable<Pod['spec']>> | undefined) =>
    withoutImages && s
      ? {
          ...s,
          containers: s.containers?.map((c) => ({ ...c, image: '' })),
          ...(s.initContainers ? { initContainers: s.initContainers.map((c) => ({ ...c, image: '' })) } : {}),
        }
      : s;
  return [canonical(strip(spec)), canonical(strip(applied.spec))];
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
