/**
 * What the API server's ServiceAccount admission plugin adds to every Pod it admits
 * (plugin/pkg/admission/serviceaccount/admission.go, mountServiceAccountToken): a projected volume
 * `kube-api-access-<5 characters>` with the token, the cluster's CA and the namespace, mounted read-only at
 * /var/run/secrets/kubernetes.io/serviceaccount in each container that mounts nothing there already. Not with
 * `automountServiceAccountToken: false`.
 *
 * The terminal shows Pods as the API server stores them (describe, -o yaml, the files in the container). The
 * simulation keeps the Pod as written, so the canvas draws only the volumes the manifest declares (this one
 * is in every container alike) and `kubectl apply` compares what the user wrote, as its patch does; and
 * the first load carries none of this.
 */
import type { Container, Volume } from 'kubernetes-types/core/v1';
import { isObject } from '../sim/manifestSpec';
import type { Pod } from '../sim/types';
import { hash32 } from './format';

/** serviceaccount.DefaultAPITokenMountPath. */
export const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
/** names.SimpleNameGenerator's characters (utilrand.String): no vowels, no look-alikes. */
const NAME_CHARS = 'bcdfghjklmnpqrstvwxz2456789';
/** serviceaccount.WarnOnlyBoundTokenExpirationSeconds: the token the kubelet requests lives 1 h + 7 s. */
const TOKEN_EXPIRATION_SECONDS = 3607;

/** The projected source of TokenVolumeSource(), in its order: token, the CA, the namespace. */
function tokenVolume(name: string): Volume {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: TOKEN_EXPIRATION_SECONDS, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        {
          downwardAPI: {
            items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }],
          },
        },
      ],
    },
  };
}

/** generateName's 5 random characters, made from the Pod's uid so each view of a Pod names it alike. */
const volumeSuffix = (uid: string): string => charsFrom(`kube-api-access:${uid}`, 5, NAME_CHARS);

const admittedPods = new WeakMap<Pod, Pod>();

/** The Pod as admission stored it (the same object when nothing is added); one object per Pod object. */
export function admitted(pod: Pod): Pod {
  const cached = admittedPods.get(pod);
  if (cached) return cached;
  const result = admit(pod);
  admittedPods.set(pod, result);
  return result;
}

