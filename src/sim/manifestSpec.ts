/**
 * Validation of a Pod's spec: containers, init containers, volumes and the namespace switches, with the field
 * paths and wording of pkg/apis/core/validation/validation.go (ValidatePodSpec and friends).
 */
import {
  KNOWN_FIELDS,
  VOLUME_SOURCES,
  checkLabel,
  duplicate,
  forbidden,
  invalid,
  notFound,
  required,
  unknownFields,
  unsupported,
  type FieldError,
} from './manifestFields';
import { QUANTITY_ERROR, quantityValue } from './quantity';

type Obj = Record<string, unknown>;

export interface Findings {
  errors: FieldError[];
  warnings: string[];
}

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const;
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;
const BOOL_FIELDS = ['hostNetwork', 'hostPID', 'hostIPC', 'shareProcessNamespace', 'hostUsers'] as const;

function checkStringArray(f: Findings, path: string, v: unknown): void {
  if (v === undefined) return;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    f.errors.push(invalid(path, v, 'must be a list of strings'));
  }
}

function checkPorts(f: Findings, path: string, ports: unknown): void {
  if (ports === undefined) return;
  if (!Array.isArray(ports)) return void f.errors.push(invalid(path, ports, 'must be a list'));
  ports.forEach((p: unknown, i) => {
    const pp = `${path}[${i}]`;
    if (!isObject(p)) return void f.errors.push(invalid(pp, p, 'must be an object'));
    f.warnings.push(...unknownFields(p, KNOWN_FIELDS.port, pp));
    const port = p.containerPort;
    if (port === undefined) f.errors.push(required(`${pp}.containerPort`));
    else if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
      f.errors.push(invalid(`${pp}.containerPort`, port, 'must be between 1 and 65535, inclusive'));
    }
    if (p.protocol !== undefined && !PROTOCOLS.includes(p.protocol as never)) {
      f.errors.push(unsupported(`${pp}.protocol`, p.protocol, PROTOCOLS));
    }
  });
}

/** Requests and limits (ValidateContainerResourceRequirements): values ≥ 0, a request at most its limit. */
function checkResources(f: Findings, path: string, r: unknown): void {
  if (r === undefined) return;
  if (!isObject(r)) return void f.errors.push(invalid(path, r, 'must be an object'));
  for (const kind of ['limits', 'requests'] as const) {
    const list = r[kind];
    if (list === undefined) continue;
    if (!isObject(list)) {
      f.errors.push(invalid(`${path}.${kind}`, list, 'must be an object'));
      continue;
    }
    for (const [name, quantity] of Object.entries(list)) {
      const value = quantityValue(quantity);
      const limit = isObject(r.limits) ? r.limits[name] : undefined;
      if (Number.isNaN(value)) {
        // Not a validation error: the request fails decoding, so this is all the API server says.
        if (!f.errors.some((e) => e.message === QUANTITY_ERROR))
          f.errors.push({ field: '', message: QUANTITY_ERROR });
      } else if (value < 0) {
        f.errors.push(
          invalid(`${path}.${kind}[${name}]`, String(quantity), 'must be greater than or equal to 0'),
        );
      } else if (kind === 'requests' && quantityValue(limit) < value) {
        f.errors.push(
          invalid(
            `${path}.requests`,
            String(quantity),
            `must be less than or equal to ${name} limit of ${String(limit)}`,
          ),
        );
      }
    }
  }
}

function checkContainer(f: Findings, path: string, c: unknown, isInit: boolean, volumes: Set<string>): void {
  if (!isObject(c)) return void f.errors.push(invalid(path, c, 'must be an object'));
  f.warnings.push(...unknownFields(c, KNOWN_FIELDS.container, path));
  if (c.image === undefined || c.image === '') f.errors.push(required(`${path}.image`));
  else if (typeof c.image !== 'string') f.errors.push(invalid(`${path}.image`, c.image, 'must be a string'));
  checkStringArray(f, `${path}.command`, c.command);
  checkStringArray(f, `${path}.args`, c.args);
  checkPorts(f, `${path}.ports`, c.ports);
  checkResources(f, `${path}.resources`, c.resources);
  if (c.imagePullPolicy !== undefined && !PULL_POLICIES.includes(c.imagePullPolicy as never)) {
    f.errors.push(unsupported(`${path}.imagePullPolicy`, c.imagePullPolicy, PULL_POLICIES));
  }
  if (c.restartPolicy !== undefined) {
    if (!isInit) f.errors.push(forbidden(`${path}.restartPolicy`, 'may not be set for non-init containers'));
    else if (c.restartPolicy !== 'Always')
      f.errors.push(unsupported(`${path}.restartPolicy`, c.restartPolicy, ['Always']));
  }
  const mounts = c.volumeMounts;
  if (mounts === undefined) return;
  if (!Array.isArray(mounts))
    return void f.errors.push(invalid(`${path}.volumeMounts`, mounts, 'must be a list'));
  const paths = new Set<string>();
  mounts.forEach((m: unknown, i) => {
    const mp = `${path}.volumeMounts[${i}]`;
    if (!isObject(m)) return void f.errors.push(invalid(mp, m, 'must be an object'));
    f.warnings.push(...unknownFields(m, KNOWN_FIELDS.volumeMount, mp));
    if (typeof m.name !== 'string' || m.name === '') f.errors.push(required(`${mp}.name`));
    else if (!volumes.has(m.name)) f.errors.push(notFound(`${mp}.name`, m.name));
    if (typeof m.mountPath !== 'string' || m.mountPath === '') f.errors.push(required(`${mp}.mountPath`));
    else if (paths.has(m.mountPath)) f.errors.push(invalid(`${mp}.mountPath`, m.mountPath, 'must be unique'));
    else paths.add(m.mountPath);
    if (m.readOnly !== undefined && typeof m.readOnly !== 'boolean') {
      f.errors.push(invalid(`${mp}.readOnly`, m.readOnly, 'must be a boolean'));
    }
  });
}

