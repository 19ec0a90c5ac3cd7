import { describe, expect, it } from 'vitest';
import { MAX_LINE, runCommand } from './runCommand';
import { contextOf, sh, simWith } from './testing/scene';

describe('runCommand', () => {
  const sim = simWith([]);

  it('answers unknown commands like bash', () => {
    expect(sh(sim, 'foo --bar')).toBe('bash: foo: command not found');
    expect(sh(sim, 'kubectl frobnicate')).toBe(
      'error: unknown command "frobnicate" for "kubectl"\nRun \'kubectl --help\' for usage.',
    );
  });

  it('prints the help it is given (the UI translates it), clears, and ignores blank lines', () => {
    expect(runCommand('help', contextOf(sim, { help: 'AIDE' }))).toEqual({ output: 'AIDE' });
    expect(runCommand('clear', contextOf(sim))).toEqual({ output: '', clear: true });
    expect(runCommand('   ', contextOf(sim))).toEqual({ output: '' });
  });

  it('accepts sudo, as a node admin types it', () => {
    expect(sh(sim, 'sudo crictl pods')).toBe(sh(sim, 'crictl pods'));
  });

  it('refuses absurdly long lines without parsing them', () => {
    expect(sh(sim, 'x'.repeat(MAX_LINE + 1))).toBe(`bash: line too long (${MAX_LINE + 1} characters)`);
  });

  it('shows names literally (the view renders text, never HTML)', () => {
    expect(sh(sim, `kubectl logs '<img src=x onerror=alert(1)>'`)).toBe(
      'Error from server (NotFound): pods "<img src=x onerror=alert(1)>" not found',
    );
  });
});
