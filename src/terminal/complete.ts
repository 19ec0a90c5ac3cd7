/**
 * Tab completion for the terminal: commands, sub-commands, resource types, Pod and container names, sandbox ids
 * and the programs `kubectl exec` knows — whatever fits the word under the cursor (the end of the line).
 */
import { splitWords } from './args';
import { CRICTL_COMMANDS } from './crictl';
import { EXEC_PROGRAMS } from './execCommands';
import { KUBECTL_COMMANDS } from './kubectl';
import { COMMANDS } from './runCommand';
import type { TerminalContext } from './types';
import { containerNames, findPod, podName, stripPodPrefix } from './world';

export interface Completion {
  /** The line with the word completed (as far as every candidate agrees). */
  line: string;
  /** Every candidate, when more than one fits. */
  options: string[];
}

function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Candidates for the word at `index` of `words` (the word itself is not yet typed in full). */
function candidates(words: readonly string[], index: number, ctx: TerminalContext): string[] {
  const pods = ctx.frame.pods.map(podName);
  const [cmd, sub] = words;
  const previous = words[index - 1];
  if (index === 0) return COMMANDS;
  if (cmd === 'crictl') {
    if (index === 1) return CRICTL_COMMANDS;
    if (sub === 'inspectp') return ctx.frame.sandboxes.map((s) => s.id.slice(0, 13));
    return [];
  }
  if (cmd !== 'kubectl') return [];
  if (index === 1) return KUBECTL_COMMANDS;
  if (previous === '-o' || previous === '--output') return ['wide', 'yaml', 'json', 'name'];
  const dashdash = words.indexOf('--');
  if (sub === 'exec' && dashdash >= 0 && dashdash < index) return index === dashdash + 1 ? EXEC_PROGRAMS : [];
  if (previous === '-c' || previous === '--container') {
    const pod = findPod(ctx, stripPodPrefix(words.slice(2).find((w) => !w.startsWith('-')) ?? ''));
    return pod ? containerNames(pod) : [];
  }
  // One Pod per command: once a Pod is named, Tab has nothing more to offer (and moves focus on).
  const named = words.slice(2, index).some((w) => pods.includes(stripPodPrefix(w)));
  const podsLeft = named ? [] : pods;
  if (sub === 'get') return index === 2 ? ['pods', 'events', 'nodes'] : podsLeft;
  if (sub === 'describe' || sub === 'delete') return index === 2 ? ['pod'] : podsLeft;
  if (sub === 'logs' || sub === 'exec') return podsLeft;
  if (sub === 'apply') return index === 2 ? ['-f'] : ['-'];
  return [];
}

/** Completes the last word of `line` (a trailing space starts a new, empty word). */
export function complete(line: string, ctx: TerminalContext): Completion {
  try {
    const words = splitWords(line);
    const fresh = line === '' || /\s$/.test(line);
    const index = fresh ? words.length : words.length - 1;
    const partial = fresh ? '' : (words[index] ?? '');
    const matches = [...new Set(candidates(words, index, ctx))].filter((c) => c.startsWith(partial)).sort();
    if (matches.length === 0) return { line, options: [] };
    const completed = matches.length === 1 ? `${matches[0] ?? ''} ` : commonPrefix(matches);
    const head = fresh ? line : line.slice(0, line.length - partial.length);
    return {
      line: head + (completed.length >= partial.length ? completed : partial),
      options: matches.length > 1 ? matches : [],
    };
  } catch {
    return { line, options: [] };
  }
}
