import { describe, expect, it } from 'vitest';
import { MAX_LINE, runCommand } from './runCommand';
import { container, contextOf, podManifest, sh, simWith } from './testing/scene';

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
    expect(sh(sim, 'ls /var/lib')).toBe('ls: not simulated in PodScope (type help to see what is)');
    expect(runCommand('rm -rf /', contextOf(sim, { notSimulated: '{command}：没有模拟' }))).toEqual({
      output: 'rm：没有模拟',
    });
    const pod = simWith([podManifest({ containers: [container('app')] })]);
    expect(sh(pod, 'kubectl exec web -c app -- rm -rf /')).toBe(
      'rm: not simulated in PodScope (type help to see what is)\ncommand terminated with exit code 1',
    );
    // A name no image has is still "not found", as the runtime words it.
    expect(sh(pod, 'kubectl exec web -c app -- frobnicate')).toMatch(
      /exec: "frobnicate": executable file not found in \$PATH/,
    );
  });

  it('says so for kubectl’s real commands, flags and printers it does not simulate, and for a shell session', () => {
    const pod = simWith([podManifest({ containers: [container('app')] })]);
    const NOT = ': not simulated in PodScope (type help to see what is)';
    expect(sh(pod, 'kubectl port-forward web 8080:80')).toBe(`kubectl port-forward${NOT}`);
    expect(sh(pod, 'kubectl version')).toBe(`kubectl version${NOT}`);
    expect(sh(pod, 'kubectl logs -f web')).toBe(`kubectl logs -f${NOT}`);
    expect(sh(pod, 'kubectl logs web --tail=5')).toBe(`kubectl logs --tail${NOT}`);
    expect(sh(pod, 'kubectl get pods -l app=web')).toBe(`kubectl get -l${NOT}`);
    expect(sh(pod, "kubectl get pods -o jsonpath='{.items[0].status.podIP}'")).toBe(
      `kubectl get -o jsonpath${NOT}`,
    );
    // An interactive shell: one command per exec is what PodScope runs. Without -i, sh reads no commands.
    expect(sh(pod, 'kubectl exec -it web -- sh')).toBe(`kubectl exec -it … -- sh${NOT}`);
    expect(sh(pod, 'kubectl exec web -- sh')).toBe('');
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
