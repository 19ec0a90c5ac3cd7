/** `kubectl get pods -w`: the table, then a row per change, columns as wide as the widest cell so far. */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim';
import { readFrame } from '../store/frame';
import { runCommand } from './runCommand';
import { container, contextOf, podManifest, simWith } from './testing/scene';
import { stepPodWatch } from './watch';

describe('kubectl get pods -w', () => {
  it('prints the table, then each change as a row that keeps kubectl’s remembered widths', () => {
    const sim = createSimulation({ seed: 1 });
    sim.dispatch({ type: 'createPod', manifest: podManifest({ containers: [container('app')] }) });
    const started = runCommand('kubectl get pods -w', contextOf(sim));
    expect(started.output).toBe(
      ['NAME   READY   STATUS    RESTARTS   AGE', 'web    0/1     Pending   0          0s'].join('\n'),
    );
    const watch = started.watch!;
    const printed: string[] = [];
    for (let t = 0; t < 6_000; t += 100) {
      sim.advance(100);
      const rows = stepPodWatch(watch, readFrame(sim).pods, sim.now());
      if (rows) printed.push(...rows.split('\n'));
    }
    // STATUS widened by ContainerCreating (17 + 3) for every row after it; AGE alone never prints a row.
    expect(printed).toEqual([
      'web    0/1     ContainerCreating   0          0s',
      'web    1/1     Running             0          2s',
    ]);
    sim.dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    const rows: string[] = [];
    for (let t = 0; t < 3_000; t += 100) {
      sim.advance(100);
      const out = stepPodWatch(watch, readFrame(sim).pods, sim.now());
      if (out) rows.push(...out.split('\n'));
    }
    // Error, then Running with the restart counted; "(1s ago)" turning "(2s ago)" prints nothing.
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^web {4}0\/1 {5}Error {15}0 {10}\d+s$/);
    expect(rows[1]).toMatch(/^web {4}1\/1 {5}Running {13}1 \(\ds ago\) {3}\d+s$/);
  });

  it('prints a deleted Pod’s last row, and the header before the first Pod of an empty list', () => {
    const sim = createSimulation({ seed: 1 });
    const started = runCommand('kubectl get po -w -o wide', contextOf(sim));
    expect(started.output).toBe('');
    expect(started.watch).toBeDefined();
    sim.dispatch({ type: 'createPod', manifest: podManifest({ containers: [container('app')] }) });
    const first = stepPodWatch(started.watch!, readFrame(sim).pods, sim.now()).split('\n');
    expect(first[0]).toMatch(
      /^NAME {3}READY {3}STATUS {4}RESTARTS {3}AGE {3}IP {7}NODE {5}NOMINATED NODE {3}READINESS GATES$/,
    );
    expect(first[1]).toMatch(/^web {4}0\/1 {5}Pending {3}0 {10}0s {4}<none> {3}node-1 {3}<none> {11}<none>$/);
    sim.advance(5_000);
    stepPodWatch(started.watch!, readFrame(sim).pods, sim.now());
    sim.dispatch({ type: 'deletePod', pod: 'web', gracePeriodSeconds: 0 });
    sim.advance(5_000);
    const last = stepPodWatch(started.watch!, readFrame(sim).pods, sim.now()).split('\n');
    // Removed at once (--grace-period=0): the DELETED event's object, marked for deletion.
    expect(last.at(-1)).toMatch(/^web {4}1\/1 {5}Terminating {3}0 {10}10s {3}10\.244\.1\.2 {3}node-1 /);
    expect(stepPodWatch(started.watch!, readFrame(sim).pods, sim.now())).toBe('');
  });

  it('watches the named Pods only; other kinds, formats and a missing name print once', () => {
    const sim = simWith([
      podManifest({ containers: [container('app')] }),
      podManifest({ name: 'db', containers: [container('pg')] }),
    ]);
    const named = runCommand('kubectl get pod/db -w', contextOf(sim));
    expect(named.output.split('\n')).toHaveLength(2);
    expect(named.output).toContain('db ');
    expect(named.watch?.names).toEqual(['db']);
    for (const line of [
      'kubectl get events -w',
      'kubectl get pods -o yaml -w',
      'kubectl get pods nope -w',
      'kubectl get pods -A -w',
    ]) {
      const result = runCommand(line, contextOf(sim));
      expect(result.watch).toBeUndefined();
      expect(result.output).toBe(runCommand(line.replace(' -w', ''), contextOf(sim)).output);
    }
  });
});