function checkVolumes(f: Findings, volumes: unknown): Set<string> {
  const names = new Set<string>();
  if (volumes === undefined) return names;
  if (!Array.isArray(volumes)) {
    f.errors.push(invalid('spec.volumes', volumes, 'must be a list'));
    return names;
  }
  volumes.forEach((v: unknown, i) => {
    const vp = `spec.volumes[${i}]`;
    if (!isObject(v)) return void f.errors.push(invalid(vp, v, 'must be an object'));
    f.warnings.push(...unknownFields(v, KNOWN_FIELDS.volume, vp));
    if (typeof v.name !== 'string' || v.name === '') f.errors.push(required(`${vp}.name`));
    else if (names.has(v.name)) f.errors.push(duplicate(`${vp}.name`, v.name));
    else {
      f.errors.push(...checkLabel(`${vp}.name`, v.name));
      names.add(v.name);
    }
    const sources = VOLUME_SOURCES.filter((s) => v[s] !== undefined);
    if (sources.length === 0)
      f.errors.push({ field: vp, message: `${vp}: Required value: must specify a volume type` });
    if (sources.length > 1)
      f.errors.push(forbidden(`${vp}.${sources[1]}`, 'may not specify more than 1 volume type'));
    const pvc = v.persistentVolumeClaim;
    if (pvc !== undefined && (!isObject(pvc) || typeof pvc.claimName !== 'string' || pvc.claimName === '')) {
      f.errors.push(required(`${vp}.persistentVolumeClaim.claimName`));
    }
  });
  return names;
}

/** Validates `spec` (already known to be an object). */
export function checkSpec(f: Findings, spec: Obj): void {
  f.warnings.push(...unknownFields(spec, KNOWN_FIELDS.spec, 'spec'));
  const volumes = checkVolumes(f, spec.volumes);
  const names = new Set<string>();
  const lists: [string, unknown, boolean][] = [
    ['spec.initContainers', spec.initContainers, true],
    ['spec.containers', spec.containers, false],
  ];
  for (const [path, list, isInit] of lists) {
    if (list === undefined && isInit) continue;
    if (!Array.isArray(list) || (list.length === 0 && !isInit)) {
      f.errors.push(
        list === undefined || Array.isArray(list) ? required(path) : invalid(path, list, 'must be a list'),
      );
      continue;
    }
    list.forEach((c: unknown, i) => {
      const cp = `${path}[${i}]`;
      const name = isObject(c) ? c.name : undefined;
      if (name === undefined || name === '') f.errors.push(required(`${cp}.name`));
      else if (typeof name !== 'string') f.errors.push(invalid(`${cp}.name`, name, 'must be a string'));
      // Init and regular container names share one namespace (validateContainers/validateInitContainers).
      else if (names.has(name)) f.errors.push(duplicate(`${cp}.name`, name));
      else {
        f.errors.push(...checkLabel(`${cp}.name`, name));
        names.add(name);
      }
      checkContainer(f, cp, c, isInit, volumes);
    });
  }
  if (spec.restartPolicy !== undefined && !RESTART_POLICIES.includes(spec.restartPolicy as never)) {
    f.errors.push(unsupported('spec.restartPolicy', spec.restartPolicy, RESTART_POLICIES));
  }
  const grace = spec.terminationGracePeriodSeconds;
  if (grace !== undefined && (typeof grace !== 'number' || !Number.isInteger(grace) || grace < 0)) {
    f.errors.push(invalid('spec.terminationGracePeriodSeconds', grace, 'must be greater than or equal to 0'));
  }
  for (const b of BOOL_FIELDS) {
    if (spec[b] !== undefined && typeof spec[b] !== 'boolean')
      f.errors.push(invalid(`spec.${b}`, spec[b], 'must be a boolean'));
  }
  if (spec.shareProcessNamespace === true && spec.hostPID === true) {
    f.errors.push(
      invalid('spec.shareProcessNamespace', true, 'ShareProcessNamespace and HostPID cannot both be enabled'),
    );
  }
  if (
    spec.hostUsers === false &&
    (spec.hostNetwork === true || spec.hostPID === true || spec.hostIPC === true)
  ) {
    f.errors.push(
      forbidden('spec.hostUsers', 'may not be false when hostNetwork, hostPID or hostIPC is true'),
    );
  }
  if (spec.nodeName !== undefined && typeof spec.nodeName !== 'string') {
    f.errors.push(invalid('spec.nodeName', spec.nodeName, 'must be a string'));
  }
}
