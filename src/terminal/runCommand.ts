/**
 * The terminal's interpreter: one line in, what the tools would print out (plus, for `kubectl delete/apply`,
 * the Action to dispatch). Pure and total: it reads the context, never changes it, and never throws.
 */
import { splitWords } from './args';
import { crictl } from './crictl';
import { kubectl } from './kubectl';
import { lsns } from './lsns';
import { NODE_COMMANDS, notSimulated } from './notSimulated';
import type { CommandResult, TerminalContext } from './types';

/** Lines longer than this are refused rather than parsed (nobody types 10 000 characters). */
export const MAX_LINE = 10_000;

export const COMMANDS = ['kubectl', 'crictl', 'lsns', 'help', 'clear'];

const DEFAULT_HELP =
  'Commands: kubectl get|describe|delete|logs|exec|apply, crictl pods|ps|inspectp, lsns, clear.';

function run(line: string, ctx: TerminalContext): CommandResult {
  if (line.length > MAX_LINE) return { output: `bash: line too long (${line.length} characters)` };
  let words = splitWords(line);
  // A node admin types `sudo crictl …`; the simulated shell is already root.
  if (words[0] === 'sudo') words = words.slice(1);
  const [command, ...args] = words;
  switch (command) {
    case undefined:
      return { output: '' };
    case 'help':
      return { output: ctx.help ?? DEFAULT_HELP };
    case 'clear':
      return { output: '', clear: true };
    case 'kubectl':
    case 'k':
      return kubectl(ctx, args);
    case 'crictl':
      return { output: crictl(ctx, args) };
    case 'lsns':
      return { output: lsns(ctx, args) };
    // A shell builtin.
    case 'echo':
      return { output: args.join(' ') };
    default:
      return NODE_COMMANDS.has(command)
        ? { output: '', note: notSimulated(ctx, command) }
        : { output: `bash: ${command}: command not found` };
  }
}

/** Runs one command line against the simulation's current state. */
export function runCommand(line: string, ctx: TerminalContext): CommandResult {
  try {
    return run(line.trim(), ctx);
  } catch (error) {
    // A bug in a command must not break the page: report it the way a crashing tool would.
    return { output: `panic: ${error instanceof Error ? error.message : String(error)}` };
  }
}
