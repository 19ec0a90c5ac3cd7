import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n';
import { findPreset } from '../../lessons/presetList';
import { DEFAULT_SCENARIO } from '../../lessons/presets';
import { NAMESPACE_KINDS } from '../../sim/types';
import { createPreferencesStore } from '../../store/preferences';
import { createSimulationStore } from '../../store/simulationStore';
import { pod, running, waiting } from '../panel/testing/apiFixtures';
import { renderWithStores } from '../panel/testing/renderWithStores';
import { containerInfo, frame, sandbox } from '../panel/testing/runtimeFixtures';
import { StoresProvider } from '../stores';
import { NamespaceMatrix } from './NamespaceMatrix';
import { NAMESPACE_STYLES } from './namespaceStyle';

afterEach(cleanup);

/** The matrix against the real engine, opened on the default scenario (the web Pod, already running). */
function renderLive(lang: Lang = 'en') {
  const simulation = createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: true });
  const preferences = createPreferencesStore({ lang });
  render(
    <StoresProvider stores={{ preferences, simulation }}>
      <NamespaceMatrix />
    </StoresProvider>,
  );
  /** Lets virtual time run, as the animation clock would. */
  const run = (ms: number) =>
    act(() => {
      for (let t = 0; t < ms; t += 100) simulation.getState().tick(100);
    });
  return { simulation, run };
}

/** Row header texts ("sandbox #0" is kept on one line by a no-break space). */
const rowHeaders = () =>
  screen.getAllByRole('rowheader').map((th) => th.textContent?.replace(/\u00a0/g, ' '));
/** Each row's id of one namespace kind, by row name. */
function idsOf(kind: string): Record<string, string | null> {
  const rows = [...screen.getByTestId('ns-matrix-table').querySelectorAll('tbody tr')];
  return Object.fromEntries(
    rows.map((row): [string, string | null] => [
      row.getAttribute('data-container') ?? '',
      row.querySelector(`td[data-ns="${kind}"]`)?.getAttribute('data-ns-id') ?? null,
    ]),
  );
}

