import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DescribePod } from './DescribePod';
import { pod, running, terminated, waiting } from './testing/apiFixtures';
import { containerInfo, frame, sandbox } from './testing/runtimeFixtures';
import { renderWithStores } from './testing/renderWithStores';

afterEach(cleanup);

/** "Label: value" lines of a <dl> (or part of it), as [label, value] pairs in order. */
function fields(root: Element): [string, string][] {
  return [...root.querySelectorAll('dt')].map((dt) => [
    dt.textContent ?? '',
    dt.nextElementSibling?.textContent ?? '',
  ]);
}

function containerFields(name: string): [string, string][] {
  const block = screen.getByTestId('describe-pod').querySelector(`[data-container="${name}"]`);
  if (!block) throw new Error(`no container ${name}`);
  return fields(block);
}

const oomKilled = pod({
  name: 'web',
  owner: { kind: 'ReplicaSet', name: 'web-7d9f8' },
  labels: { tier: 'front', app: 'web' },
  initContainers: [{ name: 'setup', image: 'busybox:1.36', state: terminated(0, 'Completed', 1_000, 2_000) }],
  containers: [
    {
      name: 'app',
      ports: [80],
      state: running(65_000),
      lastState: terminated(137, 'OOMKilled', 3_000, 60_000),
      restartCount: 1,
    },
    { name: 'log', image: 'fluent-bit:3', state: waiting('ContainerCreating') },
  ],
  conditions: [
    ['PodReadyToStartContainers', 'True'],
    ['Initialized', 'True'],
    ['Ready', 'False'],
  ],
});

function renderDescribe(selectedPod: string | null = 'web') {
  const box = sandbox('web');
  const app = containerInfo(box, 'app', 4026532300);
  return renderWithStores(<DescribePod />, {
    frame: frame({ pods: [oomKilled], sandboxes: [box], containers: [app] }),
    now: 70_000,
    selectedPod,
  });
}

describe('DescribePod (kubectl describe pod)', () => {
  it('prints the Pod-level lines in kubectl’s words', () => {
    renderDescribe();
    const top = fields(screen.getByTestId('describe-fields'));
    expect(top).toEqual([
      ['Name:', 'web'],
      ['Namespace:', 'default'],
      ['Node:', 'node-1/192.168.49.2'],
      ['Start Time:', 'Wed, 01 Jan 2025 00:00:00 +0000'],
      ['Labels:', 'app=webtier=front'],
      ['Status:', 'Running'],
      ['IP:', '10.244.1.5'],
      ['IPs:', ''],
      ['IP:', '10.244.1.5'],
      ['Controlled By:', 'ReplicaSet/web-7d9f8'],
    ]);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Details of web');
  });

  it('shows the last state of a restarted container: Terminated, reason and exit code 137', () => {
    renderDescribe();
    expect(containerFields('app')).toEqual([
      ['Container ID:', 'containerd://3f2a9c1b7d4e0'],
      ['Image:', 'nginx:1.27'],
      ['Port:', '80/TCP'],
      ['State:', 'Running'],
      ['Started:', 'Wed, 01 Jan 2025 00:01:05 +0000'],
      ['Last State:', 'Terminated'],
      ['Reason:', 'OOMKilled'],
      ['Exit Code:', '137'],
      ['Started:', 'Wed, 01 Jan 2025 00:00:03 +0000'],
      ['Finished:', 'Wed, 01 Jan 2025 00:01:00 +0000'],
      ['Ready:', 'True'],
      ['Restart Count:', '1'],
    ]);
  });

  it('lists init containers separately, and a waiting container with its reason and no Last State', () => {
    renderDescribe();
    expect(screen.getByText('Init containers (1)')).toBeTruthy();
    expect(containerFields('setup')).toContainEqual(['Exit Code:', '0']);
    const log = containerFields('log');
    expect(log).toContainEqual(['State:', 'Waiting']);
    expect(log).toContainEqual(['Reason:', 'ContainerCreating']);
    expect(log).toContainEqual(['Port:', '<none>']);
    expect(log.map(([label]) => label)).not.toContain('Last State:');
  });

  it('has a Conditions table with Type and Status', () => {
    renderDescribe();
    const table = screen.getByTestId('conditions');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['PodReadyToStartContainers', 'True'],
      ['Initialized', 'True'],
      ['Ready', 'False'],
    ]);
    expect([...table.querySelectorAll('th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col']);
  });

  it('marks net/ipc/uts as the same as pause, pid/mnt/cgroup as the container’s own, user as the Node’s', () => {
    renderDescribe();
    const relations = (testId: string): Record<string, (string | null | undefined)[]> =>
      Object.fromEntries(
        [...screen.getByTestId(testId).querySelectorAll('tbody tr')].map((tr) => [
          tr.getAttribute('data-ns') ?? '',
          [
            tr.querySelector('th')?.textContent,
            tr.getAttribute('data-relation'),
            tr.querySelector('td')?.textContent,
          ],
        ]),
      );
    const app = relations('ns-container-app');
    expect(app.net).toEqual(['net:[4026532281]', 'samePause', '⇔ same as pause']);
    expect(app.ipc?.[2]).toBe('⇔ same as pause');
    expect(app.uts?.[2]).toBe('⇔ same as pause');
    expect(app.pid).toEqual(['pid:[4026532300]', 'own', 'no one (own)']);
    expect(app.mnt?.[1]).toBe('own');
    expect(app.user?.[2]).toBe('the Node (host)');

    const pause = relations('ns-pause');
    expect(pause.net).toEqual(['net:[4026532281]', 'podShared', '⇔ the Pod’s containers']);
    expect(pause.pid?.[1]).toBe('own');
    expect(screen.getByTestId('ns-pause').querySelector('caption')?.textContent).toBe(
      'pause container (sandbox a1b2c3d4e5f60, SANDBOX_READY, PID 4100)',
    );
    // Containers the runtime has not created yet have no namespaces to show.
    expect(screen.getByTestId('ns-container-log').textContent).toBe('log: not created yet');
  });

  it('prints Terminating and the grace period for a deleted Pod', () => {
    renderWithStores(<DescribePod />, { frame: frame({ pods: [pod({ deletionAt: 40_000 })] }), now: 10_000 });
    const top = fields(screen.getByTestId('describe-fields'));
    expect(top).toContainEqual(['Status:', 'Terminating']);
    expect(top).toContainEqual(['Termination Grace Period:', '30s']);
    expect(screen.getByText('No sandbox yet: the pause container has not been created.')).toBeTruthy();
  });

  it('asks for a selection when no Pod is selected', () => {
    renderDescribe(null);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Details');
    expect(screen.getByText('Choose a Pod in the table to see its details.')).toBeTruthy();
  });
});
