import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { pod } from '../panel/testing/apiFixtures';
import { renderWithStores } from '../panel/testing/renderWithStores';
import { frame } from '../panel/testing/runtimeFixtures';
import { PodActions } from './PodActions';

afterEach(cleanup);

describe('PodActions', () => {
  it('when the selected Pod is gone, says so and offers the remaining Pods to pick', () => {
    const { simulation } = renderWithStores(<PodActions />, {
      frame: frame({ pods: [pod({ name: 'web-7f2' }), pod({ name: 'db', uid: 'uid-db' })] }),
      selectedPod: 'web-1a9',
    });
    expect(screen.getByText('No Pod selected.')).toBeTruthy();
    const select = screen.getByTestId<HTMLSelectElement>('pod-select');
    expect([...select.options].map((o) => o.value)).toEqual(['', 'web-7f2', 'db']);
    fireEvent.change(select, { target: { value: 'db' } });
    expect(simulation.getState().selectedPod).toBe('db');
    // Picked: the full form is back, aimed at that Pod.
    expect(screen.getByTestId<HTMLSelectElement>('pod-select').value).toBe('db');
    expect(screen.queryByText('No Pod selected.')).toBeNull();
  });

  it('with no Pods at all, says so without an empty picker', () => {
    renderWithStores(<PodActions />, { frame: frame({ pods: [] }), selectedPod: null });
    expect(screen.getByText('No Pod selected.')).toBeTruthy();
    expect(screen.queryByTestId('pod-select')).toBeNull();
  });
});
