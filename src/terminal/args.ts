/**
 * Command-line parsing for the terminal: shell-like word splitting (quotes, backslashes) and a small
 * pflag-style flag parser (`-o wide`, `-owide`, `-o=wide`, `--output=wide`, `-it`, `--`), so what people
 * type from the Kubernetes docs works here too.
 */

/** Splits a line into words like a POSIX shell would (no expansion): quotes group, backslash escapes. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote !== null) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

export interface FlagSpec {
  /** Flags that take a value, each with its aliases: `{ output: ['o'], container: ['c'] }`. */
  values?: Record<string, readonly string[]>;
  /** Boolean flags with their aliases. */
  bools?: Record<string, readonly string[]>;
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string>;
  /** Words after a bare `--` (the command of `kubectl exec`), or undefined without one. */
  rest?: string[];
}

export class UsageError extends Error {}

function lookup(spec: FlagSpec, name: string): { key: string; takesValue: boolean } | undefined {
  for (const [kind, table] of [
    ['values', spec.values],
    ['bools', spec.bools],
  ] as const) {
    for (const [key, aliases] of Object.entries(table ?? {})) {
      if (key === name || aliases.includes(name)) return { key, takesValue: kind === 'values' };
    }
  }
  return undefined;
}

/** Parses flags the way cobra/pflag does; unknown flags throw a UsageError with kubectl's wording. */
export function parseArgs(words: readonly string[], spec: FlagSpec): ParsedArgs {
  const result: ParsedArgs = { positional: [], flags: new Map() };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === '--') {
      result.rest = words.slice(i + 1);
      break;
    }
    if (word.startsWith('--') && word.length > 2) {
      const [name = '', inline] = splitOnce(word.slice(2), '=');
      const flag = lookup(spec, name);
      if (!flag || name.length === 1) throw new UsageError(`unknown flag: --${name}`);
      if (!flag.takesValue) result.flags.set(flag.key, inline ?? 'true');
      else if (inline !== undefined) result.flags.set(flag.key, inline);
      else if (i + 1 < words.length) result.flags.set(flag.key, words[++i] as string);
      else throw new UsageError(`flag needs an argument: --${name}`);
    } else if (word.startsWith('-') && word.length > 1) {
      // Shorthand cluster: -it, -owide, -o=wide, -c app.
      for (let j = 1; j < word.length; j++) {
        const letter = word[j] as string;
        const flag = lookup(spec, letter);
        if (!flag) throw new UsageError(`unknown shorthand flag: '${letter}' in ${word}`);
        if (!flag.takesValue) {
          result.flags.set(flag.key, 'true');
          continue;
        }
        const inline = word.slice(j + 1).replace(/^=/, '');
        if (inline !== '') result.flags.set(flag.key, inline);
        else if (i + 1 < words.length) result.flags.set(flag.key, words[++i] as string);
        else throw new UsageError(`flag needs an argument: '${letter}' in -${letter}`);
        break;
      }
    } else {
      result.positional.push(word);
    }
  }
  return result;
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const at = s.indexOf(sep);
  return at < 0 ? [s, undefined] : [s.slice(0, at), s.slice(at + sep.length)];
}
