/**
 * The programs `kubectl exec` can run in a simulated container. Each answers from the container's namespaces:
 * uts (hostname), net (ip, curl), pid (ps), mnt (ls, cat), ipc (ipcs), user (/proc/self/uid_map).
 */
import { splitWords } from './args';
import { curlCommand } from './curl';
import { fail, ok, type ExecEnv, type ExecResult } from './execEnv';
import { hexFrom } from './format';
import { IMAGE_COMMANDS, NODE_COMMANDS, notSimulated } from './notSimulated';
import { ipCommand } from './ipAddr';
import { catCommand, lsCommand } from './lsCommand';
import { busyBoxImage, hostnameOf, imageBase } from './processes';
import { psCommand } from './psCommand';

/**
 * Official images built on slim Debian with neither procps (ps, top) nor iproute2 (ip): nginx's Dockerfile
 * adds only nginx, gettext-base and curl to debian:*-slim; httpd and redis add no such tools either. (Their
 * Alpine variants have BusyBox's.)
 */
const SLIM_DEBIAN = new Set(['nginx', 'httpd', 'redis']);

/** `ps` or `ip` in a slim Debian image: the runtime's error, then where PodScope suggests running it. */
function notInSlimImage(env: ExecEnv, program: string, name: string): ExecResult {
  const missing = notFound(env, program);
  const template =
    env.ctx.slimImage ??
    '{image} has no {command}: the image is slim Debian, without procps or iproute2. BusyBox images have both.';
  const note = template.replace('{image}', imageBase(env.container.image)).replace('{command}', name);
  return { ...missing, note };
}

/** Programs the terminal knows, for Tab completion after `--`. */
export const EXEC_PROGRAMS = ['hostname', 'ip', 'ps', 'ls', 'cat', 'ipcs', 'curl', 'echo', 'id', 'sh'];

/** `exit` < 0 means the runtime could not start the program: kubectl prints `out` as its error. */
export const START_FAILED = -1;

/** util-linux ipcs.c headers: title, then `%-Ns` columns (the widths differ per section). */
const IPCS_SECTIONS = {
  q: [
    '------ Message Queues --------',
    'key msqid owner perms used-bytes messages',
    [10, 10, 10, 10, 12, 12],
  ],
  m: [
    '------ Shared Memory Segments --------',
    'key shmid owner perms bytes nattch status',
    [10, 10, 10, 10, 10, 10, 12],
  ],
  s: ['------ Semaphore Arrays --------', 'key semid owner perms nsems', [10, 10, 10, 10, 10]],
} as const;

/** util-linux `ipcs`: a fresh IPC namespace (the Pod's, shared by its containers) has no objects yet. */
function ipcs(args: readonly string[]): ExecResult {
  const wanted = (['q', 'm', 's'] as const).filter((k) =>
    args.some((a) => a.startsWith('-') && a.includes(k)),
  );
  const sections = (wanted.length > 0 ? wanted : (['q', 'm', 's'] as const)).map((k) => {
    const [title, columns, widths] = IPCS_SECTIONS[k];
    const head = columns
      .split(' ')
      .map((c, i) => c.padEnd(widths[i] ?? 10))
      .join(' ');
    return `\n${title}\n${head}\n`;
  });
  return ok(sections.join(''));
}

/** runc's exec.LookPath: a bare name is searched in $PATH, a path is stat'ed. */
function notFound(env: ExecEnv, program: string): ExecResult {
  const execId = hexFrom(`${env.container.id}:${program}:${env.ctx.now}`, 64);
  const why = program.includes('/')
    ? `stat ${program}: no such file or directory`
    : 'executable file not found in $PATH';
  return fail(
    `error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${execId}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": ${why}: unknown`,
    START_FAILED,
  );
}

/**
 * `sh -c 'a; b && c || d'`: simple commands (no pipes or variables) as dash runs them: `&&` runs the next only
 * after a success, `||` only after a failure, `;` and newlines always. One that cannot be found prints
 * `sh: 1: X: not found` (exit 127). Without -c there is no TTY: stdin is empty.
 */
function shell(env: ExecEnv, args: readonly string[], depth: number): ExecResult {
  if (args[0] !== '-c') return ok('');
  if (depth > 3) return fail('sh: too many nested shells', 2);
  // Commands at even indexes, the separator before each at the odd index before it.
  const parts = (args[1] ?? '').split(/(;|&&|\|\||\n)/);
  const results: ExecResult[] = [];
  let exit = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const words = splitWords(parts[i] ?? '');
    const separator = parts[i - 1];
    if (words.length === 0) continue;
    if ((separator === '&&' && exit !== 0) || (separator === '||' && exit === 0)) continue;
    const r = runInContainer(env, words, depth + 1);
    const result =
      r.exit === START_FAILED
        ? { ...fail(`sh: 1: ${r.out.replace(/^.*exec: "([^"]*)".*$/s, '$1')}: not found`, 127), note: r.note }
        : r;
    results.push(result);
    exit = result.exit;
  }
  const outputs = results.map((r) => r.out).filter((o) => o !== '');
  // A note said once is enough (`rm a; rm b`).
  const notes = [...new Set(results.map((r) => r.note ?? '').filter((n) => n !== ''))];
  return { out: outputs.join('\n'), exit, note: notes.join('\n') || undefined };
}

/** Runs argv in the container; `depth` stops `sh -c 'sh -c …'` recursion. */
export function runInContainer(env: ExecEnv, argv: readonly string[], depth = 0): ExecResult {
  const [program = '', ...args] = argv;
  const name = program.slice(program.lastIndexOf('/') + 1);
  const busybox = busyBoxImage(env.container.image);
  if ((name === 'ps' || name === 'ip') && !busybox && SLIM_DEBIAN.has(imageBase(env.container.image)))
    return notInSlimImage(env, program, name);
  switch (name) {
    case 'hostname':
      return ok(args.includes('-i') ? (env.sandbox?.ip ?? '') : hostnameOf(env.pod, env.node));
    case 'ip':
      return ipCommand(env, args);
    case 'ps':
      return psCommand(env, argv);
    case 'ls':
      return lsCommand(env, args);
    case 'cat':
      return catCommand(env, args);
    case 'ipcs':
      return ipcs(args);
    case 'curl':
      return curlCommand(env, args);
    case 'echo':
      return ok(args.join(' '));
    case 'id':
      return ok('uid=0(root) gid=0(root) groups=0(root)');
    case 'true':
      return ok('');
    case 'false':
      return fail('', 1);
    case 'bash':
    case 'sh':
      // BusyBox images have sh but no bash.
      if (name === 'bash' && busybox) return notFound(env, program);
      // `kubectl exec -it web -- sh`: an interactive shell is not simulated; one command per exec is.
      if (env.interactive && depth === 0 && args.length === 0)
        return { out: '', exit: 0, note: notSimulated(env.ctx, `kubectl exec -it … -- ${program}`) };
      return shell(env, args, depth);
    default:
      // In the image, just not simulated: say so, not "not found". (nginx has no ping; BusyBox has it.)
      return (busybox ? NODE_COMMANDS : IMAGE_COMMANDS).has(name)
        ? { out: '', exit: 0, note: notSimulated(env.ctx, name) }
        : notFound(env, program);
  }
}
