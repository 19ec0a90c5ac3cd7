/**
 * Field-level helpers for manifest validation: Kubernetes-style messages (`<path>: Required value`, …), name
 * formats (apimachinery validation.IsDNS1123Subdomain / IsDNS1123Label) and the known-field lists that turn
 * unknown fields into warnings, like `kubectl apply` does.
 */

export interface FieldError {
  /** Field path, e.g. `spec.containers[0].image` (empty for whole-document errors). */
  field: string;
  /** The full Kubernetes-style message, e.g. `spec.containers[0].image: Required value`. */
  message: string;
}

/** Go `%v`-ish rendering of a bad value in messages: strings quoted, others as JSON. */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

export const required = (field: string): FieldError => ({ field, message: `${field}: Required value` });
export const invalid = (field: string, value: unknown, detail: string): FieldError => ({
  field,
  message: `${field}: Invalid value: ${showValue(value)}: ${detail}`,
});
export const duplicate = (field: string, value: unknown): FieldError => ({
  field,
  message: `${field}: Duplicate value: ${showValue(value)}`,
});
export const unsupported = (field: string, value: unknown, supported: readonly string[]): FieldError => ({
  field,
  message: `${field}: Unsupported value: ${showValue(value)}: supported values: ${supported.map((s) => `"${s}"`).join(', ')}`,
});
export const notFound = (field: string, value: unknown): FieldError => ({
  field,
  message: `${field}: Not found: ${showValue(value)}`,
});
export const forbidden = (field: string, detail: string): FieldError => ({
  field,
  message: `${field}: Forbidden: ${detail}`,
});

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** apimachinery IsDNS1123Subdomain messages (object names). */
export function checkSubdomain(field: string, value: string): FieldError[] {
  const errors: FieldError[] = [];
  if (value.length > 253) errors.push(invalid(field, value, 'must be no more than 253 characters'));
  if (!DNS1123_SUBDOMAIN.test(value)) {
    errors.push(
      invalid(
        field,
        value,
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ),
    );
  }
  return errors;
}

/** apimachinery IsDNS1123Label messages (container and volume names). */
export function checkLabel(field: string, value: string): FieldError[] {
  const errors: FieldError[] = [];
  if (value.length > 63) errors.push(invalid(field, value, 'must be no more than 63 characters'));
  if (!DNS1123_LABEL.test(value)) {
    errors.push(
      invalid(
        field,
        value,
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
      ),
    );
  }
  return errors;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const KNOWN_FIELDS = {
  pod: words('apiVersion kind metadata spec status'),
  metadata:
    words(`name generateName namespace uid resourceVersion generation creationTimestamp deletionTimestamp
    deletionGracePeriodSeconds labels annotations ownerReferences finalizers managedFields selfLink`),
  spec: words(`volumes initContainers containers ephemeralContainers restartPolicy terminationGracePeriodSeconds
    activeDeadlineSeconds dnsPolicy nodeSelector serviceAccountName serviceAccount automountServiceAccountToken
    nodeName hostNetwork hostPID hostIPC shareProcessNamespace securityContext imagePullSecrets hostname subdomain
    affinity schedulerName tolerations hostAliases priorityClassName priority dnsConfig readinessGates
    runtimeClassName enableServiceLinks preemptionPolicy overhead topologySpreadConstraints setHostnameAsFQDN os
    hostUsers schedulingGates resourceClaims resources`),
  container: words(`name image command args workingDir ports envFrom env resources resizePolicy restartPolicy
    restartPolicyRules volumeMounts volumeDevices livenessProbe readinessProbe startupProbe lifecycle
    terminationMessagePath terminationMessagePolicy imagePullPolicy securityContext stdin stdinOnce tty`),
  port: words('name hostPort containerPort protocol hostIP'),
  volumeMount: words('name readOnly recursiveReadOnly mountPath subPath mountPropagation subPathExpr'),
  volume:
    words(`name hostPath emptyDir gcePersistentDisk awsElasticBlockStore gitRepo secret nfs iscsi glusterfs
    persistentVolumeClaim rbd flexVolume cinder cephfs flocker downwardAPI fc azureFile configMap vsphereVolume
    quobyte azureDisk photonPersistentDisk projected portworxVolume scaleIO storageos csi ephemeral image`),
};

/** Volume source fields (every Volume field but `name`). */
export const VOLUME_SOURCES = [...KNOWN_FIELDS.volume].filter((f) => f !== 'name');

/**
 * `unknown field "<path>"` warnings for keys outside `known`, and those keys removed from `obj` (a copy of the
 * input), as the API server drops them (field validation "Warn"): `kubectl get -o yaml` and a later apply's
 * comparison see only real fields.
 */
export function unknownFields(
  obj: Record<string, unknown>,
  known: ReadonlySet<string>,
  path: string,
): string[] {
  const unknown = Object.keys(obj).filter((k) => !known.has(k));
  for (const k of unknown) delete obj[k];
  return unknown.map((k) => `unknown field "${path ? `${path}.` : ''}${k}"`);
}
