/**
 * Pod volumes: an `emptyDir` belongs to the Pod (it survives container restarts and sandbox re-creation and is
 * deleted with the Pod); a `persistentVolumeClaim`'s data is kept by claim name and outlives every Pod that
 * mounts it. Anything written outside a mount goes to the container instance's own writable layer and is lost
 * when that container restarts.
 */
import type { ContainerState, PodState, SimState } from './state';
import type { PodSpec, VolumeInfo } from './types';

type Container = PodSpec['containers'][number];
type Volume = NonNullable<PodSpec['volumes']>[number];

function volumeKind(v: Volume): VolumeInfo['kind'] {
  if (v.emptyDir !== undefined) return 'emptyDir';
  if (v.persistentVolumeClaim !== undefined) return 'persistentVolumeClaim';
  return 'other';
}

function allContainers(spec: PodSpec): Container[] {
  return [...(spec.initContainers ?? []), ...spec.containers];
}

function volumeFiles(state: SimState, pod: PodState, v: Volume): Record<string, string> {
  if (v.emptyDir !== undefined) return pod.emptyDirs[v.name] ?? {};
  const claim = v.persistentVolumeClaim?.claimName;
  return claim !== undefined ? (state.claims[claim] ?? {}) : {};
}

/** `volumes()`: per live Pod, each volume, who mounts it where, and its files (copies). */
export function listVolumes(state: SimState, pods: readonly PodState[]): VolumeInfo[] {
  const out: VolumeInfo[] = [];
  for (const pod of pods) {
    const spec = pod.manifest.spec as PodSpec;
    for (const v of spec.volumes ?? []) {
      const claimName = v.persistentVolumeClaim?.claimName;
      out.push({
        podName: pod.name,
        name: v.name,
        kind: volumeKind(v),
        ...(claimName !== undefined ? { claimName } : {}),
        mounts: allContainers(spec).flatMap((c) =>
          (c.volumeMounts ?? [])
            .filter((m) => m.name === v.name)
            .map((m) => ({ container: c.name, mountPath: m.mountPath, readOnly: m.readOnly === true })),
        ),
        files: { ...volumeFiles(state, pod, v) },
      });
    }
  }
  return out;
}

export type WriteTarget =
  | { kind: 'volume'; files: () => Record<string, string>; relative: string }
  | { kind: 'rootfs'; instance: ContainerState };

/** Where a write lands: the longest mountPath that contains `path`, else the instance's rootfs. Throws if refused. */
export function resolveWrite(
  state: SimState,
  pod: PodState,
  container: Container,
  instance: ContainerState,
  path: string,
): WriteTarget {
  if (!path.startsWith('/')) throw new Error(`writeFile: path must be absolute, got ${JSON.stringify(path)}`);
  const spec = pod.manifest.spec as PodSpec;
  const mount = (container.volumeMounts ?? [])
    .filter((m) => path === m.mountPath || path.startsWith(m.mountPath.replace(/\/+$/, '') + '/'))
    .sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
  if (mount === undefined) return { kind: 'rootfs', instance };
  const relative = path.slice(mount.mountPath.replace(/\/+$/, '').length).replace(/^\/+/, '');
  if (relative === '')
    throw new Error(`writeFile: ${path} is a directory (the mount point of volume "${mount.name}")`);
  const volume = (spec.volumes ?? []).find((v) => v.name === mount.name);
  if (mount.readOnly === true || volume === undefined || volumeKind(volume) === 'other') {
    throw new Error(`writeFile: cannot write ${path}: read-only file system`);
  }
  if (volume.emptyDir !== undefined) {
    return { kind: 'volume', relative, files: () => (pod.emptyDirs[volume.name] ??= {}) };
  }
  const claim = volume.persistentVolumeClaim?.claimName ?? '';
  return { kind: 'volume', relative, files: () => (state.claims[claim] ??= {}) };
}

export function applyWrite(target: WriteTarget, path: string, content: string): void {
  if (target.kind === 'rootfs') target.instance.rootfs[path] = content;
  else target.files()[target.relative] = content;
}

/** PVC data springs into existence when a Pod mounting the claim is created. */
export function ensureClaims(state: SimState, spec: PodSpec): void {
  for (const v of spec.volumes ?? []) {
    const claim = v.persistentVolumeClaim?.claimName;
    if (claim !== undefined) state.claims[claim] ??= {};
  }
}