function admit(pod: Pod): Pod {
  const spec = pod.spec;
  if (!spec || spec.automountServiceAccountToken === false) return pod;
  const existing = spec.volumes?.find((v) => v.name.startsWith('kube-api-access-'));
  const name = existing?.name ?? `kube-api-access-${volumeSuffix(pod.metadata?.uid ?? '')}`;
  let needed = false;
  const withMount = (c: Container): Container => {
    if (c.volumeMounts?.some((m) => m.mountPath === TOKEN_MOUNT_PATH)) return c;
    needed = true;
    return {
      ...c,
      volumeMounts: [...(c.volumeMounts ?? []), { name, readOnly: true, mountPath: TOKEN_MOUNT_PATH }],
    };
  };
  const initContainers = spec.initContainers?.map(withMount);
  const containers = spec.containers.map(withMount);
  if (!needed) return pod;
  return {
    ...pod,
    spec: {
      ...spec,
      ...(initContainers ? { initContainers } : {}),
      containers,
      volumes: existing ? spec.volumes : [...(spec.volumes ?? []), tokenVolume(name)],
    },
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64URL = BASE64.replace('+/', '-_');

/** `n` characters of `alphabet` that look random but are the same for `seed` (mulberry32 over its hash). */
function charsFrom(seed: string, n: number, alphabet: string): string {
  let state = hash32(seed);
  let out = '';
  while (out.length < n) {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out += alphabet[((t ^ (t >>> 14)) >>> 0) % alphabet.length];
  }
  return out;
}
const base64url = (text: string): string =>
  btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
/** A version 4 UUID, as the API server gives uids and token ids. */
function uuidFrom(seed: string): string {
  const h = charsFrom(seed, 32, '0123456789abcdef');
  const variant = '89ab'[parseInt(h[16] ?? '0', 16) % 4] ?? '8';
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
}

/** The API server's issuer and audience on minikube (--service-account-issuer). */
const ISSUER = 'https://kubernetes.default.svc.cluster.local';
/** --service-account-extend-token-expiration (default true): the kubelet's 3607 s token is valid a year. */
const EXTENDED_SECONDS = 365 * 24 * 3600;

/**
 * A bound service account token as the TokenRequest API issues it: a JWT whose claims are real (decode the
 * middle part) and whose signature is made up. `issuedAt` in seconds since 1970.
 */
function boundToken(pod: Pod, node: string, issuedAt: number): string {
  const account = pod.spec?.serviceAccountName ?? 'default';
  const claims = {
    aud: [ISSUER],
    exp: issuedAt + EXTENDED_SECONDS,
    iat: issuedAt,
    iss: ISSUER,
    jti: uuidFrom(`jti:${pod.metadata?.uid ?? ''}`),
    'kubernetes.io': {
      namespace: 'default',
      node: { name: node, uid: uuidFrom(`node:${node}`) },
      pod: { name: pod.metadata?.name ?? '', uid: pod.metadata?.uid ?? '' },
      serviceaccount: { name: account, uid: uuidFrom(`serviceaccount:${account}`) },
      warnafter: issuedAt + TOKEN_EXPIRATION_SECONDS,
    },
    nbf: issuedAt,
    sub: `system:serviceaccount:default:${account}`,
  };
  const header = { alg: 'RS256', kid: charsFrom('kid', 43, BASE64URL) };
  const signature = charsFrom(`sig:${pod.metadata?.uid ?? ''}`, 342, BASE64URL);
  return [base64url(JSON.stringify(header)), base64url(JSON.stringify(claims)), signature].join('.');
}

/** kube-root-ca.crt's ca.crt: minikube's CA, PEM (the key material made up). */
function caCertificate(): string {
  const body = `MIIDBjCCAe6gAwIBAgIBATANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwptaW5p${charsFrom('minikubeCA', 1002, BASE64)}==`;
  return `-----BEGIN CERTIFICATE-----\n${body.replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
}

/**
 * The files of the admitted token volume where `container` mounts it: ca.crt, namespace and token, as the
 * kubelet's projected volume writes them. `issuedAt`: when the kubelet asked for the token (ms since 1970).
 */
export function serviceAccountFiles(
  pod: Pod,
  container: Container,
  node: string,
  issuedAt: number,
): Record<string, string> {
  // Admission's volume, not a token volume of the user's own (with its own paths and audience).
  const volume = pod.spec?.volumes?.find((v) => v.name.startsWith('kube-api-access-') && v.projected);
  const mount = container.volumeMounts?.find((m) => m.name === volume?.name);
  if (!volume || !mount) return {};
  const dir = mount.mountPath.replace(/\/+$/, '');
  const contents = {
    'ca.crt': caCertificate(),
    namespace: 'default',
    token: boundToken(pod, node, Math.floor(issuedAt / 1000)),
  };
  // The files themselves are in ..data; the names at the top are links to them (lsCommand shows which).
  const files: Record<string, string> = {};
  for (const [name, content] of Object.entries(contents)) {
    files[`${dir}/${name}`] = content;
    files[`${dir}/..data/${name}`] = content;
  }
  return files;
}

/**
 * A manifest to apply over `current` without what admission added to it: its token volume and the mounts of
 * it. kubectl apply's patch leaves fields the user never applied alone, so `kubectl get pod -o yaml` applied
 * back changes nothing; the simulation, which compares with the Pod as written, must not see them either.
 * Returns `value` itself when there is nothing to take out.
 */
export function withoutAdmission(value: unknown, current: Pod): unknown {
  const name = admitted(current).spec?.volumes?.find((v) => v.name.startsWith('kube-api-access-'))?.name;
  // Not admission's when the Pod as written declares it.
  if (!name || current.spec?.volumes?.some((v) => v.name === name)) return value;
  if (!isObject(value) || !isObject(value.spec)) return value;
  const spec = { ...value.spec };
  let changed = false;
  /** The list without admission's items; absent when that leaves it empty and the Pod as written had none. */
  const without = (
    list: unknown[],
    added: (item: Record<string, unknown>) => boolean,
    written: readonly unknown[] | undefined,
  ): unknown[] | undefined => {
    const kept = list.filter((item) => !(isObject(item) && added(item)));
    if (kept.length !== list.length) changed = true;
    return kept.length > 0 || written !== undefined ? kept : undefined;
  };
  if (Array.isArray(spec.volumes)) {
    const volumes = without(spec.volumes, (v) => v.name === name, current.spec?.volumes);
    if (volumes) spec.volumes = volumes;
    else delete spec.volumes;
  }
  for (const key of ['initContainers', 'containers'] as const) {
    const list = spec[key];
    if (!Array.isArray(list)) continue;
    spec[key] = list.map((c: unknown) => {
      if (!isObject(c) || !Array.isArray(c.volumeMounts)) return c;
      const written = current.spec?.[key]?.find((w) => w.name === c.name)?.volumeMounts;
      const isAdded = (m: Record<string, unknown>) => m.name === name && m.mountPath === TOKEN_MOUNT_PATH;
      const mounts = without(c.volumeMounts, isAdded, written);
      const { volumeMounts: _all, ...rest } = c;
      return mounts ? { ...rest, volumeMounts: mounts } : rest;
    });
  }
  return changed ? { ...value, spec } : value;
}
