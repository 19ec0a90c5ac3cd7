import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStores } from '../panel/testing/renderWithStores';
import { frame } from '../panel/testing/runtimeFixtures';
import { TimeBar } from './TimeBar';

afterEach(cleanup);

const shown = () => screen.getByTestId('time-now').textContent;
const scrubber = () => screen.getByTestId<HTMLInputElement>('scrubber');

describe('TimeBar', () => {
  it('while playing moves the clock every 100 wall ms (speed × 100 virtual ms), when paused shows the exact time', () => {
    const { simulation } = renderWithStores(<TimeBar />, { frame: frame({ pods: [] }), now: 10_000 });
    act(() => simulation.setState({ playing: true, speed: 5, now: 10_000, horizon: 10_000 }));
    expect(shown()).toContain('10.0 s');
    // 5× a 16 ms frame is 83 virtual ms: the clock waits for the next 500 ms step.
    act(() => simulation.setState({ now: 10_083, horizon: 10_083 }));
    act(() => simulation.setState({ now: 10_417, horizon: 10_417 }));
    expect(shown()).toContain('10.0 s');
    expect(scrubber().value).toBe('10000');
    act(() => simulation.setState({ now: 10_501, horizon: 10_501 }));
    expect(shown()).toContain('10.5 s');
    // Paused (and after a seek or a step): exact.
    act(() => simulation.setState({ playing: false, now: 10_730, horizon: 10_730 }));
    expect(shown()).toContain('10.7 s');
    expect(scrubber().max).toBe('10730');
  });

  it('at 1× still shows every tenth of a second', () => {
    const { simulation } = renderWithStores(<TimeBar />, { frame: frame({ pods: [] }), now: 0 });
    act(() => simulation.setState({ playing: true, speed: 1, now: 1_234, horizon: 1_234 }));
    expect(shown()).toContain('1.2 s');
    act(() => simulation.setState({ now: 1_301, horizon: 1_301 }));
    expect(shown()).toContain('1.3 s');
  });
});
