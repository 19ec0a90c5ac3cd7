/** The terminal component against a real simulation store: keys, history, completion, text-only output. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../../lessons/presetList';
import { presetScenario } from '../../lessons/presets';
import { createPreferencesStore } from '../../store/preferences';
import { createSimulationStore } from '../../store/simulationStore';
import { StoresProvider } from '../stores';
import { Terminal } from './Terminal';

afterEach(cleanup);

function setup(manifest = '') {
  const simulation = createSimulationStore({ scenario: presetScenario(PRESETS[0]!), playing: false });
  const preferences = createPreferencesStore({ lang: 'en' });
  render(
    <StoresProvider stores={{ preferences, simulation }}>
      <Terminal readManifest={() => manifest} />
    </StoresProvider>,
  );
  const input = screen.getByRole('textbox', { name: 'Command' });
  const log = screen.getByRole('log', { name: 'Terminal output' });
  const type = (line: string) => {
    fireEvent.change(input, { target: { value: line } });
    fireEvent.submit(input.closest('form')!);
  };
  return { simulation, input: input as HTMLInputElement, log, type };
}

describe('Terminal', () => {
  it('runs a command and shows what kubectl prints', () => {
    const { log, type } = setup();
    type('kubectl get pods');
    expect(log.textContent).toContain('kubectl get pods');
    expect(log.textContent).toMatch(/web\s+2\/2\s+Running/);
  });

  it('dispatches the Action through the store (kubectl delete)', () => {
    const { simulation, log, type } = setup();
    act(() => type('kubectl delete pod web --grace-period=0 --force'));
    expect(log.textContent).toContain('pod "web" force deleted from default namespace');
    expect(simulation.getState().log.at(-1)?.action).toEqual({
      type: 'deletePod',
      pod: 'web',
      gracePeriodSeconds: 0,
    });
  });

  it('↑/↓ walk the history; Tab completes; Esc leaves the input for the log', () => {
    const { input, log, type } = setup();
    type('kubectl get pods');
    type('lsns');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.value).toBe('lsns');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.value).toBe('kubectl get pods');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.value).toBe('');
    fireEvent.change(input, { target: { value: 'kubectl desc' } });
    const tab = fireEvent.keyDown(input, { key: 'Tab' });
    expect(tab).toBe(false); // handled: default prevented
    expect(input.value).toBe('kubectl describe ');
    // Nothing more to complete: the next Tab is the browser's (focus moves on), not a trap.
    fireEvent.change(input, { target: { value: 'kubectl get pods web ' } });
    expect(fireEvent.keyDown(input, { key: 'Tab' })).toBe(true);
    expect(input.value).toBe('kubectl get pods web ');
    fireEvent.change(input, { target: { value: '' } });
    expect(fireEvent.keyDown(input, { key: 'Tab' })).toBe(true); // empty line: the browser moves focus
    input.focus();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(document.activeElement).toBe(log);
  });

  it('shows PodScope’s own note apart from the tool’s output, labelled, in the UI’s language', () => {
    const { log, type } = setup();
    type('kubectl get svc');
    const entry = screen.getAllByTestId('terminal-entry').at(-1)!;
    // kubectl's words in the output block; the note in a paragraph of its own that says whose words they are.
    expect(entry.querySelector('pre.fp-output')?.textContent).toBe(
      'error: the server doesn\'t have a resource type "svc"',
    );
    const note = screen.getByTestId('terminal-note');
    expect(note.tagName).toBe('P');
    expect(note.textContent).toBe('PodScope Only pods, events and nodes are simulated here.');
    // A command with nothing to print has only the note.
    type('rm -rf /');
    const last = screen.getAllByTestId('terminal-entry').at(-1)!;
    expect(last.querySelector('pre.fp-output')).toBeNull();
    expect(last.querySelector('.fp-note')?.textContent).toBe(
      'PodScope rm is not simulated here (type help to see what is).',
    );
    expect(log.textContent).not.toContain('command not found');
  });

  it('the simulation’s refusal is PodScope’s note on an error entry, not tool output', () => {
    const manifest =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: pinned\nspec:\n  nodeName: nope\n  containers:\n  - name: a\n    image: busybox\n';
    const { type } = setup(manifest);
    act(() => type('kubectl apply -f -'));
    const entry = screen.getAllByTestId('terminal-entry').at(-1)!;
    expect(entry.className).toContain('error');
    expect(entry.querySelector('pre.fp-output')).toBeNull();
    expect(entry.querySelector('.fp-note')?.textContent).toMatch(
      /^PodScope The simulation refused it: .*spec\.nodeName: Not found: "nope"/,
    );
  });

  it('renders names and output as text, never as HTML', () => {
    const { log, type } = setup();
    type(`kubectl describe pod '<img src=x onerror=alert(1)>'`);
    expect(log.querySelector('img')).toBeNull();
    expect(log.textContent).toContain('pods "<img src=x onerror=alert(1)>" not found');
  });

  it('clear empties the transcript; kubectl apply -f - reads the editor', () => {
    const { log, type } = setup(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: fresh\nspec:\n  containers:\n  - name: a\n    image: nginx:1.27\n',
    );
    type('clear');
    expect(log.textContent).toBe('');
    act(() => type('kubectl apply -f -'));
    expect(log.textContent).toContain('pod/fresh created');
  });
});
