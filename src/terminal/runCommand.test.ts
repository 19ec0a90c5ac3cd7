import { describe, expect, it } from 'vitest';
import { MAX_LINE, runCommand } from './runCommand';
import { container, contextOf, noteOf, podManifest, sh, simWith } from './testing/scene';

describe('runCommand', () => {
  const sim = simWith([]);

  it('answers unknown commands like bash', () => {
    expect(sh(sim, 'foo --bar')).toBe('bash: foo: command not found');
    expect(sh(sim, 'kubectl frobnicate')).toBe(
      'error: unknown command "frobnicate" for "kubectl"\nRun \'kubectl --help\' for usage.',
    );
  });

  it('runs echo (a bash builtin), and says which real commands it does not simulate, in the UI’s words', () => {
    expect(sh(sim, 'echo hello   pod')).toBe('hello pod');
    // PodScope's own words come apart from the tool's output, which stays empty.
    expect(runCommand('ls /var/lib', contextOf(sim))).toEqual({
      output: '',
      note: 'ls: not simulated in PodScope (type help to see what is)',
    });
    expect(runCommand('rm -rf /', contextOf(sim, { notSimulated: '这里没有模拟 {command}' }))).toEqual({
      output: '',
      note: '这里没有模拟 rm',
    });
    const pod = simWith([podManifest({ containers: [container('app')] })]);
    // In a container too: no made-up exit code, just the note.
    expect(runCommand('kubectl exec web -c app -- rm -rf /', contextOf(pod))).toEqual({
      output: '',
      note: 'rm: not simulated in PodScope (type help to see what is)',
    });
    // dash goes on after a command it cannot find, and each note is kept (once), in order.
    const chain = runCommand("kubectl exec web -c app -- sh -c 'echo hi; rm a; ps; rm b'", contextOf(pod));
    expect(chain.output).toBe('hi\nsh: 1: ps: not found');
    expect(chain.note?.split('\n')).toEqual([
      'rm: not simulated in PodScope (type help to see what is)',
      expect.stringMatching(/^nginx has no ps: /),
    ]);
    // && runs the next command only after a success, || only after a failure.
    const exec = (script: string) =>
      runCommand(`kubectl exec web -c app -- sh -c '${script}'`, contextOf(pod));
    expect(exec('ps && echo ok').output).toBe('sh: 1: ps: not found\ncommand terminated with exit code 127');
    expect(exec('false && echo ok || echo fallback').output).toBe('fallback');
    expect(exec('true || echo no; echo yes').output).toBe('yes');
    expect(exec('ls /nope && echo ok').output).toMatch(
      /^ls: cannot access '\/nope'.*\ncommand terminated with exit code 2$/,
    );
    // In `sh -c`, each command's note is kept, in order, beside the real output.
    expect(runCommand("kubectl exec web -c app -- sh -c 'rm a; hostname; mkdir b'", contextOf(pod))).toEqual({
      output: 'web',
      note: [
        'rm: not simulated in PodScope (type help to see what is)',
        'mkdir: not simulated in PodScope (type help to see what is)',
      ].join('\n'),
    });
    // A name no image has is still "not found", as the runtime words it.
    expect(sh(pod, 'kubectl exec web -c app -- frobnicate')).toMatch(
      /exec: "frobnicate": executable file not found in \$PATH/,
    );
  });

  it('says so for kubectl’s real commands, flags and printers it does not simulate, and for a shell session', () => {
    const pod = simWith([podManifest({ containers: [container('app')] })]);
    const NOT = ': not simulated in PodScope (type help to see what is)';
    for (const [line, command] of [
      ['kubectl port-forward web 8080:80', 'kubectl port-forward'],
      ['kubectl version', 'kubectl version'],
      ['kubectl logs -f web', 'kubectl logs -f'],
      ['kubectl logs web --tail=5', 'kubectl logs --tail'],
      ['kubectl get pods -l app=web', 'kubectl get -l'],
      ["kubectl get pods -o jsonpath='{.items[0].status.podIP}'", 'kubectl get -o jsonpath'],
      // An interactive shell: one command per exec is what PodScope runs.
      ['kubectl exec -it web -- sh', 'kubectl exec -it … -- sh'],
    ] as const) {
      expect(sh(pod, line), line).toBe('');
      expect(noteOf(pod, line), line).toBe(`${command}${NOT}`);
    }
    // Without -i, sh reads no commands.
    expect(sh(pod, 'kubectl exec web -- sh')).toBe('');
    expect(noteOf(pod, 'kubectl exec web -- sh')).toBeUndefined();
    expect(sh(pod, "kubectl exec -it web -- sh -c 'hostname'")).toBe('web');
    // Not real flags: kubectl's own error.
    expect(sh(pod, 'kubectl logs web --frob')).toMatch(/^error: unknown flag: --frob\n/);
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
