/**
 * Pod manifests in: YAML text or an object (from the editor, the URL, postMessage — untrusted), parsed with safe
 * limits, validated with Kubernetes-style field-path messages, and defaulted like the API server does, so the
 * engine and `kubectl get pod -o json` see the same spec. Reused by the YAML editor.
 */
import { parseManifestText } from './yamlText';
import {
  checkSubdomain,
  invalid,
  required,
  unknownFields,
  unsupported,
  KNOWN_FIELDS,
  type FieldError,
} from './manifestFields';
import { checkSpec, isObject, type Findings } from './manifestSpec';
import type { Container } from 'kubernetes-types/core/v1';
import type { Pod } from './types';

export type { FieldError } from './manifestFields';

export interface ManifestResult {
  /** The validated Pod with API defaults filled in (absent when there are errors). */
  pod?: Pod;
  errors: FieldError[];
  /** Non-fatal findings, e.g. `unknown field "spec.containers[0].imagePullPolcy"`. */
  warnings: string[];
}

export interface ManifestOptions {
  /** A ReplicaSet template: `metadata.name` is generated, so it is optional. */
  template?: boolean;
}

export const MAX_MANIFEST_BYTES = 1_000_000;
const MAX_DEPTH = 40;
const MAX_NODES = 50_000;

const docError = (message: string): FieldError => ({ field: '', message });

/** Refuses deep nesting, huge documents and cycles; true if the value is plain JSON-like data. */
function checkShape(value: unknown): string | undefined {
  let nodes = 0;
  const walk = (v: unknown, depth: number): string | undefined => {
    if (++nodes > MAX_NODES) return `manifest is too large (more than ${MAX_NODES} values)`;
    if (depth > MAX_DEPTH) return `manifest nests deeper than ${MAX_DEPTH} levels`;
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) {
      return typeof v === 'number' && !Number.isFinite(v)
        ? 'manifest contains a non-finite number'
        : undefined;
    }
    if (Array.isArray(v)) {
      for (const x of v) {
        const e = walk(x, depth + 1);
        if (e) return e;
      }
      return undefined;
    }
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      for (const x of Object.values(v)) {
        const e = walk(x, depth + 1);
        if (e) return e;
      }
      return undefined;
    }
    if (v === undefined) return undefined;
    return `manifest contains a value that is not JSON data (${typeof v})`;
  };
  return walk(value, 0);
}

/** YAML text → plain data, or an error message (the parser lives in yaml.ts; see yamlText.ts). */
function parseYaml(text: string): { value?: unknown; error?: string } {
  if (text.length > MAX_MANIFEST_BYTES) return { error: 'manifest is larger than 1 MB' };
  return parseManifestText(text);
}

function checkMetadata(f: Findings, meta: unknown, options: ManifestOptions): void {
  if (meta === undefined && options.template) return;
  if (!isObject(meta))
    return void f.errors.push(
      meta === undefined ? required('metadata') : invalid('metadata', meta, 'must be an object'),
    );
  f.warnings.push(...unknownFields(meta, KNOWN_FIELDS.metadata, 'metadata'));
  const name = meta.name;
  if (name === undefined || name === '') {
    if (!options.template) f.errors.push(required('metadata.name'));
  } else if (typeof name !== 'string') f.errors.push(invalid('metadata.name', name, 'must be a string'));
  else f.errors.push(...checkSubdomain('metadata.name', name));
  if (meta.namespace !== undefined && meta.namespace !== 'default') {
    f.errors.push(unsupported('metadata.namespace', meta.namespace, ['default']));
  }
  for (const key of ['labels', 'annotations'] as const) {
    const m = meta[key];
    if (m === undefined) continue;
    if (!isObject(m) || Object.values(m).some((x) => typeof x !== 'string')) {
      f.errors.push(invalid(`metadata.${key}`, m, 'must be a map of string keys to string values'));
    } else if (
      key === 'annotations' &&
      new TextEncoder().encode(Object.entries(m).flat().join('')).length > 262_144
    ) {
      // ValidateAnnotationsSize: keys and values together, in bytes.
      const field = 'metadata.annotations';
      f.errors.push({ field, message: `${field}: Too long: may not be more than 262144 bytes` });
    }
  }
}

/**
 * Containers (of Pods this module validated) whose imagePullPolicy the defaults filled in: the manifest left
 * it out. An update leaves out what it does not write, so such a container keeps the live Pod's policy
 * (applyDiff.ts): `nginx:latest` applied over `nginx:1.27` changes the image only and stays IfNotPresent.
 */
export const pullPolicyDefaulted = new WeakSet<Container>();

