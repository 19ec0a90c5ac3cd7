/**
 * Readable builders for the Pods that lessons create, so a scene reads like the YAML it stands for
 * (`pod('web', { containers: [nginx('app')] })`) instead of nested object literals.
 */
import type { Container, Volume, VolumeMount } from 'kubernetes-types/core/v1';
import type { Pod, PodSpec } from '../sim/types';

export function pod(name: string, spec: PodSpec): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: name } }, spec };
}

export function mount(volume: string, mountPath: string): VolumeMount {
  return { name: volume, mountPath };
}

/** An nginx server on port 80 (it stops cleanly on the stop signal, like the real image). */
export function nginx(name: string, ...mounts: VolumeMount[]): Container {
  return {
    name,
    image: 'nginx:1.27',
    ports: [{ containerPort: 80 }],
    ...(mounts.length > 0 ? { volumeMounts: mounts } : {}),
  };
}

/** A busybox container running a shell script (`sh -c`). */
export function shell(name: string, script: string, ...mounts: VolumeMount[]): Container {
  return {
    name,
    image: 'busybox:1.36',
    command: ['sh', '-c', script],
    ...(mounts.length > 0 ? { volumeMounts: mounts } : {}),
  };
}

/** A sidecar: an init container with `restartPolicy: Always` (Kubernetes ≥ 1.29) that runs beside the app. */
export function sidecar(container: Container): Container {
  return { ...container, restartPolicy: 'Always' };
}

export function emptyDir(name: string): Volume {
  return { name, emptyDir: {} };
}

export function claim(name: string, claimName: string): Volume {
  return { name, persistentVolumeClaim: { claimName } };
}

/**
 * A shell script that stops promptly on SIGTERM. The shell is its container's PID 1, and the kernel drops
 * signals PID 1 has no handler for: without the trap, TERM would do nothing and the Pod would take its whole
 * grace period (30 s) to stop. The trap runs at once only while the shell is in `wait`, hence `&`.
 */
export const STOPS_ON_TERM = (command: string): string => `trap 'exit 0' TERM; ${command} & wait`;

/** The running example: nginx and a log shipper that reads nginx's logs through a shared emptyDir. */
export function webWithLogShipper(name = 'web'): Pod {
  const logs = mount('logs', '/var/log/nginx');
  return pod(name, {
    volumes: [emptyDir('logs')],
    initContainers: [sidecar(shell('log-shipper', STOPS_ON_TERM('tail -F /var/log/nginx/access.log'), logs))],
    containers: [nginx('app', logs)],
  });
}

/**
 * A run-to-completion Pod: restartPolicy Never, a worker that would sleep for an hour. `sleep` is PID 1 with no
 * TERM handler, so stopping it takes SIGKILL at the end of the grace period: 5 s here, not the default 30.
 */
export function batchPod(name = 'batch'): Pod {
  return pod(name, {
    restartPolicy: 'Never',
    terminationGracePeriodSeconds: 5,
    containers: [{ name: 'worker', image: 'busybox:1.36', command: ['sleep', '3600'] }],
  });
}
