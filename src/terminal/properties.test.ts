/** Property tests: whatever is typed into the terminal or the editor, nothing throws and answers stay bounded. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complete } from './complete';
import { checkManifest } from './manifestCheck';
import { runCommand } from './runCommand';
import { container, contextOf, podManifest, simWith } from './testing/scene';

const sim = simWith([
  podManifest({
    name: 'web',
    containers: [
      container('app', { ports: [{ containerPort: 80 }] }),
      container('side', { run: 'sleep infinity' }),
    ],
  }),
  podManifest({ name: 'shared', shareProcessNamespace: true, hostUsers: false }),
]);
const ctx = contextOf(sim, {
  manifest:
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n    image: b\n',
});

/** Words people (and their cats) might type: real commands, flags, names and junk, in any order. */
const WORDS = [
  'kubectl',
  'crictl',
  'lsns',
  'help',
  'clear',
  'sudo',
  'get',
  'pods',
  'pod',
  'po',
  'events',
  'describe',
  'delete',
  'logs',
  'exec',
  'apply',
  'pods',
  'ps',
  'inspectp',
  '-a',
  '-q',
  '-o',
  'wide',
  'yaml',
  'json',
  '-c',
  'app',
  'side',
  'web',
  'shared',
  'nope',
  '--',
  'hostname',
  'ip',
  'addr',
  'ls',
  '-l',
  '/proc/self/ns',
  '/',
  'cat',
  '/etc/hosts',
  'curl',
  'localhost:80',
  'ipcs',
  '-m',
  'sh',
  '-c',
  '--grace-period=3',
  '--force',
  '-f',
  '-',
  '-n',
  'default',
  '-t',
  'net',
  "'",
  '"',
  '\\',
  '-it',
  '--previous',
  'pod/web',
  '<img src=x onerror=alert(1)>',
  'rm',
  'svc',
  '/var/run/secrets/kubernetes.io/serviceaccount',
  ';',
  'aux',
];

const lines = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' ')),
);

describe('terminal properties', () => {
  it('runCommand never throws and always returns text (never a "panic")', () => {
    fc.assert(
      fc.property(lines, (line) => {
        const result = runCommand(line, ctx);
        expect(typeof result.output).toBe('string');
        expect(result.output).not.toMatch(/^panic:/);
        // PodScope's own note, when there is one, is text apart from the tool's output, never inside it.
        if (result.note !== undefined) {
          expect(typeof result.note).toBe('string');
          expect(result.note).not.toBe('');
          expect(result.output).not.toContain(result.note);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('an Action, when there is one, is one the simulation accepts', () => {
    fc.assert(
      fc.property(lines, (line) => {
        const { action } = runCommand(line, ctx);
        if (action) expect(() => simWith([podManifest({ name: 'web' })]).dispatch(action)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('complete never throws and only ever extends what was typed', () => {
    fc.assert(
      fc.property(lines, (line) => {
        const result = complete(line, ctx);
        expect(result.line.startsWith(line.replace(/\S+$/, ''))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('manifest check properties', () => {
  const yamlish = fc.array(
    fc.oneof(
      fc.constantFrom(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: web',
        'spec:',
        '  containers:',
        '  - name: app',
        '    image: nginx',
        '&a',
        '*a',
        '[',
        ']',
        '{',
        '}',
        '- ',
        '? ',
        ': ',
        '"',
        "'",
        '#',
        '|',
        '>',
        '!!binary',
        '---',
        '...',
      ),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 40 },
  );

  it('never throws on garbage, and finishes quickly', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          yamlish.map((parts) => parts.join('\n')),
        ),
        (text) => {
          const started = performance.now();
          const result = checkManifest(text);
          expect(performance.now() - started).toBeLessThan(1000);
          for (const issue of result.issues) {
            expect(typeof issue.message).toBe('string');
            if (issue.from !== undefined) expect(issue.from).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