describe('NamespaceMatrix (the table view of the namespaces)', () => {
  it('is a captioned table: kinds as columns, pause first, then the containers', () => {
    renderLive();
    const table = screen.getByRole('table', { name: 'Namespaces of web: which ids the containers share' });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(columns).toEqual([
      'Container',
      'Network',
      'IPC',
      'UTS (hostname)',
      'PID',
      'Mount',
      'User',
      'cgroup',
    ]);
    expect(rowHeaders()).toEqual(['pausesandbox #0', 'app', 'log-shippersidecar · restartable init']);
    expect(within(table).getAllByRole('rowheader')[0]!.getAttribute('scope')).toBe('row');
  });

  it('names each column as the legend does', () => {
    for (const kind of NAMESPACE_KINDS) expect(NAMESPACE_STYLES[kind].name).toBe(`ns.${kind}`);
  });

  it('shows one net id for the whole Pod and a PID namespace per container, in words too', () => {
    renderLive();
    const net = idsOf('net');
    expect(net.pause).toMatch(/^\d{10}$/);
    expect(new Set(Object.values(net))).toEqual(new Set([net.pause]));
    const pid = Object.values(idsOf('pid'));
    expect(new Set(pid).size).toBe(3);

    const appNet = screen.getByRole('row', { name: /^app/ }).querySelector('td[data-ns="net"]')!;
    expect(appNet.textContent).toBe(`${net.app}⇔ same as pause`);
    const appPid = screen.getByRole('row', { name: /^app/ }).querySelector('td[data-ns="pid"]')!;
    expect(appPid.textContent).toBe(`${idsOf('pid').app}no one (own)`);
    const pauseNet = screen.getByRole('row', { name: /^pause/ }).querySelector('td[data-ns="net"]')!;
    expect(pauseNet.textContent).toContain('the Pod’s containers');
    const user = screen.getByRole('row', { name: /^app/ }).querySelector('td[data-ns="user"]')!;
    expect(user.textContent).toContain('the Node (host)');
  });

  it('with shareProcessNamespace: true every container has the pause container’s PID namespace', () => {
    const { simulation, run } = renderLive();
    const manifest = findPreset('shared-pid')!.manifest;
    act(() => {
      expect(simulation.getState().dispatch({ type: 'createPod', manifest })).toBe(true);
      simulation.getState().selectPod('shared-pid');
    });
    run(20_000);
    screen.getByRole('table', { name: 'Namespaces of shared-pid: which ids the containers share' });
    const pid = idsOf('pid');
    expect(Object.keys(pid)).toEqual(['pause', 'app', 'debug']);
    expect(pid.pause).toMatch(/^\d{10}$/);
    expect(new Set(Object.values(pid))).toEqual(new Set([pid.pause]));
    // mnt stays per container even then.
    expect(new Set(Object.values(idsOf('mnt'))).size).toBe(3);
  });

  it('follows the Pod: killing pause gives the Pod a new net id', () => {
    const { simulation, run } = renderLive();
    const before = idsOf('net').pause;
    act(() => void simulation.getState().dispatch({ type: 'killSandbox', pod: 'web' }));
    run(30_000);
    const after = idsOf('net');
    expect(after.pause).not.toBe(before);
    expect(new Set(Object.values(after))).toEqual(new Set([after.pause]));
    expect(rowHeaders()[0]).toBe('pausesandbox #1');
  });

  it('an exited container from the sandbox before says it shared the previous pause, not this one', () => {
    const { simulation, run } = renderLive();
    const kill = () =>
      act(() => void simulation.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'app' }));
    // Twice, so app waits in back-off; then pause dies and a new sandbox comes while app is still exited.
    kill();
    run(3_000);
    kill();
    run(1_000);
    act(() => void simulation.getState().dispatch({ type: 'killSandbox', pod: 'web' }));
    const appRow = () => screen.getByRole('row', { name: /^app/ });
    for (let t = 0; t < 10_000 && rowHeaders()[0] !== 'pausesandbox #1'; t += 100) run(100);
    expect(rowHeaders()[0]).toBe('pausesandbox #1');
    expect(appRow().textContent).toContain('exited');
    const net = idsOf('net');
    expect(net.app).not.toBe(net.pause);
    expect(appRow().querySelector('td[data-ns="net"]')!.textContent).toBe(
      `${net.app}⇔ same as the previous pause`,
    );
    // A container already in the new sandbox shares this pause.
    expect(net['log-shipper']).toBe(net.pause);
    expect(
      screen.getByRole('row', { name: /^log-shipper/ }).querySelector('td[data-ns="net"]')!.textContent,
    ).toBe(`${net.pause}⇔ same as pause`);
  });

  it('says "not started" for a container without namespaces yet, and marks init containers', () => {
    const box = sandbox('web');
    renderWithStores(<NamespaceMatrix />, {
      frame: frame({
        pods: [
          pod({
            name: 'web',
            initContainers: [{ name: 'fetch', state: running(1_500) }],
            containers: [{ name: 'app', state: waiting('PodInitializing') }],
          }),
        ],
        sandboxes: [box],
        containers: [containerInfo(box, 'fetch', 4026532300)],
      }),
    });
    expect(rowHeaders()).toEqual(['pausesandbox #0', 'fetchinit container #1 · runs first', 'app']);
    const app = screen.getByRole('row', { name: /^app/ });
    expect(within(app).getByRole('cell').textContent).toBe('not started');
    expect(within(app).getByRole('cell').getAttribute('colspan')).toBe('7');
  });

  it('says so when the Pod has no sandbox, no Pod is selected, or there are no Pods', () => {
    const web = pod({ name: 'web', containers: [{ name: 'app', state: waiting('ContainerCreating') }] });
    renderWithStores(<NamespaceMatrix />, { frame: frame({ pods: [web] }) });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No sandbox yet: the pause container has not been created.')).toBeTruthy();
    cleanup();

    renderWithStores(<NamespaceMatrix />, { frame: frame({ pods: [web] }), selectedPod: null });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No Pod selected.')).toBeTruthy();
    cleanup();

    renderWithStores(<NamespaceMatrix />, { frame: frame() });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No Pods on this Node. Create one from a preset.')).toBeTruthy();
  });

  it('marks the legend’s highlighted kind and speaks Chinese', () => {
    const { simulation } = renderLive('zh-CN');
    act(() => simulation.getState().highlightNamespace('pid'));
    const table = screen.getByRole('table', { name: 'web 的命名空间：哪些容器共享同一个 id' });
    const current = table.querySelectorAll('th[aria-current="true"]');
    expect([...current].map((th) => th.getAttribute('data-ns'))).toEqual(['pid']);
    expect(within(table).getAllByRole('columnheader')[1]!.textContent).toBe('网络（net）');
  });
});
