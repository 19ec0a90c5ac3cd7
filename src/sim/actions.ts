/**
 * `dispatch`: every Action is checked completely before anything changes (callers include untrusted postMessage
 * input), then applied. A rejected action throws an Error that names the problem and leaves the state untouched.
 */
import type { ApplyOutcome } from './applyDiff';
import { WATCH_DELAY_MS } from './constants';
import { deletePod } from './deletion';
import type { Engine } from './engine';
import { describeErrors, validatePodManifest } from './manifest';
import { checkSubdomain } from './manifestFields';
import { isObject } from './manifestSpec';
import { createPodState } from './podFactory';
import { randomUid } from './random';
import { replicaSetController } from './replicaSetHook';
import { containerExited, currentSandbox, newestInstance, pauseDied } from './runtime';
import type { ContainerState, PodState } from './state';
import { ACTION_TYPES, type Action, type ActionType, type Pod, type PodSpec } from './types';
import { applyWrite, ensureClaims, resolveWrite } from './volumes';

type Raw = Record<string, unknown>;

type ApplyComparer = (current: Pod, applied: Pod) => ApplyOutcome;
let compareApply: ApplyComparer | undefined;

/**
 * Called by applyDiff.ts when it loads. Only an apply over an existing Pod compares, and only what can send
 * one loads it (the editor, the terminal, shared sessions, the embed bridge): the first page never does.
 */
export function installApplyComparer(comparer: ApplyComparer): void {
  compareApply = comparer;
}

const MAX_REPLICAS = 500;
const MAX_FILE_BYTES = 1_000_000;

function str(raw: Raw, key: string, max = 253): string {
  const v = raw[key];
  if (typeof v !== 'string' || v === '')
    throw new Error(`${String(raw.type)}: "${key}" must be a non-empty string`);
  if (v.length > max) throw new Error(`${String(raw.type)}: "${key}" is longer than ${max} characters`);
  return v;
}

function int(raw: Raw, key: string, min: number, max: number, optional = false): number | undefined {
  const v = raw[key];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new Error(
      `${String(raw.type)}: "${key}" must be an integer from ${min} to ${max}, got ${JSON.stringify(v) ?? String(v)}`,
    );
  }
  return v;
}

function findPod(eng: Engine, raw: Raw): PodState {
  const name = str(raw, 'pod');
  const pod = eng.byName.get(name);
  if (pod === undefined) throw new Error(`pods "${name}" not found`);
  return pod;
}

function findContainer(
  pod: PodState,
  raw: Raw,
): { spec: PodSpec['containers'][number]; running: ContainerState } {
  const name = str(raw, 'container');
  const podSpec = pod.manifest.spec as PodSpec;
  const spec = [...(podSpec.initContainers ?? []), ...podSpec.containers].find((c) => c.name === name);
  if (spec === undefined) throw new Error(`container "${name}" not found in pod "${pod.name}"`);
  const running = newestInstance(pod, name);
  if (running?.state !== 'CONTAINER_RUNNING')
    throw new Error(`container "${name}" in pod "${pod.name}" is not running`);
  return { spec, running };
}

function manifestOf(eng: Engine, raw: Raw, allowExisting: boolean): { pod: Pod; node?: string } {
  const input = raw.manifest;
  if (typeof input !== 'string' && !isObject(input)) {
    throw new Error(`${String(raw.type)}: "manifest" must be a Pod object or YAML text`);
  }
  const result = validatePodManifest(input);
  const name =
    isObject(input) && isObject(input.metadata) && typeof input.metadata.name === 'string'
      ? input.metadata.name
      : result.pod?.metadata?.name;
  if (result.pod === undefined) throw new Error(describeErrors(name, result.errors));
  const podName = result.pod.metadata?.name ?? '';
  if (!allowExisting && eng.byName.has(podName)) throw new Error(`pods "${podName}" already exists`);
  const node = raw.node === undefined ? undefined : str(raw, 'node');
  const nodeName = node ?? result.pod.spec?.nodeName;
  if (nodeName !== undefined && nodeName !== '' && !eng.state.nodes.some((n) => n.name === nodeName)) {
    throw new Error(`The Pod "${podName}" is invalid: spec.nodeName: Not found: "${nodeName}"`);
  }
  return { pod: result.pod, ...(node !== undefined ? { node } : {}) };
}

function replicaSetTemplate(raw: Raw): Pod {
  const input = raw.template;
  if (typeof input !== 'string' && !isObject(input))
    throw new Error('createReplicaSet: "template" must be a Pod object or YAML text');
  const result = validatePodManifest(input, { template: true });
  if (result.pod === undefined)
    throw new Error(describeErrors(undefined, result.errors).replace('The Pod', 'The ReplicaSet template'));
  if (result.pod.spec?.restartPolicy !== 'Always') {
    throw new Error(
      `spec.template.spec.restartPolicy: Unsupported value: "${result.pod.spec?.restartPolicy}": supported values: "Always"`,
    );
  }
  return result.pod;
}

/**
 * An update the API server takes in place (applyOutcome 'configured'): new container images, labels and
 * annotations on the same Pod (same UID, IP, sandbox). The kubelet sees it through its watch and restarts a
 * running container or sidecar whose image changed (podActions.ts containersToKill); an init container
 * that already ran is not run again.
 */
