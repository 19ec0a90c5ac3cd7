/** Resource quantities: how the API server reads them, what it refuses, and the QoS class they decide. */
import { describe, expect, it } from 'vitest';
import { createSimulation, validatePodManifest } from './index';
import { quantityValue, sameQuantity } from './quantity';
import { container, podManifest } from './testing/fixtures';
import type { PodSpec } from './types';

type Resources = NonNullable<PodSpec['containers'][number]['resources']>;

describe('quantityValue', () => {
  it.each([
    ['500m', 0.5],
    ['0.5', 0.5],
    ['.5', 0.5],
    [2, 2],
    ['1k', 1000],
    ['128Mi', 128 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['1e3', 1000],
    ['1E', 1e18],
    ['100n', 1e-7],
    ['-1', -1],
  ])('%s is %d', (quantity, value) => {
    expect(sameQuantity(quantityValue(quantity), value)).toBe(true);
  });

  it('reads a value the same however it is written, to the last bit (so 700m is not over a 0.7 limit)', () => {
    for (let milli = 1; milli <= 2000; milli++)
      expect(quantityValue(`${milli}m`), `${milli}m`).toBe(quantityValue(String(milli / 1000)));
    expect(quantityValue('1.5Gi')).toBe(quantityValue('1536Mi'));
  });

  it.each(['abc', '1K', '1e', '1ki', '1Mi3', '', '1.2.3', '1 Gi', '1e3Mi'])('refuses %j', (quantity) => {
    expect(quantityValue(quantity)).toBeNaN();
  });
});

const qos = (...resources: Resources[]) => {
  const sim = createSimulation({ seed: 1 });
  const containers = resources.map((r, i) => container(`c${i}`, { resources: r }));
  sim.dispatch({ type: 'createPod', manifest: podManifest({ containers }) });
  return sim.pod('web')?.status?.qosClass;
};

describe('QoS class (ComputePodQOS)', () => {
  it('compares quantities, not their spelling', () => {
    const limits = { cpu: '0.5', memory: '1Gi' };
    expect(qos({ limits, requests: { cpu: '500m', memory: '1024Mi' } })).toBe('Guaranteed');
    expect(qos({ limits, requests: { cpu: '499m', memory: '1Gi' } })).toBe('Burstable');
  });

  it('counts only cpu and memory, and a zero as unset', () => {
    expect(qos({ limits: { 'ephemeral-storage': '1Gi' } })).toBe('BestEffort');
    expect(qos({ requests: { cpu: '0', memory: '0' } })).toBe('BestEffort');
    expect(qos({ limits: { cpu: '1' } })).toBe('Burstable');
  });

  it('compares the Pod’s sums: every container must limit both', () => {
    const both = { limits: { cpu: '1', memory: '1Gi' } };
    expect(qos(both, both)).toBe('Guaranteed');
    expect(qos(both, { limits: { cpu: '1' } })).toBe('Burstable');
    expect(qos(both, {})).toBe('Burstable');
  });
});

describe('resources validation', () => {
  const messages = (resources: unknown) =>
    validatePodManifest({
      ...podManifest(),
      spec: { containers: [{ name: 'app', image: 'nginx:1.27', resources }] },
    }).errors.map((e) => e.message);

  it('refuses an unparsable quantity as the API server does, once', () => {
    expect(messages({ limits: { cpu: 'lots', memory: 'more' } })).toEqual([
      `Pod in version "v1" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
    ]);
  });

  it('refuses a negative quantity and a request over its limit', () => {
    expect(messages({ limits: { cpu: '-1' } })).toEqual([
      'spec.containers[0].resources.limits[cpu]: Invalid value: "-1": must be greater than or equal to 0',
    ]);
    expect(messages({ limits: { cpu: '500m' }, requests: { cpu: '1' } })).toEqual([
      'spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m',
    ]);
    expect(messages({ limits: { memory: '1Gi' }, requests: { memory: '1024Mi' } })).toEqual([]);
    expect(messages({ limits: 'big' })).toEqual([
      'spec.containers[0].resources.limits: Invalid value: "big": must be an object',
    ]);
  });
});
