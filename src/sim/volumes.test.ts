/** Volumes: emptyDir lives with the Pod, a PVC outlives it, the rootfs lives with the container instance. */
import { describe, expect, it } from 'vitest';
import { createSimulation, listFiles } from './index';
import { container, podManifest, startPod } from './testing/fixtures';

const withVolumes = (name: string) =>
  podManifest({
    name,
    volumes: [
      { name: 'cache', emptyDir: {} },
      { name: 'data', persistentVolumeClaim: { claimName: 'db' } },
    ],
    containers: [
      container('app', {
        volumeMounts: [
          { name: 'cache', mountPath: '/cache' },
          { name: 'data', mountPath: '/data' },
        ],
      }),
      container('reader', {
        run: 'sleep infinity',
        volumeMounts: [{ name: 'cache', mountPath: '/in', readOnly: true }],
      }),
    ],
  });

describe('volumes', () => {
  it('lists who mounts what', () => {
    const sim = createSimulation();
    startPod(sim, withVolumes('web'));
    expect(sim.volumes().map((v) => [v.name, v.kind, v.claimName, v.mounts])).toEqual([
      [
        'cache',
        'emptyDir',
        undefined,
        [
          { container: 'app', mountPath: '/cache', readOnly: false },
          { container: 'reader', mountPath: '/in', readOnly: true },
        ],
      ],
      ['data', 'persistentVolumeClaim', 'db', [{ container: 'app', mountPath: '/data', readOnly: false }]],
    ]);
  });

  it('emptyDir survives container restarts and sandbox re-creation; the rootfs does not', () => {
    const sim = createSimulation();
    startPod(sim, withVolumes('web'));
    sim.dispatch({
      type: 'writeFile',
      pod: 'web',
      container: 'app',
      path: '/cache/page.html',
      content: 'hi',
    });
    sim.dispatch({ type: 'writeFile', pod: 'web', container: 'app', path: '/tmp/scratch', content: 'x' });
    expect(listFiles(sim.snapshot(), 'web', 'app').map((f) => f.path)).toEqual([
      '/cache/page.html',
      '/tmp/scratch',
    ]);
    expect(listFiles(sim.snapshot(), 'web', 'reader', '/in')).toEqual([
      { path: '/in/page.html', content: 'hi' },
    ]);
    sim.dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    sim.advance(5000);
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    sim.advance(5000);
    expect(listFiles(sim.snapshot(), 'web', 'app').map((f) => f.path)).toEqual(['/cache/page.html']);
    expect(sim.volumes().find((v) => v.name === 'cache')?.files).toEqual({ 'page.html': 'hi' });
  });

  it('emptyDir goes with the Pod; PVC data is seen by the next Pod with the same claim', () => {
    const sim = createSimulation();
    startPod(sim, withVolumes('one'));
    sim.dispatch({ type: 'writeFile', pod: 'one', container: 'app', path: '/cache/a', content: '1' });
    sim.dispatch({ type: 'writeFile', pod: 'one', container: 'app', path: '/data/rows', content: '42' });
    sim.dispatch({ type: 'deletePod', pod: 'one' });
    sim.advance(5000);
    startPod(sim, withVolumes('two'));
    const files = Object.fromEntries(sim.volumes().map((v) => [v.name, v.files]));
    expect(files).toEqual({ cache: {}, data: { rows: '42' } });
  });

  it('refuses writes to read-only mounts and non-running containers', () => {
    const sim = createSimulation();
    startPod(sim, withVolumes('web'));
    const before = sim.snapshot();
    expect(() =>
      sim.dispatch({ type: 'writeFile', pod: 'web', container: 'reader', path: '/in/x', content: '' }),
    ).toThrow('read-only file system');
    expect(() =>
      sim.dispatch({ type: 'writeFile', pod: 'web', container: 'app', path: 'relative', content: '' }),
    ).toThrow('path must be absolute');
    expect(sim.snapshot()).toEqual(before);
  });
});
