/**
 * What `kubectl apply` of a checked manifest does, shared by the terminal's `kubectl apply -f -` and the
 * editor's Apply: the outcome, and the manifest to dispatch.
 */
import { applyOutcome, type ApplyOutcome } from '../sim/applyDiff';
import { validatePodManifest } from '../sim/manifest';
import type { Pod } from '../sim/types';
import { withoutAdmission } from './serviceAccount';

export interface ApplyPlan {
  outcome: ApplyOutcome;
  /** The text as written, or, when it holds what admission added to the Pod, the manifest without it. */
  manifest: string | Pod;
}

/**
 * `pod`: the checked manifest's Pod (checkManifest), `value` its plain data, `text` the manifest as written.
 * What admission added to `existing` (`kubectl get pod -o yaml` prints it) is not a change: kubectl apply's
 * patch leaves fields the user never applied alone, so it is taken out before the comparison and the Action.
 */
export function planApply(text: string, value: unknown, pod: Pod, existing: Pod | undefined): ApplyPlan {
  const stripped = existing ? withoutAdmission(value, existing) : value;
  if (stripped === value) return { outcome: applyOutcome(existing, pod), manifest: text };
  const applied = validatePodManifest(stripped).pod;
  // Something the user wrote still uses admission's volume (a mount of their own): as written, then.
  if (!applied) return { outcome: applyOutcome(existing, pod), manifest: text };
  return { outcome: applyOutcome(existing, applied), manifest: stripped as Pod };
}
