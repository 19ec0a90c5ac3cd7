import { describe, expect, it } from 'vitest';
import { parseArgs, splitWords, UsageError } from './args';

describe('splitWords', () => {
  it('splits like a shell: quotes group, backslashes escape', () => {
    expect(splitWords(`kubectl exec web -- sh -c 'echo "a b"; ls'`)).toEqual([
      'kubectl',
      'exec',
      'web',
      '--',
      'sh',
      '-c',
      'echo "a b"; ls',
    ]);
    expect(splitWords('a\\ b "c\\"d" \'\'')).toEqual(['a b', 'c"d', '']);
    expect(splitWords('   ')).toEqual([]);
  });
});

describe('parseArgs', () => {
  const spec = { values: { output: ['o'], container: ['c'] }, bools: { stdin: ['i'], tty: ['t'] } };

  it('accepts every pflag spelling', () => {
    for (const words of [['-o', 'wide'], ['-owide'], ['-o=wide'], ['--output=wide'], ['--output', 'wide']]) {
      expect(parseArgs(words, spec).flags.get('output')).toBe('wide');
    }
  });

  it('clusters short booleans and stops at --', () => {
    const parsed = parseArgs(['-it', 'web', '-c', 'app', '--', 'ls', '-l'], spec);
    expect(parsed.flags.get('stdin')).toBe('true');
    expect(parsed.flags.get('tty')).toBe('true');
    expect(parsed.flags.get('container')).toBe('app');
    expect(parsed.positional).toEqual(['web']);
    expect(parsed.rest).toEqual(['ls', '-l']);
  });

  it('refuses unknown flags with pflag’s wording', () => {
    expect(() => parseArgs(['--nope'], spec)).toThrow(new UsageError('unknown flag: --nope'));
    expect(() => parseArgs(['-x'], spec)).toThrow("unknown shorthand flag: 'x' in -x");
    expect(() => parseArgs(['-o'], spec)).toThrow('flag needs an argument');
  });
});
