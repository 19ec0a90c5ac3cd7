/** Real commands PodScope's terminal does not simulate, and what it says for them. */
import type { TerminalContext } from './types';

/** In every image PodScope's scenes use: Debian's coreutils and friends (nginx, redis), and BusyBox's applets. */
export const IMAGE_COMMANDS = new Set(
  'pwd cd whoami uname df du mount umount kill rm mkdir rmdir touch cp mv ln chmod chown env printenv sleep date wc grep find head tail sed awk tar more'.split(
    ' ',
  ),
);

/** On the Node, and in a BusyBox image: those, and the tools a slim Debian image leaves out. */
export const NODE_COMMANDS = new Set([
  ...IMAGE_COMMANDS,
  ...'ls cat ps ip hostname id top free ping vi less'.split(' '),
]);

/** The notice for a real command PodScope does not simulate. */
export function notSimulated(ctx: TerminalContext, command: string): string {
  const template = ctx.notSimulated ?? '{command}: not simulated in PodScope (type help to see what is)';
  return template.replace('{command}', command);
}
