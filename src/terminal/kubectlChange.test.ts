/** `kubectl delete` and `kubectl apply -f -` describe the change as an Action; the store dispatches it. */
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Pod } from '../sim/types';
import { runCommand } from './runCommand';
import { container, contextOf, podManifest, simWith } from './testing/scene';

describe('kubectl delete pod', () => {
  const sim = simWith([podManifest({ name: 'web' })]);
  const run = (line: string) => runCommand(line, contextOf(sim));

  it('prints kubectl’s confirmation and returns a deletePod action', () => {
    expect(run('kubectl delete pod web')).toEqual({
      output: 'pod "web" deleted from default namespace',
      action: { type: 'deletePod', pod: 'web' },
    });
    expect(run('kubectl delete pod/web --grace-period=5').action).toEqual({
      type: 'deletePod',
      pod: 'web',
      gracePeriodSeconds: 5,
    });
    expect(run('kubectl delete po web --now').action).toEqual({
      type: 'deletePod',
      pod: 'web',
      gracePeriodSeconds: 1,
    });
  });

  it('turns --grace-period=0 into 1 unless --force, like kubectl', () => {
    expect(run('kubectl delete pod web --grace-period=0').action).toMatchObject({ gracePeriodSeconds: 1 });
    const forced = run('kubectl delete pod web --grace-period=0 --force');
    expect(forced.action).toMatchObject({ gracePeriodSeconds: 0 });
    expect(forced.output).toBe(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\npod "web" force deleted from default namespace',
    );
  });

  it('refuses what kubectl refuses, without an action', () => {
    expect(run('kubectl delete pod nope')).toEqual({
      output: 'Error from server (NotFound): pods "nope" not found',
    });
    expect(run('kubectl delete pod')).toEqual({
      output: 'error: resource(s) were provided, but no name was specified',
    });
    expect(run('kubectl delete pod web --grace-period=soon').output).toMatch(
      /^error: invalid argument "soon" for "--grace-period" flag/,
    );
    // Real kubectl deletes both; PodScope's one Action per command cannot, and says so in its own words.
    expect(runCommand('kubectl delete pod web api', contextOf(sim, { onePod: '一次删一个' }))).toEqual({
      output: '',
      note: '一次删一个',
    });
  });

  it('the action does what kubectl delete does', () => {
    const live = simWith([podManifest({ name: 'web' })]);
    const { action } = runCommand('kubectl delete pod web --grace-period=2', contextOf(live));
    live.dispatch(action!);
    live.advance(10_000);
    expect(live.pod('web')).toBeUndefined();
  });
});

