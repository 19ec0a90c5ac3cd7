/**
 * `ls [-l] PATH` and `cat FILE` inside a container: the image's top-level directories, the container's own
 * writable layer and the volumes it mounts (`listFiles` from the simulation), the kubelet's /etc files and
 * /proc/self/ns and /proc/<pid>/ns. Not a filesystem: enough to see that two containers see the same emptyDir.
 */
import { listFiles } from '../sim/files';
import { fail, ok, visibleProcesses, type ExecEnv, type ExecResult } from './execEnv';
import { EPOCH_MS, lsDate } from './format';
import { imageBase } from './processes';
import { etcFiles, nsLinks, nsLongListing } from './procfs';
import { serviceAccountFiles } from './serviceAccount';

const ROOT_DIRS: Record<string, string[]> = {
  busybox: ['bin', 'dev', 'etc', 'home', 'lib', 'lib64', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'],
  alpine: [
    'bin',
    'dev',
    'etc',
    'home',
    'lib',
    'media',
    'mnt',
    'opt',
    'proc',
    'root',
    'run',
    'sbin',
    'srv',
    'sys',
    'tmp',
    'usr',
    'var',
  ],
  debian: [
    'bin',
    'boot',
    'dev',
    'etc',
    'home',
    'lib',
    'lib64',
    'media',
    'mnt',
    'opt',
    'proc',
    'root',
    'run',
    'sbin',
    'srv',
    'sys',
    'tmp',
    'usr',
    'var',
  ],
};

interface Entry {
  dir: boolean;
  /** A symbolic link's target (its size is the target's length). */
  link?: string;
  size: number;
}

/**
 * A projected volume's files are symbolic links into its `..data` directory, which the kubelet swaps
 * atomically when it writes new contents (AtomicWriter).
 */
function linkTarget(path: string, links: ReadonlySet<string>): string | undefined {
  return links.has(path) ? `..data/${path.slice(path.lastIndexOf('/') + 1)}` : undefined;
}

function fileEntry(path: string, files: Map<string, string>, links: ReadonlySet<string>): Entry {
  const link = linkTarget(path, links);
  return link ? { dir: false, link, size: link.length } : { dir: false, size: files.get(path)?.length ?? 0 };
}

/** Absolute, normalised path ("." and ".." resolved against "/", the images' working directory). */
export function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Every file the container can see, with its content; `links` gets the ones that are symbolic links. */
function allFiles(env: ExecEnv, links = new Set<string>()): Map<string, string> {
  const files = new Map(Object.entries(etcFiles(env)).filter(([p]) => p.startsWith('/etc/')));
  for (const f of listFiles(env.ctx.query.snapshot(), env.container.podName, env.container.name, '/')) {
    files.set(f.path, f.content);
  }
  // The token volume the kubelet set up as the Pod started.
  const started = Date.parse(env.pod.status?.startTime ?? env.pod.metadata?.creationTimestamp ?? '');
  const account = serviceAccountFiles(env.pod, env.spec, env.node?.name ?? '', started || EPOCH_MS);
  for (const [path, content] of Object.entries(account)) {
    files.set(path, content);
    if (!path.includes('/..data/')) links.add(path);
  }
  return files;
}

/** Children of `dir` (name → entry), or undefined if `dir` does not exist. */
function children(
  env: ExecEnv,
  dir: string,
  files: Map<string, string>,
  links: ReadonlySet<string> = new Set(),
): Map<string, Entry> | undefined {
  const out = new Map<string, Entry>();
  const prefix = dir === '/' ? '/' : `${dir}/`;
  const image = imageBase(env.container.image);
  if (dir === '/')
    for (const d of ROOT_DIRS[image] ?? ROOT_DIRS.debian ?? []) out.set(d, { dir: true, size: 4096 });
  const mounts = (env.spec.volumeMounts ?? []).map((m) => normalisePath(m.mountPath));
  for (const path of [...files.keys(), ...mounts.map((m) => `${m}/`)]) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    if (rest === '') continue;
    const slash = rest.indexOf('/');
    const name = slash < 0 ? rest : rest.slice(0, slash);
    out.set(name, slash < 0 ? fileEntry(path, files, links) : { dir: true, size: 4096 });
  }
  const exists =
    dir === '/' || out.size > 0 || mounts.includes(dir) || ['/etc', '/proc', '/tmp'].includes(dir);
  return exists ? out : undefined;
}

