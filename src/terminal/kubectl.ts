/** `kubectl`: sub-command dispatch and flag parsing (cobra/pflag wording for mistakes). */
import { parseArgs, UsageError, type FlagSpec } from './args';
import { kubectlApply, kubectlDelete } from './kubectlChange';
import { kubectlDescribe } from './kubectlDescribe';
import { kubectlExec, kubectlLogs } from './kubectlExec';
import { kubectlGet } from './kubectlGet';
import type { CommandResult, TerminalContext } from './types';
import { notSimulated } from './notSimulated';
import { startPodWatch } from './watch';
import { stripPodPrefix } from './world';

export const KUBECTL_COMMANDS = ['get', 'describe', 'delete', 'logs', 'exec', 'apply'];

const USAGE = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  get           Display one or many resources
  delete        Delete resources by file names, stdin, resources and names, or by resources and label selector

Troubleshooting and Debugging Commands:
  describe      Show details of a specific resource or group of resources
  logs          Print the logs for a container in a pod
  exec          Execute a command in a container

Advanced Commands:
  apply         Apply a configuration to a resource by file name or stdin

Usage:
  kubectl [flags] [options]`;

const NAMESPACE = { namespace: ['n'] };

const SPECS: Record<string, FlagSpec> = {
  get: {
    values: { output: ['o'], 'sort-by': [], ...NAMESPACE },
    bools: { 'all-namespaces': ['A'], watch: ['w'] },
  },
  describe: { values: NAMESPACE },
  delete: { values: { 'grace-period': [], ...NAMESPACE }, bools: { now: [], force: [], wait: [] } },
  logs: { values: { container: ['c'], ...NAMESPACE }, bools: { previous: ['p'], timestamps: [] } },
  exec: { values: { container: ['c'], ...NAMESPACE }, bools: { stdin: ['i'], tty: ['t'], quiet: ['q'] } },
  apply: { values: { filename: ['f'], validate: [], ...NAMESPACE } },
};

function inOtherNamespace(namespace: string, sub: string, name: string | undefined): string {
  if (sub === 'get' && name === undefined) return `No resources found in ${namespace} namespace.`;
  return `Error from server (NotFound): namespaces "${namespace}" not found`;
}

/**
 * `kubectl get pods [NAME…] [-o wide] -w`. Other watches (events, nodes, other formats, -A) print once: the
 * terminal watches Pods only. A name that does not exist prints its error once, as kubectl stops there too.
 */
function watchGet(
  ctx: TerminalContext,
  positional: readonly string[],
  flags: ReadonlyMap<string, string>,
  everywhere: boolean,
): CommandResult | undefined {
  const [type = '', ...rest] = positional;
  const [kind = '', inline] = type.split('/');
  const output = flags.get('output') ?? '';
  if (!['pods', 'pod', 'po'].includes(kind) || !['', 'wide'].includes(output) || everywhere) return undefined;
  const names = (inline !== undefined ? [inline, ...rest] : rest).map(stripPodPrefix);
  if (names.some((n) => !ctx.frame.pods.some((p) => p.metadata?.name === n))) return undefined;
  return startPodWatch(ctx.frame.pods, ctx.now, { wide: output === 'wide', names });
}

/** kubectl's other commands: real, so PodScope says it does not simulate them (not "unknown command"). */
const OTHER_COMMANDS = new Set(
  `create expose run set explain edit rollout scale autoscale certificate cluster-info top cordon uncordon drain
  taint attach port-forward proxy cp auth debug events diff patch replace wait kustomize label annotate completion
  api-resources api-versions config plugin version options`.split(/\s+/),
);

/** Real flags of the simulated commands that PodScope does not simulate (long names and shorthands). */
const OTHER_FLAGS: Record<string, string[]> = {
  get: `selector l show-labels label-columns L field-selector no-headers watch-only chunk-size ignore-not-found
    output-watch-events raw template server-print show-kind show-managed-fields subresource`.split(/\s+/),
  describe: ['selector', 'l', 'show-events', 'chunk-size', 'all-namespaces', 'A'],
  delete:
    `selector l all cascade filename f ignore-not-found field-selector timeout dry-run output o raw recursive
    R kustomize k`.split(/\s+/),
  logs: `follow f tail since since-time all-containers selector l prefix limit-bytes max-log-requests
    pod-running-timeout ignore-errors`.split(/\s+/),
  exec: ['pod-running-timeout'],
  apply: `dry-run server-side prune selector l force overwrite output o recursive R kustomize k wait timeout
    field-manager force-conflicts grace-period all`.split(/\s+/),
};

/** Runs `kubectl <words>`. */
export function kubectl(ctx: TerminalContext, words: readonly string[]): CommandResult {
  const [sub, ...rest] = words;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') return { output: USAGE };
  const spec = SPECS[sub];
  if (!spec) {
    if (OTHER_COMMANDS.has(sub)) return { output: '', note: notSimulated(ctx, `kubectl ${sub}`) };
    return { output: `error: unknown command "${sub}" for "kubectl"\nRun 'kubectl --help' for usage.` };
  }
  let args;
  try {
    args = parseArgs(rest, spec);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const [, long, short] = /unknown flag: --([\w-]+)|unknown shorthand flag: '(\w)'/.exec(e.message) ?? [];
    const flag = long ?? short;
    if (flag && OTHER_FLAGS[sub]?.includes(flag))
      return { output: '', note: notSimulated(ctx, `kubectl ${sub} ${long ? '--' : '-'}${flag}`) };
    return { output: `error: ${e.message}\nSee 'kubectl ${sub} --help' for usage.` };
  }
  const { positional, flags } = args;
  const namespace = flags.get('namespace') ?? 'default';
  // `get -A` lists every namespace, whatever -n says.
  const everywhere = sub === 'get' && flags.has('all-namespaces');
  if (namespace !== 'default' && !everywhere)
    return { output: inOtherNamespace(namespace, sub, positional[1]) };
  switch (sub) {
    case 'get': {
      const listed = kubectlGet(
        ctx,
        positional,
        flags.get('output') ?? '',
        namespace,
        everywhere,
        flags.get('sort-by'),
      );
      if (!flags.has('watch')) return listed;
      const watched = watchGet(ctx, positional, flags, everywhere) ?? listed;
      // kubectl sorts the first list only, and says so (on stderr, which the terminal shows in line).
      if (!flags.has('sort-by')) return watched;
      const warning = 'warning: --watch requested, --sort-by will be ignored for watch events received';
      return { ...watched, output: [warning, watched.output].filter(Boolean).join('\n') };
    }
    case 'describe':
      return { output: kubectlDescribe(ctx, positional) };
    case 'delete':
      return kubectlDelete(ctx, positional, flags);
    case 'logs':
      return { output: kubectlLogs(ctx, positional, flags.get('container'), flags.has('previous')) };
    case 'exec':
      return kubectlExec(ctx, positional, flags.get('container'), args.rest, flags.has('stdin'));
    default:
      return kubectlApply(ctx, flags);
  }
}
