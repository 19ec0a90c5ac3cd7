import { describe, expect, it } from 'vitest';
import { complete } from './complete';
import { container, contextOf, podManifest, simWith } from './testing/scene';

describe('Tab completion', () => {
  const sim = simWith([
    podManifest({
      name: 'web',
      containers: [container('app'), container('sidecar', { run: 'sleep infinity' })],
    }),
    podManifest({ name: 'worker' }),
  ]);
  const ctx = contextOf(sim);

  it.each([
    ['kub', 'kubectl '],
    ['kubectl de', 'kubectl de'],
    ['kubectl desc', 'kubectl describe '],
    ['kubectl get po', 'kubectl get pods '],
    ['kubectl logs we', 'kubectl logs web '],
    ['kubectl exec web -c s', 'kubectl exec web -c sidecar '],
    ['kubectl exec web -- hostn', 'kubectl exec web -- hostname '],
    ['kubectl get pods -o w', 'kubectl get pods -o wide '],
    ['crictl insp', 'crictl inspectp '],
    ['nothing', 'nothing'],
  ])('%s → %s', (line, expected) => {
    expect(complete(line, ctx).line).toBe(expected);
  });

  it('offers every candidate when several fit, completing their common prefix', () => {
    expect(complete('kubectl describe pod w', ctx)).toEqual({
      line: 'kubectl describe pod w',
      options: ['web', 'worker'],
    });
    expect(complete('kubectl de', ctx).options).toEqual(['delete', 'describe']);
  });

  it('completes sandbox ids for crictl inspectp', () => {
    const id = sim.sandboxes()[0]!.id;
    expect(complete(`crictl inspectp ${id.slice(0, 3)}`, ctx).line).toBe(
      `crictl inspectp ${id.slice(0, 13)} `,
    );
  });
});