function updatePodInPlace(eng: Engine, pod: PodState, applied: Pod): void {
  const next = structuredClone(pod.manifest);
  const meta = (next.metadata ??= {});
  for (const key of ['labels', 'annotations'] as const) {
    const value = applied.metadata?.[key];
    if (value === undefined) delete meta[key];
    else meta[key] = value;
  }
  const spec = next.spec as PodSpec;
  const newSpec = applied.spec as PodSpec;
  spec.containers.forEach((c, i) => (c.image = newSpec.containers[i]?.image ?? c.image));
  spec.initContainers?.forEach((c, i) => (c.image = newSpec.initContainers?.[i]?.image ?? c.image));
  pod.manifest = next;
  eng.touch(pod);
  eng.requestSync(pod, eng.now + WATCH_DELAY_MS);
}

/** Checks `raw` against the Action vocabulary and the current state, then applies it. */
export function applyAction(eng: Engine, raw: unknown): void {
  if (!isObject(raw)) throw new Error('an action must be an object with a "type"');
  const type = raw.type as ActionType;
  if (!ACTION_TYPES.includes(type)) {
    throw new Error(
      `unknown action type ${JSON.stringify(raw.type) ?? 'undefined'} (expected one of ${ACTION_TYPES.join(', ')})`,
    );
  }
  switch (type) {
    case 'createPod':
    case 'applyPod': {
      const { pod, node } = manifestOf(eng, raw, type === 'applyPod');
      const existing = eng.byName.get(pod.metadata?.name ?? '');
      if (existing !== undefined && compareApply === undefined) throw new Error('applyDiff.ts not loaded');
      const outcome = existing === undefined ? 'created' : compareApply!(existing.manifest, pod);
      // kubectl apply of what the Pod already is: "unchanged", nothing happens.
      if (outcome === 'unchanged') return;
      if (existing !== undefined && outcome === 'configured') return updatePodInPlace(eng, existing, pod);
      if (existing !== undefined) deletePod(eng, existing, 0);
      ensureClaims(eng.state, pod.spec as PodSpec);
      createPodState(eng, pod, node);
      return;
    }
    case 'deletePod': {
      const pod = findPod(eng, raw);
      deletePod(eng, pod, int(raw, 'gracePeriodSeconds', 0, 86_400, true));
      return;
    }
    case 'killContainer': {
      const pod = findPod(eng, raw);
      const { running } = findContainer(pod, raw);
      // SIGKILL from outside: 137, and no Killing event (the kubelet did not do it).
      containerExited(eng, pod, running, 137);
      return;
    }
    case 'exitContainer': {
      const pod = findPod(eng, raw);
      const { running } = findContainer(pod, raw);
      containerExited(eng, pod, running, int(raw, 'exitCode', 0, 255) ?? 0);
      return;
    }
    case 'killSandbox': {
      const pod = findPod(eng, raw);
      const sandbox = currentSandbox(pod);
      if (sandbox?.state !== 'SANDBOX_READY')
        throw new Error(`the sandbox of pod "${pod.name}" is not running`);
      pauseDied(eng, pod, sandbox);
      return;
    }
    case 'createReplicaSet': {
      const name = str(raw, 'name', 247);
      const nameErrors = checkSubdomain('metadata.name', name);
      if (nameErrors.length > 0)
        throw new Error(`The ReplicaSet "${name}" is invalid: ${nameErrors[0]?.message ?? ''}`);
      if (eng.state.replicaSets.some((r) => r.name === name))
        throw new Error(`replicasets.apps "${name}" already exists`);
      const replicas = int(raw, 'replicas', 0, MAX_REPLICAS) ?? 0;
      const template = replicaSetTemplate(raw);
      const controller = replicaSetController();
      ensureClaims(eng.state, template.spec as PodSpec);
      eng.state.replicaSets.push({ name, uid: randomUid(eng.state), replicas, createdAt: eng.now, template });
      controller.reconcile(eng);
      return;
    }
    case 'scaleReplicaSet':
    case 'deleteReplicaSet': {
      const name = str(raw, 'name');
      const rs = eng.state.replicaSets.find((r) => r.name === name);
      if (rs === undefined) throw new Error(`replicasets.apps "${name}" not found`);
      const controller = replicaSetController();
      if (type === 'deleteReplicaSet') return controller.remove(eng, rs);
      rs.replicas = int(raw, 'replicas', 0, MAX_REPLICAS) ?? rs.replicas;
      controller.reconcile(eng);
      return;
    }
    case 'writeFile': {
      const pod = findPod(eng, raw);
      const { spec, running } = findContainer(pod, raw);
      const path = str(raw, 'path', 4096);
      if (typeof raw.content !== 'string') throw new Error('writeFile: "content" must be a string');
      if (raw.content.length > MAX_FILE_BYTES) throw new Error('writeFile: "content" is larger than 1 MB');
      applyWrite(resolveWrite(eng.state, pod, spec, running, path), path, raw.content);
      eng.touch(pod);
      return;
    }
  }
}

export type { Action };
