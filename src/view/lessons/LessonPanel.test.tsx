import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../i18n';
import { DEFAULT_SCENARIO } from '../../lessons/presets';
import { createPreferencesStore } from '../../store/preferences';
import { createSimulationStore } from '../../store/simulationStore';
import { StoresProvider } from '../stores';
import { LessonPanel } from './LessonPanel';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function renderPanel(lang: Lang = 'en', onLeave = vi.fn()) {
  const simulation = createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: true, speed: 20 });
  const preferences = createPreferencesStore({ lang });
  render(
    <StoresProvider stores={{ preferences, simulation }}>
      <LessonPanel onLeave={onLeave} />
    </StoresProvider>,
  );
  /** Lets virtual time run, as the animation clock would. */
  const run = (ms: number) =>
    act(() => {
      for (let t = 0; t < ms; t += 250 * 20) simulation.getState().tick(250);
    });
  return { simulation, run, onLeave };
}

describe('LessonPanel', () => {
  it('lists every lesson with its progress and a named button', () => {
    renderPanel();
    const items = within(screen.getByTestId('lesson-menu-list')).getAllByRole('listitem');
    expect(items).toHaveLength(9);
    expect(screen.getByRole('button', { name: 'Start: When the pause container dies' })).toBeTruthy();
    expect(items[5]!.textContent).toContain('0 of 3 steps done');
  });

  it('walks a step: guess, act, then the explanation quotes the live IPs', () => {
    const { simulation, run } = renderPanel();
    fireEvent.click(screen.getByTestId('lesson-open-kill-pause'));
    const heading = screen.getByTestId('lesson-step-title');
    expect(document.activeElement).toBe(heading);
    const group = screen.getByRole('group', {
      name: 'If you kill the pause container, will the Pod IP change?',
    });
    fireEvent.click(within(group).getByRole('radio', { name: 'Yes' }));
    const oldIp = simulation.getState().frame.pods[0]?.status?.podIP ?? '';
    fireEvent.click(screen.getByRole('button', { name: 'Kill pause' }));
    expect(screen.getByTestId('lesson-waiting')).toBeTruthy();
    run(6_000);
    const result = screen.getByTestId('lesson-result');
    expect(result.closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.getByTestId('lesson-feedback').textContent).toMatch(/^✓ Right! You guessed: Yes\./);
    const newIp = simulation.getState().frame.pods.find((p) => p.metadata?.name === 'web')?.status?.podIP;
    expect(screen.getByTestId('lesson-explain').textContent).toContain(`${oldIp} → ${newIp}`);
    expect(group.hasAttribute('disabled')).toBe(true);
  });

  it('speaks Chinese without stray spaces, and tells the learner when time is paused', () => {
    const { simulation } = renderPanel('zh-CN');
    fireEvent.click(screen.getByTestId('lesson-open-kill-pause'));
    act(() => simulation.getState().pause());
    fireEvent.click(screen.getByTestId('lesson-choice-stays'));
    fireEvent.click(screen.getByTestId('lesson-act'));
    expect(screen.getByText('时间已暂停，继续播放后才会有变化。')).toBeTruthy();
    fireEvent.click(screen.getByTestId('lesson-play'));
    expect(simulation.getState().playing).toBe(true);
    act(() => {
      for (let i = 0; i < 40; i++) simulation.getState().tick(250);
    });
    expect(screen.getByTestId('lesson-feedback').textContent).toMatch(/^✗ 不太对。你的猜测：不会变。/);
  });

  it('leaves to free play with the scene kept, and says so in the menu', () => {
    const { simulation, onLeave } = renderPanel();
    fireEvent.click(screen.getByTestId('lesson-open-kill-app'));
    fireEvent.click(screen.getByTestId('lesson-free-play'));
    expect(onLeave).toHaveBeenCalledOnce();
    expect(simulation.getState().scenario.id).toBe('lesson-kill-app');
    expect(screen.getByTestId('lesson-left').textContent).toContain('When an app container dies');
    expect(screen.getByRole('button', { name: 'Continue: When an app container dies' })).toBeTruthy();
  });
});