describe('kubectl apply -f -', () => {
  const sim = simWith([podManifest({ name: 'web' })]);
  const apply = (manifest: string) => runCommand('kubectl apply -f -', contextOf(sim, { manifest }));

  it('creates the Pod from the editor’s text, leaves it as it is, configures it in place, or replaces it and says so', () => {
    const fresh = stringify(podManifest({ name: 'fresh' }));
    expect(apply(fresh)).toEqual({
      output: 'pod/fresh created',
      action: { type: 'applyPod', manifest: fresh },
    });
    // The same Pod, written in another key order: kubectl compares data, not text.
    const { apiVersion, kind, metadata, spec } = podManifest({ name: 'web' });
    expect(apply(stringify({ spec, metadata, kind, apiVersion })).output).toBe('pod/web unchanged');
    // An image or a label changes in place, as kubectl apply's patch would.
    const newImage = podManifest({ name: 'web', containers: [container('app', { image: 'nginx:1.28' })] });
    expect(apply(stringify(newImage))).toEqual({
      output: 'pod/web configured',
      action: { type: 'applyPod', manifest: stringify(newImage) },
    });
    // A new port does not: the API server would refuse it, PodScope replaces the Pod and says so.
    const newPort = podManifest({
      name: 'web',
      containers: [container('app', { ports: [{ containerPort: 81 }] })],
    });
    // kubectl's lines; why, in PodScope's note.
    const replaced = apply(stringify(newPort));
    expect(replaced.output).toBe(['pod "web" deleted from default namespace', 'pod/web replaced'].join('\n'));
    expect(replaced.note).toMatch(
      /^Of a Pod only the container images, labels and annotations can change in place/,
    );
    expect(
      runCommand('kubectl apply -f -', contextOf(sim, { manifest: stringify(newPort), replaced: '已重建' }))
        .note,
    ).toBe('已重建');
  });

  it('refuses unknown fields by default (--validate=strict), warns with warn, drops them with ignore', () => {
    const applyWith = (manifest: string, validate: string) =>
      runCommand(`kubectl apply -f - --validate=${validate}`, contextOf(sim, { manifest }));
    const typo = (pod: ReturnType<typeof podManifest>) =>
      stringify({ ...pod, spec: { ...pod.spec, hostNetwrk: true, dnsPolcy: 'None' } });
    const fresh = typo(podManifest({ name: 'fresh' }));
    const strict =
      'Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.hostNetwrk", unknown field "spec.dnsPolcy"';
    expect(apply(fresh)).toEqual({ output: strict });
    expect(applyWith(fresh, 'true')).toEqual({ output: strict });
    expect(apply(typo(podManifest({ name: 'web' })))).toEqual({
      output:
        'Error from server (BadRequest): error when patching "STDIN": strict decoding error: unknown field "spec.hostNetwrk", unknown field "spec.dnsPolcy"',
    });
    // warn: the API server drops the unknown fields, so what is left is the Pod as it is: nothing to replace.
    expect(applyWith(typo(podManifest({ name: 'web' })), 'warn').output).toBe(
      'Warning: unknown field "spec.hostNetwrk"\nWarning: unknown field "spec.dnsPolcy"\npod/web unchanged',
    );
    const newImage = podManifest({ name: 'web', containers: [container('app', { image: 'nginx:1.28' })] });
    expect(applyWith(typo(newImage), 'warn').output).toBe(
      'Warning: unknown field "spec.hostNetwrk"\nWarning: unknown field "spec.dnsPolcy"\npod/web configured',
    );
    expect(applyWith(fresh, 'false')).toEqual({
      output: 'pod/fresh created',
      action: { type: 'applyPod', manifest: fresh },
    });
    for (const bad of ['maybe', 'constructor']) {
      expect(applyWith(fresh, bad)).toEqual({
        output: `error: invalid - validate option "${bad}"; must be one of: strict (true), warn, ignore (false)`,
      });
    }
  });

  it('refuses invalid manifests with kubectl’s messages and no action', () => {
    expect(
      apply('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n'),
    ).toEqual({
      output: 'The Pod "web" is invalid: spec.containers[0].image: Required value',
    });
    expect(apply('a: [').output).toMatch(/^error: error parsing STDIN: line 1: /);
    const two = stringify(podManifest({ name: 'a' }));
    expect(apply(`${two}---\n${two}`)).toEqual({
      output: `error: error parsing STDIN: line ${two.split('\n').length}: yaml: the text holds 2 documents (each --- line starts one); a Pod manifest is one`,
    });
    expect(apply('apiVersion: apps/v1\nkind: Deployment\n').output).toMatch(
      /^error: kind: Deployment is not supported/,
    );
    expect(apply('').output).toBe('error: no objects passed to apply');
    expect(runCommand('kubectl apply -f pod.yaml', contextOf(sim)).output).toBe(
      'error: the path "pod.yaml" does not exist',
    );
    expect(runCommand('kubectl apply', contextOf(sim)).output).toBe('error: must specify one of -f and -k');
  });

  it('refuses a quantity the API server cannot decode as a BadRequest, and one over its limit as Invalid', () => {
    const withResources = (name: string, resources: object) =>
      stringify(podManifest({ name, containers: [container('app', { resources })] }));
    expect(apply(withResources('fresh', { limits: { cpu: 'lots' } }))).toEqual({
      output: `Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
    });
    // Valid resources on the existing Pod: a change a Pod update refuses, so PodScope replaces it.
    expect(apply(withResources('web', { limits: { memory: '1Gi' } })).output).toMatch(/\npod\/web replaced$/);
    expect(apply(withResources('web', { limits: { memory: '1Gi' }, requests: { memory: '2Gi' } }))).toEqual({
      output:
        'The Pod "web" is invalid: spec.containers[0].resources.requests: Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi',
    });
  });

  it('prints the API server’s warning for two containers on one port, and applies', () => {
    const clash = stringify(
      podManifest({
        name: 'clash',
        containers: [
          container('a', { ports: [{ containerPort: 80 }] }),
          container('b', {
            ports: [
              { containerPort: 80, protocol: 'TCP' },
              { containerPort: 80, hostPort: 8080 },
            ],
          }),
        ],
      }),
    );
    expect(apply(clash)).toEqual({
      output: [
        'Warning: spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]',
        'Warning: spec.containers[1].ports[1]: overlapping port definition with spec.containers[0].ports[0]',
        'Warning: spec.containers[1].ports[1]: overlapping port definition with spec.containers[1].ports[0]',
        'pod/clash created',
      ].join('\n'),
      action: { type: 'applyPod', manifest: clash },
    });
    // Applied again unchanged: kubectl sends no patch, so the API server warns about nothing.
    const again = simWith([parse(clash) as Pod]);
    expect(runCommand('kubectl apply -f -', contextOf(again, { manifest: clash })).output).toBe(
      'pod/clash unchanged',
    );
  });
});
