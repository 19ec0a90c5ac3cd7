/** `kubectl get pods -w` in the terminal component: rows as the store changes; what ends the watch. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../../lessons/presetList';
import { presetScenario } from '../../lessons/presets';
import { createPreferencesStore } from '../../store/preferences';
import { createSimulationStore } from '../../store/simulationStore';
import { StoresProvider } from '../stores';
import { Terminal } from './Terminal';
import { keepWatchLines } from './useTerminal';

afterEach(cleanup);

function setup() {
  const simulation = createSimulationStore({ scenario: presetScenario(PRESETS[0]!), playing: false });
  const preferences = createPreferencesStore({ lang: 'en' });
  render(
    <StoresProvider stores={{ preferences, simulation }}>
      <Terminal readManifest={() => ''} />
    </StoresProvider>,
  );
  const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Command' });
  const type = (line: string) => {
    fireEvent.change(input, { target: { value: line } });
    fireEvent.submit(input.closest('form')!);
  };
  const output = () => screen.getAllByTestId('terminal-entry').at(-1)?.textContent ?? '';
  /** Runs virtual time in 100 ms frames, as the animation clock does while playing. */
  const advance = (ms: number) =>
    act(() => {
      for (let t = 0; t < ms; t += 100) simulation.getState().seek(simulation.getState().now + 100);
    });
  return { simulation, input, type, output, advance };
}

describe('kubectl get pods -w', () => {
  it('prints a row per change until Ctrl+C; Ctrl+C with text selected is a copy, not a stop', () => {
    const { simulation, input, type, output, advance } = setup();
    act(() => type('kubectl get pods -w'));
    expect(screen.getByTestId('terminal-stop-watch')).toBeTruthy();
    act(() => void simulation.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'app' }));
    advance(3_000);
    expect(output()).toMatch(/web\s+1\/2\s+Error/);

    fireEvent.change(input, { target: { value: 'kubectl' } });
    input.setSelectionRange(0, 7);
    fireEvent.keyDown(input, { key: 'c', code: 'KeyC', ctrlKey: true });
    expect(screen.queryByTestId('terminal-stop-watch')).toBeTruthy();
    input.setSelectionRange(7, 7);
    // A Russian layout's Ctrl+С: the physical key counts.
    act(() => void fireEvent.keyDown(input, { key: 'с', code: 'KeyC', ctrlKey: true }));
    expect(output()).toMatch(/\n\^C$/);
    expect(screen.queryByTestId('terminal-stop-watch')).toBeNull();
  });

  it('ends when time goes back (a scrub, a Reset): those are not changes a watch sees', () => {
    const { simulation, type, output, advance } = setup();
    act(() => type('kubectl get pods -w'));
    advance(1_000);
    const before = output();
    act(() => simulation.getState().seek(0));
    expect(output()).toBe(`${before}\n^C`);
    expect(output()).not.toContain('Terminating');
  });
});

describe('a long watch', () => {
  it('keeps its header and its newest 499 rows', () => {
    const rows = Array.from({ length: 800 }, (_, i) => `web   row ${i}`);
    const kept = keepWatchLines(['NAME   READY', ...rows].join('\n')).split('\n');
    expect(kept).toHaveLength(500);
    expect(kept[0]).toBe('NAME   READY');
    expect(kept[1]).toBe('web   row 301');
    expect(kept.at(-1)).toBe('web   row 799');
    expect(keepWatchLines('NAME\nweb')).toBe('NAME\nweb');
  });
});
