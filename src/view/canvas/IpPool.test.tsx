import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPreferencesStore } from '../../store/preferences';
import { createFakeSimulationStore } from '../panel/testing/renderWithStores';
import { frame } from '../panel/testing/runtimeFixtures';
import { StoresProvider } from '../stores';
import { IpPool } from './IpPool';

afterEach(cleanup);

function renderPool(used: string, owners: string) {
  const stores = {
    preferences: createPreferencesStore({ lang: 'en' }),
    simulation: createFakeSimulationStore({ frame: frame() }),
  };
  return render(
    <StoresProvider stores={stores}>
      <svg>
        <IpPool first="10.244.1.2" size={253} used={used} owners={owners} x={0} y={0} />
      </svg>
    </StoresProvider>,
  );
}

describe('IpPool', () => {
  it('draws free addresses as one path and each reserved one as a cell naming its address and owner', () => {
    const { container } = renderPool('10.244.1.2 10.244.1.7', '10.244.1.2=web 10.244.1.7=db');
    const used = [...container.querySelectorAll('rect.ip-cell.used')];
    expect(used.map((cell) => cell.querySelector('title')?.textContent)).toEqual([
      '10.244.1.2 · web',
      '10.244.1.7 · db',
    ]);
    // One closed sub-path per free address: 253 − 2.
    const free = container.querySelector('path.ip-cell')?.getAttribute('d') ?? '';
    expect(free.match(/z/g)).toHaveLength(251);
    expect(container.querySelector('.ip-pool-label')?.textContent).toBe('IP pool: 2 used · 251 free');
    // The whole pool is a handful of elements, not one per address.
    expect(container.querySelectorAll('.ip-pool *').length).toBeLessThan(10);
  });
});
