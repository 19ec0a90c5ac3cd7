/**
 * `crictl pods | ps [-a] | inspectp ID` on the Node: the container runtime's view, where the pause container
 * *is* the Pod sandbox (its own row in `crictl pods`, never in `crictl ps`). Layout: cri-tools
 * cmd/crictl/sandbox.go and container.go (tabwriter minwidth 20, padding 3; newest first).
 */
import { parseArgs, UsageError } from './args';
import { hexFrom, truncatedId, unitsHumanDuration } from './format';
import { crictlInspectp } from './crictlInspect';
import { CRICTL_TABLE, table } from './tabwriter';
import type { TerminalContext } from './types';

export const CRICTL_COMMANDS = ['pods', 'ps', 'inspectp'];

const USAGE = `NAME:
   crictl - client for CRI

USAGE:
   crictl [global options] command [command options]

COMMANDS:
   inspectp  Display the status of one or more pods
   pods      List pods
   ps        List containers`;

const ago = (ctx: TerminalContext, at: number) => `${unitsHumanDuration(ctx.now - at)} ago`;

/** The image id crictl shows (the config digest, not the repo digest kubectl shows): stable per image. */
export const imageId = (image: string): string => `sha256:${hexFrom(`image:${image}`, 64)}`;

function pods(ctx: TerminalContext, flags: ReadonlyMap<string, string>): string {
  const node = ctx.frame.nodes[0]?.name;
  const state = flags.get('state')?.toLowerCase();
  const list = ctx.frame.sandboxes
    .filter((s) => s.node === node || s.node === '')
    .filter((s) => !flags.has('name') || s.podName.includes(flags.get('name') ?? ''))
    .filter((s) => !state || (state === 'ready') === (s.state === 'SANDBOX_READY'))
    .sort((a, b) => b.createdAt - a.createdAt);
  if (flags.has('quiet')) return list.map((s) => s.id).join('\n');
  const rows = list.map((s) => [
    flags.has('no-trunc') ? s.id : truncatedId(s.id),
    ago(ctx, s.createdAt),
    s.state === 'SANDBOX_READY' ? 'Ready' : 'NotReady',
    s.podName,
    'default',
    String(s.attempt),
    '(default)',
  ]);
  return table(
    [['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME'], ...rows],
    CRICTL_TABLE,
  );
}

const STATES = { CONTAINER_CREATED: 'Created', CONTAINER_RUNNING: 'Running', CONTAINER_EXITED: 'Exited' };

function ps(ctx: TerminalContext, flags: ReadonlyMap<string, string>): string {
  const podFilter = flags.get('pod');
  const list = ctx.frame.containers
    .filter((c) => flags.has('all') || c.state === 'CONTAINER_RUNNING')
    .filter((c) => !podFilter || c.sandboxId.startsWith(podFilter))
    .filter((c) => !flags.has('name') || c.name.includes(flags.get('name') ?? ''))
    .sort((a, b) => b.createdAt - a.createdAt);
  if (flags.has('quiet')) return list.map((c) => c.id).join('\n');
  const trunc = !flags.has('no-trunc');
  const rows = list.map((c) => [
    trunc ? truncatedId(c.id) : c.id,
    trunc ? truncatedId(imageId(c.image), 'sha256:') : imageId(c.image),
    ago(ctx, c.createdAt),
    STATES[c.state],
    c.name,
    String(c.attempt),
    trunc ? truncatedId(c.sandboxId) : c.sandboxId,
    c.podName,
    'default',
  ]);
  const head = ['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD', 'NAMESPACE'];
  return table([head, ...rows], CRICTL_TABLE);
}

/** Runs `crictl <words>`. */
export function crictl(ctx: TerminalContext, words: readonly string[]): string {
  const [sub, ...rest] = words;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') return USAGE;
  if (!CRICTL_COMMANDS.includes(sub)) return `No help topic for '${sub}'`;
  try {
    const { positional, flags } = parseArgs(rest, {
      values: { name: [], state: ['s'], pod: ['p'], output: ['o'] },
      bools: { all: ['a'], quiet: ['q'], 'no-trunc': [], verbose: ['v'] },
    });
    if (sub === 'pods') return pods(ctx, flags);
    if (sub === 'ps') return ps(ctx, flags);
    return crictlInspectp(ctx, positional);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return `Incorrect Usage: ${e.message.replace(/^unknown (shorthand )?flag: /, 'flag provided but not defined: ')}`;
  }
}
