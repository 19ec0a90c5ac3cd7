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

/** True when applying `applied` over `current` (both defaulted) would change nothing. */
export function applyChangesNothing(current: Pod, applied: Pod): boolean {
  const spec = { ...current.spec };
  if (applied.spec?.nodeName === undefined) delete spec.nodeName;
  const meta = (pod: Pod) => [pod.metadata?.labels ?? {}, pod.metadata?.annotations ?? {}];
  return canonical(spec) === canonical(applied.spec) && canonical(meta(current)) === canonical(meta(applied));
}
