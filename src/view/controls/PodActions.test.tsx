import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { pod } from '../panel/testing/apiFixtures';
import { renderWithStores } from '../panel/testing/renderWithStores';
import { frame } from '../panel/testing/runtimeFixtures';
import { exitStatus, PodActions } from './PodActions';

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

  it('keeps the exit code as typed, and says which status the process really gets', () => {
    const { simulation } = renderWithStores(<PodActions />, {
      frame: frame({ pods: [pod({ name: 'web' })] }),
    });
    const field = screen.getByTestId<HTMLInputElement>('exit-code');
    fireEvent.change(field, { target: { value: '' } });
    expect(field.value).toBe(''); // clearable, to type a new code
    expect(screen.getByTestId('exit-code-effective').textContent).toBe('exits with 0');
    fireEvent.change(field, { target: { value: '999' } });
    expect(field.value).toBe('999');
    expect(screen.getByTestId('exit-code-effective').textContent).toBe(
      'exits with 231: the kernel keeps the low 8 bits',
    );
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByTestId('exit-code-effective').id);
    fireEvent.click(screen.getByTestId('action-exit'));
    expect(simulation.getState().dispatch).toHaveBeenLastCalledWith(
      expect.objectContaining({ type: 'exitContainer', pod: 'web', exitCode: 231 }),
    );
    fireEvent.change(field, { target: { value: '42' } });
    expect(screen.queryByTestId('exit-code-effective')).toBeNull();
    expect(field.hasAttribute('aria-describedby')).toBe(false);
  });

  it('exitStatus keeps the low 8 bits, as exit(3) does', () => {
    expect([0, 1, 255, 256, 999, -1, -5].map((n) => exitStatus(String(n)))).toEqual([
      0, 1, 255, 0, 231, 255, 251,
    ]);
    expect(exitStatus('')).toBe(0);
    expect(exitStatus('abc')).toBe(0);
  });
});
