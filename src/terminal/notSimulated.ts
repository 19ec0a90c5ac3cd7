/** Real commands PodScope's terminal does not simulate, and what it says for them. */
import type { TerminalContext } from './types';

/** Commands every Node and every image PodScope uses has, which the terminal does not simulate. */
export const REAL_COMMANDS = new Set(
  'ls cat ps ip hostname pwd cd whoami id uname df du free mount umount top kill rm mkdir rmdir touch cp mv ln chmod chown env printenv sleep date wc grep find head tail sed awk tar less more vi ping'.split(
    ' ',
  ),
);

/** The notice for a real command PodScope does not simulate. */
export function notSimulated(ctx: TerminalContext, command: string): string {
  const template = ctx.notSimulated ?? '{command}: not simulated in PodScope (type help to see what is)';
  return template.replace('{command}', command);
}
