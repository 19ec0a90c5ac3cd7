import { describe, expect, it } from 'vitest';
import { applyOutcome } from './applyDiff';
import { validatePodManifest } from './manifest';
import { createSimulation } from './index';
import type { Pod } from './types';

/** A Pod as the API server stores it: validated and defaulted. */
function stored(yaml: string): Pod {
  const result = validatePodManifest(yaml);
  if (result.pod === undefined) throw new Error(JSON.stringify(result.errors));
  return result.pod;
}

const web = (image: string, extra = '') => `apiVersion: v1
kind: Pod
metadata: {name: web${extra.includes('labels') ? ', labels: {tier: web}' : ''}}
spec:
  containers:
  - name: app
    image: ${image}
${extra.includes('policy') ? `    imagePullPolicy: ${extra.split('policy=')[1]}\n` : ''}`;

describe('applyOutcome', () => {
  it('tells created, unchanged, configured (images, labels) and replaced apart', () => {
    const live = stored(web('nginx:1.27'));
    expect(applyOutcome(undefined, live)).toBe('created');
    expect(applyOutcome(live, stored(web('nginx:1.27')))).toBe('unchanged');
    expect(applyOutcome(live, stored(web('nginx:1.28')))).toBe('configured');
    expect(applyOutcome(live, stored(web('nginx:1.27', 'labels')))).toBe('configured');
    expect(applyOutcome(live, stored(web('nginx:1.27', 'policy=Always')))).toBe('replaced');
  });

  it('keeps the live imagePullPolicy when the manifest leaves it out, as an update does', () => {
    // nginx:1.27 was defaulted to IfNotPresent; nginx:latest alone would default to Always. The update does not
    // re-default a field it does not write, so only the image changes: in place.
    const live = stored(web('nginx:1.27'));
    expect(applyOutcome(live, stored(web('nginx:latest')))).toBe('configured');
    // Written out, a new policy is a change a Pod update may not make.
    expect(applyOutcome(live, stored(web('nginx:latest', 'policy=Always')))).toBe('replaced');
    // The other way: a :latest Pod (Always) given a tag keeps Always.
    const latest = stored(web('nginx'));
    expect(applyOutcome(latest, stored(web('nginx:1.27')))).toBe('configured');
  });

  it('in the engine: nginx:latest over nginx:1.27 keeps the UID and the IfNotPresent policy', () => {
    const sim = createSimulation({ seed: 1 });
    sim.dispatch({ type: 'createPod', manifest: web('nginx:1.27') });
    sim.advance(10_000);
    const uid = sim.pod('web')?.metadata?.uid;
    sim.dispatch({ type: 'applyPod', manifest: web('nginx:latest') });
    sim.advance(10_000);
    const app = sim.pod('web')?.spec?.containers[0];
    expect(sim.pod('web')?.metadata?.uid).toBe(uid);
    expect(app).toMatchObject({ image: 'nginx:latest', imagePullPolicy: 'IfNotPresent' });
    expect(sim.pod('web')?.status?.containerStatuses?.[0]).toMatchObject({ restartCount: 1, ready: true });
    // Applying the same text again changes nothing.
    const before = sim.snapshotText();
    sim.dispatch({ type: 'applyPod', manifest: web('nginx:latest') });
    expect(sim.snapshotText()).toBe(before);
  });
});
