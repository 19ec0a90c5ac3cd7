import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PodTable } from './PodTable';
import { pod, running, terminated, waiting } from './testing/apiFixtures';
import { frame } from './testing/runtimeFixtures';
import { renderWithStores } from './testing/renderWithStores';

afterEach(cleanup);

/** Text without the decorative (aria-hidden) parts: what a screen reader announces. */
function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

/** The text of each cell of a Pod's row, NAME … NODE. */
function rowOf(name: string): string[] {
  const rows = [...screen.getByTestId('pod-table').querySelectorAll('tbody tr')];
  const row = rows.find((r) => r.getAttribute('data-pod') === name);
  if (!row) throw new Error(`no row for ${name}`);
  return [...row.querySelectorAll('td')].map(spokenText);
}

const crashLooping = pod({
  name: 'crashy',
  createdAt: 0,
  containers: [
    {
      name: 'app',
      state: waiting('CrashLoopBackOff', 'back-off 40s restarting failed container=app'),
      lastState: terminated(1, 'Error', 70_000, 80_000),
      restartCount: 3,
      ready: false,
    },
  ],
  conditions: [['Ready', 'False']],
});

const terminating = pod({ name: 'leaving', createdAt: 30_000, ip: '10.244.1.7', deletionAt: 120_000 });

const pending = pod({
  name: 'pending',
  createdAt: 95_000,
  phase: 'Pending',
  ip: '',
  containers: [{ name: 'app', state: waiting('ContainerCreating') }],
  conditions: [['Ready', 'False']],
});

const runningPod = pod({ name: 'web', createdAt: 0, containers: [{ name: 'app', state: running(2_000) }] });

function renderTable(now = 100_000) {
  return renderWithStores(<PodTable />, {
    frame: frame({ pods: [runningPod, crashLooping, terminating, pending] }),
    now,
  });
}

describe('PodTable (kubectl get pods -o wide)', () => {
  it('is a captioned table with kubectl’s columns', () => {
    renderTable();
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => [th.textContent, th.getAttribute('scope')]);
    expect(headers).toEqual(
      ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE'].map((name) => [name, 'col']),
    );
    const caption = 'Pods in the default namespace, as kubectl get pods -o wide shows them';
    expect(table.querySelector('caption')?.textContent).toBe(caption);
    // The scrolling wrapper is named by the caption, so it is announced and keyboard-scrollable.
    const region = screen.getByRole('region', { name: caption });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-labelledby')).toBe(table.querySelector('caption')?.id);
  });

  it('sizes each column to its widest text, like kubectl’s tabwriter (fixed layout: no re-measuring)', () => {
    renderTable();
    const table = screen.getByTestId('pod-table');
    expect(table.className).toContain('table-fixed');
    const widths = [...table.querySelectorAll('col')].map((col) => col.style.width);
    // NAME: "leaving" (7) + the 1.5-character ▸ marker; STATUS: "ContainerCreating" (17); IP: "10.244.1.5".
    expect(widths[0]).toBe('calc(8.5ch + 1rem)');
    expect(widths[2]).toBe('calc(17ch + 1rem)');
    expect(widths[5]).toBe('calc(10ch + 1rem)');
    expect(widths).toHaveLength(7);
  });

  it('shows a running Pod', () => {
    renderTable();
    expect(rowOf('web')).toEqual(['web', '1/1', 'Running', '0', '100s', '10.244.1.5', 'node-1']);
  });

  it('shows a crash-looping Pod with restarts and how long ago it last died', () => {
    renderTable();
    expect(rowOf('crashy')).toEqual([
      'crashy',
      '0/1',
      'CrashLoopBackOff',
      '3 (20s ago)',
      '100s',
      '10.244.1.5',
      'node-1',
    ]);
  });

  it('shows a deleted Pod as Terminating', () => {
    renderTable();
    expect(rowOf('leaving')[2]).toBe('Terminating');
  });

  it('prints <none> for a Pod without an IP yet', () => {
    renderTable();
    expect(rowOf('pending')).toEqual(['pending', '0/1', 'ContainerCreating', '0', '5s', '<none>', 'node-1']);
  });

  it('formats AGE like kubectl as time passes', () => {
    const ages = [150_000, 600_000, 4 * 3_600_000 + 60_000, 3 * 86_400_000].map((now) => {
      cleanup();
      renderTable(now);
      return rowOf('web')[4];
    });
    expect(ages).toEqual(['2m30s', '10m', '4h1m', '3d']);
  });

  it('follows the virtual clock, one second at a time', () => {
    const { simulation } = renderTable(100_000);
    act(() => simulation.setState({ now: 100_900 }));
    expect(rowOf('web')[4]).toBe('100s');
    act(() => simulation.setState({ now: 121_000 }));
    expect(rowOf('web')[4]).toBe('2m1s');
  });

  it('selects a Pod when its name is activated, and marks the selected one', () => {
    const { simulation } = renderTable();
    const button = screen.getByRole('button', { name: 'crashy' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'web' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(button);

    expect(simulation.getState().selectPod).toHaveBeenCalledWith('crashy');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'web' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('renders a hostile Pod name as literal text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { container } = renderWithStores(<PodTable />, {
      frame: frame({ pods: [pod({ name })] }),
      now: 1_000,
    });
    expect(container.querySelector('img')).toBeNull();
    expect(spokenText(screen.getByRole('button', { name }))).toBe(name);
    expect(rowOf(name)[0]).toBe(name);
  });

  it('says so when there are no Pods', () => {
    renderWithStores(<PodTable />, { frame: frame(), now: 0 });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No resources found in default namespace.')).toBeTruthy();
  });
});
