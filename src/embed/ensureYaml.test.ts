import { describe, expect, it } from 'vitest';
import { createSimulation, yamlParserInstalled } from '../sim/core';
import { ensureYamlFor, needsYaml } from './ensureYaml';

const yamlPod =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: y\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n';

describe('lazy YAML parser', () => {
  it('knows which actions carry YAML text', () => {
    expect(needsYaml({ type: 'createPod', manifest: yamlPod })).toBe(true);
    expect(needsYaml({ type: 'createPod', manifest: '{"kind":"Pod"}' })).toBe(false);
    expect(needsYaml({ type: 'createPod', manifest: { kind: 'Pod' } })).toBe(false);
    expect(needsYaml({ type: 'createReplicaSet', name: 'r', replicas: 1, template: yamlPod })).toBe(true);
    expect(needsYaml({ type: 'killSandbox', pod: 'web' })).toBe(false);
  });

  it('without the parser, YAML text is refused with a clear message and JSON text still works; after loading, YAML works', async () => {
    expect(yamlParserInstalled()).toBe(false);
    const sim = createSimulation({ seed: 1 });
    expect(() => sim.dispatch({ type: 'createPod', manifest: yamlPod })).toThrow(
      /YAML support is not loaded/,
    );
    sim.dispatch({
      type: 'createPod',
      manifest: JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'j' },
        spec: { containers: [{ name: 'a', image: 'nginx:1.27' }] },
      }),
    });
    expect(sim.pod('j')).toBeDefined();

    await ensureYamlFor([{ type: 'createPod', manifest: yamlPod }]);
    expect(yamlParserInstalled()).toBe(true);
    sim.dispatch({ type: 'createPod', manifest: yamlPod });
    expect(sim.pod('y')?.spec?.containers[0]?.image).toBe('nginx:1.27');
  });

  it('the engine takes one Pod per YAML text, skipping empty documents', async () => {
    await ensureYamlFor([{ type: 'createPod', manifest: yamlPod }]);
    const sim = createSimulation();
    expect(() => sim.dispatch({ type: 'createPod', manifest: `${yamlPod}\n---\n${yamlPod}` })).toThrow(
      'yaml: the text holds 2 documents',
    );
    sim.dispatch({ type: 'createPod', manifest: `${yamlPod}\n---\n` });
    expect(sim.pods()).toHaveLength(1);
  });
});