function longLine(name: string, e: Entry, sizeWidth: number, date: string): string {
  const mode = e.dir ? 'drwxr-xr-x 2' : e.link ? 'lrwxrwxrwx 1' : '-rw-r--r-- 1';
  const shown = e.link ? `${name} -> ${e.link}` : name;
  return `${mode} root root ${String(e.size).padStart(sizeWidth)} ${date} ${shown}`;
}

/** `ls [-l] [-a] [PATH...]`. */
export function lsCommand(env: ExecEnv, args: readonly string[]): ExecResult {
  const long = args.some((a) => /^-[a-zA-Z]*l/.test(a));
  // -a: the names that start with a dot too, and . and .. first.
  const all = args.some((a) => /^-[a-zA-Z]*a/.test(a));
  const paths = args.filter((a) => !a.startsWith('-'));
  const targets = paths.length === 0 ? ['/'] : paths;
  const links = new Set<string>();
  const files = allFiles(env, links);
  const date = lsDate(env.container.startedAt ?? env.ctx.now);
  const blocks: string[] = [];
  const errors: string[] = [];
  for (const raw of targets) {
    const path = normalisePath(raw);
    // /proc/self/ns, or /proc/<pid>/ns of a process in the container's PID namespace: PID 1 is the
    // container's own process, or pause with shareProcessNamespace (whose mnt and cgroup differ).
    const proc = /^\/proc\/(self|\d+)\/ns$/.exec(path)?.[1];
    const ns =
      proc === 'self'
        ? env.container.namespaces
        : visibleProcesses(env).find((p) => String(p.pid) === proc)?.proc.ns;
    if (ns) {
      blocks.push(
        long
          ? nsLongListing(env, ns)
          : nsLinks(ns)
              .map((l) => l.name)
              .join('\n'),
      );
      continue;
    }
    if (files.has(path)) {
      const entry = fileEntry(path, files, links);
      blocks.push(long ? longLine(raw, entry, String(entry.size).length, date) : raw);
      continue;
    }
    const list = children(env, path, files, links);
    if (!list) {
      errors.push(`ls: cannot access '${raw}': No such file or directory`);
      continue;
    }
    const names = [...list.keys()].filter((n) => all || !n.startsWith('.')).sort();
    if (all) names.unshift('.', '..');
    const width = Math.max(1, ...names.map((n) => String(list.get(n)?.size ?? 0).length));
    const body = long
      ? [
          // 4 KiB blocks: a symbolic link's target fits in its inode.
          `total ${names.filter((n) => !list.get(n)?.link).length * 4}`,
          ...names.map((n) => longLine(n, list.get(n) ?? { dir: true, size: 4096 }, width, date)),
        ]
      : names;
    blocks.push(targets.length > 1 ? [`${raw}:`, ...body].join('\n') : body.join('\n'));
  }
  const out = [...errors, ...blocks.filter((b) => b !== '')].join(targets.length > 1 ? '\n\n' : '\n');
  return errors.length > 0 ? fail(out, 2) : ok(out);
}

/** `cat FILE...`. */
export function catCommand(env: ExecEnv, args: readonly string[]): ExecResult {
  const special = etcFiles(env);
  const files = allFiles(env);
  const out: string[] = [];
  let exit = 0;
  for (const raw of args.filter((a) => !a.startsWith('-'))) {
    const path = normalisePath(raw);
    const content = special[path] ?? files.get(path);
    if (content !== undefined) out.push(content.replace(/\n$/, ''));
    else {
      exit = 1;
      out.push(
        children(env, path, files) ? `cat: ${raw}: Is a directory` : `cat: ${raw}: No such file or directory`,
      );
    }
  }
  return { out: out.join('\n'), exit };
}
