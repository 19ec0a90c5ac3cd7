/**
 * The Environment block of `kubectl describe pod` (describeContainerEnvVars in kubectl's describe.go): a value's
 * later lines under it, and each valueFrom as where the value comes from.
 */
import { describe, expect, it } from 'vitest';
import { container, podManifest, sh, simWith } from './testing/scene';

const env = podManifest({
  name: 'env',
  labels: { app: 'env' },
  containers: [
    container('app', {
      resources: { limits: { cpu: '500m', memory: '128Mi' } },
      env: [
        { name: 'GREETING', value: 'hello\nworld' },
        { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
        { name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
        { name: 'MEM', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
        { name: 'CPU', valueFrom: { resourceFieldRef: { resource: 'requests.cpu', divisor: '1m' } } },
        { name: 'EPHEMERAL', valueFrom: { resourceFieldRef: { resource: 'limits.ephemeral-storage' } } },
        { name: 'GPUS', valueFrom: { resourceFieldRef: { resource: 'limits.nvidia.com/gpu' } } },
        { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'creds', key: 'token' } } },
        { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'mode', optional: true } } },
      ],
    }),
  ],
});

describe('kubectl describe pod: environment', () => {
  it('prints multi-line values and valueFrom sources as kubectl does', () => {
    const text = sh(simWith([env], 10_000), 'kubectl describe pod env');
    const block = text.slice(text.indexOf('    Environment:'), text.indexOf('    Mounts:')).split('\n');
    expect(block.map((l) => l.replace(/ {2,}/g, ' | '))).toEqual([
      ' | Environment:',
      ' | GREETING: | hello',
      ' | world',
      // kubectl's describe resolves metadata fields only; the kubelet gives the container its IP.
      ' | POD_IP: | (v1:status.podIP)',
      " | APP: | env (v1:metadata.labels['app'])",
      ' | MEM: | 128 (limits.memory)',
      ' | CPU: | 500 (requests.cpu)',
      ' | EPHEMERAL: | 0 (limits.ephemeral-storage)',
      ' | GPUS: | (limits.nvidia.com/gpu)',
      " | TOKEN: | <set to the key 'token' in secret 'creds'> | Optional: false",
      " | MODE: | <set to the key 'mode' of config map 'settings'> | Optional: true",
      '',
    ]);
    // The value's second line starts in the value column.
    expect(block[2]?.indexOf('world')).toBe(block[1]?.indexOf('hello'));
  });

  it('requests what a container limits when it requests nothing (the API server’s default)', () => {
    const text = sh(simWith([env], 10_000), 'kubectl describe pod env');
    expect(text).toMatch(
      / {4}Limits:\n {6}cpu: +500m\n {6}memory: +128Mi\n {4}Requests:\n {6}cpu: +500m\n {6}memory: +128Mi\n/,
    );
    expect(text).toMatch(/QoS Class: +Guaranteed/);
  });
});
