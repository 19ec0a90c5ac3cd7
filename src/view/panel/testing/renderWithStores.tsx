/** Renders a panel component against a fake simulation store built from fixture data (no engine needed). */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../../../i18n';
import type { SimFrame } from '../../../store/frame';
import { sharePodViews } from '../../../store/podViews';
import { createPreferencesStore } from '../../../store/preferences';
import type { SimulationState } from '../../../store/simulationStore';
import { StoresProvider } from '../../stores';

export interface FakeStoreInit {
  frame: SimFrame;
  now?: number;
  selectedPod?: string | null;
}

export function createFakeSimulationStore(init: FakeStoreInit) {
  return createStore<SimulationState>()((set) => ({
    scenario: { id: 'test', seed: 1, setup: [], warmup: 0 },
    frame: init.frame,
    podViews: sharePodViews([], init.frame),
    now: init.now ?? init.frame.now,
    horizon: init.now ?? init.frame.now,
    playing: false,
    speed: 1,
    log: [],
    selectedPod:
      init.selectedPod === undefined ? (init.frame.pods[0]?.metadata?.name ?? null) : init.selectedPod,
    highlightedNamespace: null,
    notice: null,
    narration: [],
    dispatch: vi.fn(() => true),
    tick: vi.fn(),
    play: vi.fn(),
    pause: vi.fn(),
    setSpeed: vi.fn(),
    stepToNextEvent: vi.fn(),
    seek: vi.fn(),
    reset: vi.fn(),
    load: vi.fn(),
    // A real setter, wrapped in a spy, so tests see both the call and the re-render.
    selectPod: vi.fn((name: string | null) => set({ selectedPod: name })),
    highlightNamespace: vi.fn(),
    dismissNotice: vi.fn(),
    query: vi.fn(),
    showNotice: vi.fn(),
    selectedContainer: null,
    selectContainer: vi.fn(),
    timeline: vi.fn(() => []),
  }));
}

export function renderWithStores(ui: ReactNode, init: FakeStoreInit & { lang?: Lang }) {
  const simulation = createFakeSimulationStore(init);
  const preferences = createPreferencesStore({ lang: init.lang ?? 'en' });
  const result = render(<StoresProvider stores={{ preferences, simulation }}>{ui}</StoresProvider>);
  return { ...result, simulation, preferences };
}