/** The API server's defaults for a Pod (pkg/apis/core/v1/defaults.go), filled into the validated copy. */
function withDefaults(input: Record<string, unknown>): Pod {
  const pod = input as Pod & { status?: unknown };
  delete pod.status;
  const meta = (pod.metadata ??= {});
  meta.namespace = 'default';
  const spec = pod.spec ?? { containers: [] };
  pod.spec = spec;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.schedulerName ??= 'default-scheduler';
  spec.securityContext ??= {};
  spec.serviceAccountName ??= 'default';
  spec.serviceAccount ??= spec.serviceAccountName;
  spec.enableServiceLinks ??= true;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  spec.priority ??= 0;
  spec.tolerations ??= ['not-ready', 'unreachable'].map((t) => ({
    key: `node.kubernetes.io/${t}`,
    operator: 'Exists',
    effect: 'NoExecute',
    tolerationSeconds: 300,
  }));
  for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
    const tag = c.image?.split('/').pop()?.split('@')[0]?.split(':')[1];
    if (c.imagePullPolicy === undefined) {
      c.imagePullPolicy = tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
      pullPolicyDefaulted.add(c);
    }
    c.terminationMessagePath ??= '/dev/termination-log';
    c.terminationMessagePolicy ??= 'File';
    c.resources ??= {};
    // A limit without a request requests the limit.
    if (Object.keys(c.resources.limits ?? {}).length > 0)
      c.resources.requests = { ...c.resources.limits, ...c.resources.requests };
    for (const p of c.ports ?? []) p.protocol ??= 'TCP';
    // Kept and shown (describe, -o yaml) though PodScope does not run probes.
    for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
      if (!probe) continue;
      probe.timeoutSeconds ||= 1;
      probe.periodSeconds ||= 10;
      probe.successThreshold ||= 1;
      probe.failureThreshold ||= 3;
      if (probe.httpGet) {
        probe.httpGet.path ||= '/';
        probe.httpGet.scheme ||= 'HTTP';
      }
      if (probe.grpc) probe.grpc.service ??= '';
    }
  }
  return pod;
}

/**
 * Parses (if text), validates and defaults a Pod manifest. Never throws: problems come back as `errors`
 * (`spec.containers[0].image: Required value`) and `warnings` (unknown fields).
 */
export function validatePodManifest(input: unknown, options: ManifestOptions = {}): ManifestResult {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseYaml(input);
    if (parsed.error !== undefined) return { errors: [docError(parsed.error)], warnings: [] };
    value = parsed.value;
  }
  const shapeError = checkShape(value);
  if (shapeError !== undefined) return { errors: [docError(shapeError)], warnings: [] };
  if (!isObject(value))
    return { errors: [docError('manifest must be a YAML or JSON object (a Pod)')], warnings: [] };
  return checkCopy(JSON.parse(JSON.stringify(value)) as Record<string, unknown>, options);
}

/** Validates and defaults a copy of the input: unknown fields are removed from it as they are found. */
function checkCopy(value: Record<string, unknown>, options: ManifestOptions): ManifestResult {
  const f: Findings = { errors: [], warnings: [] };
  // A ReplicaSet's template is a PodTemplateSpec (metadata and spec): a kind and apiVersion are optional there.
  if (options.template && value.kind === undefined && value.apiVersion === undefined)
    Object.assign(value, { kind: 'Pod', apiVersion: 'v1' });
  if (value.kind === undefined) f.errors.push(required('kind'));
  else if (value.kind !== 'Pod') {
    const kind = typeof value.kind === 'string' ? value.kind : JSON.stringify(value.kind);
    const message = `kind: ${kind} is not supported: PodScope simulates Pods (kind: Pod)`;
    return { errors: [{ field: 'kind', message }], warnings: [] };
  }
  if (value.apiVersion === undefined) f.errors.push(required('apiVersion'));
  else if (value.apiVersion !== 'v1') f.errors.push(unsupported('apiVersion', value.apiVersion, ['v1']));
  f.warnings.push(...unknownFields(value, KNOWN_FIELDS.pod, ''));
  checkMetadata(f, value.metadata, options);
  if (value.spec === undefined) f.errors.push(required('spec'));
  else if (!isObject(value.spec)) f.errors.push(invalid('spec', value.spec, 'must be an object'));
  else checkSpec(f, value.spec);
  if (f.errors.length > 0) return f;
  return { pod: withDefaults(value), errors: [], warnings: f.warnings };
}

/** `The Pod "web" is invalid: …` — kubectl's wording for a rejected manifest. */
export function describeErrors(name: string | undefined, errors: readonly FieldError[]): string {
  const lines = errors.map((e) => e.message);
  if (errors.every((e) => e.field === '')) return lines.join('; ');
  const subject = name ? `The Pod "${name}" is invalid: ` : 'The Pod is invalid: ';
  return lines.length === 1
    ? subject + (lines[0] ?? '')
    : `${subject}\n${lines.map((l) => `* ${l}`).join('\n')}`;
}
