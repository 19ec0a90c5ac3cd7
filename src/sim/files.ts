/**
 * A pure read helper for the terminal (`kubectl exec … -- ls`): the files a container sees, from a snapshot —
 * its own writable layer plus the volumes it mounts.
 */
import type { SimState } from './state';
import type { PodSpec, SimSnapshot } from './types';

export interface FileEntry {
  path: string;
  content: string;
}

/** Files visible in `container` of `pod` under `dir` (absolute paths, sorted). Unknown pod/container → []. */
export function listFiles(snapshot: SimSnapshot, pod: string, container: string, dir = '/'): FileEntry[] {
  const state = snapshot as unknown as SimState;
  const p = state.pods.find((x) => x.name === pod && !x.removedFromApi);
  if (p === undefined) return [];
  const spec = p.manifest.spec as PodSpec;
  const c = [...(spec.initContainers ?? []), ...spec.containers].find((x) => x.name === container);
  if (c === undefined) return [];
  const files = new Map<string, string>();
  const instance = [...p.containers].reverse().find((x) => x.name === container);
  for (const [path, content] of Object.entries(instance?.rootfs ?? {})) files.set(path, content);
  for (const m of c.volumeMounts ?? []) {
    const v = (spec.volumes ?? []).find((x) => x.name === m.name);
    const claim = v?.persistentVolumeClaim?.claimName;
    const data =
      v?.emptyDir !== undefined ? p.emptyDirs[v.name] : claim !== undefined ? state.claims[claim] : undefined;
    const base = m.mountPath.replace(/\/+$/, '');
    for (const [rel, content] of Object.entries(data ?? {})) files.set(`${base}/${rel}`, content);
  }
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return [...files.entries()]
    .filter(([path]) => dir === '/' || path === dir || path.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, content]) => ({ path, content }));
}
