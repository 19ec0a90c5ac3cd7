/**
 * kubectl `get pods` columns. The upstream rows are ported from kubernetes/kubernetes
 * `pkg/printers/internalversion/printers_test.go` (recent copy with sidecar support):
 * TestPrintPod (20/20 rows; AGE column not modelled), TestPrintPodWithRestartableInitContainer (5/5),
 * TestPrintPodConditions (3/3, columns only; the table-row conditions are not modelled).
 * Skipped: TestPrintPodwide (its READY/STATUS/RESTARTS cells repeat TestPrintPod rows; the wide IP/node/gates
 * columns are not ours) and TestPrintPodList (the same rows wrapped in a list).
 * Upstream builds times as `time.Now().Add(-10 * time.Second)`; here they are offsets from a fixed `NOW`.
 */
import { describe, expect, it } from 'vitest';
import {
  humanDuration,
  kubectlPodColumns,
  kubectlReady,
  kubectlRestarts,
  kubectlStatus,
} from './kubectlStatus';
import type { Pod, PodSpec, PodStatus } from './types';

type ContainerStatus = NonNullable<PodStatus['containerStatuses']>[number];
type ContainerState = NonNullable<ContainerStatus['state']>;

const NOW = new Date('2025-01-01T12:00:00Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** An RFC 3339 time `ms` before NOW. */
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

// ---- builders ----

function cs(rest: Partial<ContainerStatus> = {}): ContainerStatus {
  return { name: '', image: '', imageID: '', ready: false, restartCount: 0, ...rest };
}
const runningState: ContainerState = { running: {} };
const waitingState = (reason?: string): ContainerState => ({
  waiting: reason === undefined ? {} : { reason },
});
const terminatedState = (exitCode: number, reason?: string, signal?: number): ContainerState => ({
  terminated: { exitCode, reason, signal },
});
/** `lastState.terminated` that finished `ms` before NOW. */
const lastTerminated = (ms: number): ContainerState => ({ terminated: { exitCode: 0, finishedAt: ago(ms) } });

/** `make([]api.Container, n)`: n unnamed containers. */
const unnamed = (n: number) => Array.from({ length: n }, () => ({ name: '' }));
const sidecar = (name: string) => ({ name, restartPolicy: 'Always' });

function pod(spec: PodSpec, status: PodStatus, meta: { deleted?: boolean } = {}): Pod {
  return {
    metadata: { name: 'p', ...(meta.deleted ? { deletionTimestamp: ago(10 * SECOND) } : {}) },
    spec,
    status,
  };
}

interface Row {
  test: string;
  pod: Pod;
  /** [READY, STATUS, RESTARTS] */
  want: [string, string, string];
}

const check = ({ pod: p, want }: Row) => {
  const { ready, status, restarts } = kubectlPodColumns(p, NOW);
  expect([ready, status, restarts]).toEqual(want);
};

// ---- TestPrintPod ----

const printPodRows: Row[] = [
  {
    test: 'test1: name, num of containers, restarts, container ready status',
    pod: pod(
      { containers: unnamed(2) },
      {
        phase: 'podPhase',
        containerStatuses: [
          cs({ ready: true, restartCount: 3, state: runningState }),
          cs({ restartCount: 3 }),
        ],
      },
    ),
    want: ['1/2', 'podPhase', '6'],
  },
  {
    test: 'test2: container error overwrites pod phase',
    pod: pod(
      { containers: unnamed(2) },
      {
        phase: 'podPhase',
        containerStatuses: [
          cs({ ready: true, restartCount: 3, state: runningState }),
          cs({ state: waitingState('ContainerWaitingReason'), restartCount: 3 }),
        ],
      },
    ),
    want: ['1/2', 'ContainerWaitingReason', '6'],
  },
  {
    test: 'test3: same with Terminated state, the first container overwrites the rest',
    pod: pod(
      { containers: unnamed(2) },
      {
        phase: 'podPhase',
        containerStatuses: [
          cs({ state: waitingState('ContainerWaitingReason'), restartCount: 3 }),
          cs({
            state: { terminated: { exitCode: 0, reason: 'ContainerTerminatedReason' } },
            restartCount: 3,
          }),
        ],
      },
    ),
    want: ['0/2', 'ContainerWaitingReason', '6'],
  },
  {
    test: 'test4: ready is not enough for reporting running',
    pod: pod(
      { containers: unnamed(2) },
      {
        phase: 'podPhase',
        containerStatuses: [
          cs({ ready: true, restartCount: 3, state: runningState }),
          cs({ ready: true, restartCount: 3 }),
        ],
      },
    ),
    want: ['1/2', 'podPhase', '6'],
  },
  {
    test: 'test5: ready is not enough for reporting running (pod reason)',
    pod: pod(
      { containers: unnamed(2) },
      {
        reason: 'podReason',
        phase: 'podPhase',
        containerStatuses: [
          cs({ ready: true, restartCount: 3, state: runningState }),
          cs({ ready: true, restartCount: 3 }),
        ],
      },
    ),
    want: ['1/2', 'podReason', '6'],
  },
  {
    test: 'test6: one running and one completed, w/o ready condition',
    pod: pod(
      { containers: unnamed(2) },
      {
        phase: 'Running',
        reason: '',
        containerStatuses: [
          cs({ ready: true, restartCount: 3, state: terminatedState(0, 'Completed') }),
          cs({ ready: true, restartCount: 3, state: runningState }),
        ],
      },
    ),
    want: ['1/2', 'NotReady', '6'],
  },
  {
    test: 'test6: one running and one completed, with ready condition',
    pod: pod(
      { containers: unnamed(2) },
      {
        phase: 'Running',
        reason: '',
        containerStatuses: [
          cs({ ready: true, restartCount: 3, state: terminatedState(0, 'Completed') }),
          cs({ ready: true, restartCount: 3, state: runningState }),
        ],
        conditions: [{ type: 'Ready', status: 'True', lastProbeTime: ago(0) }],
      },
    ),
    want: ['1/2', 'Running', '6'],
  },
  {
    test: 'test7: 1 init container restarting and 1 container not running',
    pod: pod(
      { initContainers: unnamed(1), containers: unnamed(1) },
      {
        phase: 'podPhase',
        initContainerStatuses: [
          cs({ restartCount: 3, state: runningState, lastState: lastTerminated(10 * SECOND) }),
        ],
        containerStatuses: [cs({ state: waitingState() })],
      },
    ),
    want: ['0/1', 'Init:0/1', '3 (10s ago)'],
  },
  {
    test: 'test8: 2 init containers, one restarting and the other not running, and 1 container not running',
    pod: pod(
      { initContainers: unnamed(2), containers: unnamed(1) },
      {
        phase: 'podPhase',
        initContainerStatuses: [
          cs({ restartCount: 3, state: runningState, lastState: lastTerminated(10 * SECOND) }),
          cs({ state: waitingState() }),
        ],
        containerStatuses: [cs({ state: waitingState() })],
      },
    ),
    want: ['0/1', 'Init:0/2', '3 (10s ago)'],
  },
  {
    test: 'test9: 2 init containers, one completed without restarts and the other restarting',
    pod: pod(
      { initContainers: unnamed(2), containers: unnamed(1) },
      {
        phase: 'podPhase',
        initContainerStatuses: [
          cs({ state: terminatedState(0) }),
          cs({ restartCount: 3, state: runningState, lastState: lastTerminated(10 * SECOND) }),
        ],
        containerStatuses: [cs({ state: waitingState() })],
      },
    ),
    want: ['0/1', 'Init:1/2', '3 (10s ago)'],
  },
  {
    test: 'test10: 2 init containers, one completed with restarts and the other restarting',
    pod: pod(
      { initContainers: unnamed(2), containers: unnamed(1) },
      {
        phase: 'podPhase',
        initContainerStatuses: [
          cs({ restartCount: 2, state: terminatedState(0), lastState: lastTerminated(2 * MINUTE) }),
          cs({ restartCount: 3, state: runningState, lastState: lastTerminated(10 * SECOND) }),
        ],
        containerStatuses: [cs({ state: waitingState() })],
      },
    ),
    want: ['0/1', 'Init:1/2', '5 (10s ago)'],
  },
  {
    test: 'test11: 1 init container completed with restarts and one container restarting',
    pod: pod(
      { initContainers: unnamed(1), containers: unnamed(1) },
      {
        phase: 'Running',
        initContainerStatuses: [
          cs({ restartCount: 2, state: terminatedState(0), lastState: lastTerminated(2 * MINUTE) }),
        ],
        containerStatuses: [
          cs({ restartCount: 4, state: runningState, lastState: lastTerminated(20 * SECOND) }),
        ],
      },
    ),
    want: ['0/1', 'Running', '4 (20s ago)'],
  },
  {
    test: 'test12: 1 container that restarted 5d ago',
    pod: pod(
      { containers: unnamed(1) },
      {
        phase: 'Running',
        containerStatuses: [
          cs({ ready: true, restartCount: 3, state: runningState, lastState: lastTerminated(5 * DAY) }),
        ],
      },
    ),
    want: ['1/1', 'Running', '3 (5d ago)'],
  },
  {
    test: 'test13: 2 containers, one has never restarted and the other has restarted 10d ago',
    pod: pod(
      { containers: unnamed(2) },
      {
        phase: 'Running',
        containerStatuses: [
          cs({ ready: true, restartCount: 0, state: runningState }),
          cs({ ready: true, restartCount: 3, state: runningState, lastState: lastTerminated(10 * DAY) }),
        ],
      },
    ),
    want: ['2/2', 'Running', '3 (10d ago)'],
  },
  {
    test: 'test14: 2 containers, one restarted 5d ago and the other restarted 20d ago',
    pod: pod(
      { containers: unnamed(2) },
      {
        phase: 'Running',
        containerStatuses: [
          cs({ ready: true, restartCount: 6, state: runningState, lastState: lastTerminated(5 * DAY) }),
          cs({ ready: true, restartCount: 3, state: runningState, lastState: lastTerminated(20 * DAY) }),
        ],
      },
    ),
    want: ['2/2', 'Running', '9 (5d ago)'],
  },
  {
    test: 'test15: PodScheduled condition with reason SchedulingGated',
    pod: pod(
      { containers: unnamed(2) },
      {
        phase: 'podPhase',
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
      },
    ),
    want: ['0/2', 'SchedulingGated', '0'],
  },
  {
    test: 'test16: pod condition succeed',
    pod: pod(
      { containers: unnamed(1) },
      { phase: 'Succeeded', containerStatuses: [cs({ state: terminatedState(0, 'Completed') })] },
    ),
    want: ['0/1', 'Completed', '0'],
  },
  {
    test: 'test17: pod condition failed',
    pod: pod(
      { containers: unnamed(1) },
      { phase: 'Failed', containerStatuses: [cs({ state: terminatedState(1, 'Error') })] },
    ),
    want: ['0/1', 'Error', '0'],
  },
  {
    test: 'test18: pod condition succeed with deletion',
    pod: pod(
      { containers: unnamed(1) },
      { phase: 'Succeeded', containerStatuses: [cs({ state: terminatedState(0, 'Completed') })] },
      { deleted: true },
    ),
    want: ['0/1', 'Completed', '0'],
  },
  {
    test: 'test19: pod condition running with deletion',
    pod: pod(
      { containers: unnamed(1) },
      { phase: 'Running', containerStatuses: [cs({ state: runningState })] },
      { deleted: true },
    ),
    want: ['0/1', 'Terminating', '0'],
  },
  {
    test: 'test20: pod condition pending with deletion',
    pod: pod({ containers: unnamed(1) }, { phase: 'Pending' }, { deleted: true }),
    want: ['0/1', 'Terminating', '0'],
  },
];

// ---- TestPrintPodWithRestartableInitContainer ----

const twoSidecars = { initContainers: [sidecar('restartable-init-1'), sidecar('restartable-init-2')] };

const restartableInitRows: Row[] = [
  {
    test: 'test1: 2 restartable init containers, the first one running but not started',
    pod: pod(
      { ...twoSidecars, containers: unnamed(1) },
      {
        phase: 'Pending',
        initContainerStatuses: [
          cs({
            name: 'restartable-init-1',
            restartCount: 3,
            state: runningState,
            started: false,
            lastState: lastTerminated(10 * SECOND),
          }),
          cs({ name: 'restartable-init-2', state: waitingState(), started: false }),
        ],
        containerStatuses: [cs({ state: waitingState() })],
        conditions: [{ type: 'Initialized', status: 'False' }],
      },
    ),
    want: ['0/3', 'Init:0/2', '3 (10s ago)'],
  },
  {
    test: 'test1: 2 restartable init containers, the first one started and the second one running but not started',
    pod: pod(
      { ...twoSidecars, containers: unnamed(1) },
      {
        phase: 'Pending',
        initContainerStatuses: [
          cs({
            name: 'restartable-init-1',
            restartCount: 3,
            state: runningState,
            started: true,
            lastState: lastTerminated(10 * SECOND),
          }),
          cs({ name: 'restartable-init-2', state: runningState, started: false }),
        ],
        containerStatuses: [cs({ state: waitingState() })],
        conditions: [{ type: 'Initialized', status: 'False' }],
      },
    ),
    want: ['0/3', 'Init:1/2', '3 (10s ago)'],
  },
  {
    test: 'test2: 2 restartable init containers started and 1 container running',
    pod: pod(
      { ...twoSidecars, containers: unnamed(1) },
      {
        phase: 'Running',
        initContainerStatuses: [
          cs({
            name: 'restartable-init-1',
            restartCount: 3,
            state: runningState,
            started: true,
            lastState: lastTerminated(10 * SECOND),
          }),
          cs({ name: 'restartable-init-2', state: runningState, started: true }),
        ],
        containerStatuses: [
          cs({ ready: true, restartCount: 4, state: runningState, lastState: lastTerminated(20 * SECOND) }),
        ],
        conditions: [{ type: 'Initialized', status: 'True' }],
      },
    ),
    want: ['1/3', 'Running', '7 (10s ago)'],
  },
  {
    test: 'test3: 2 restartable init containers completed with non-zero and 1 container completed',
    pod: pod(
      { ...twoSidecars, containers: unnamed(1) },
      {
        phase: 'Succeeded',
        initContainerStatuses: [
          cs({
            name: 'restartable-init-1',
            restartCount: 3,
            state: terminatedState(137, 'Error'),
            started: false,
            lastState: lastTerminated(10 * SECOND),
          }),
          cs({ name: 'restartable-init-2', state: terminatedState(137, 'Error'), started: false }),
        ],
        containerStatuses: [
          cs({
            restartCount: 4,
            state: terminatedState(0, 'Completed'),
            lastState: lastTerminated(20 * SECOND),
          }),
        ],
        conditions: [{ type: 'Initialized', status: 'True' }],
      },
    ),
    want: ['0/3', 'Completed', '7 (10s ago)'],
  },
  {
    test: 'test4: container statuses for non-existent initContainers and containers',
    pod: pod(
      {
        initContainers: [
          { name: 'init1', image: 'initimage' },
          { ...sidecar('sidecar1'), image: 'sidecarimage' },
        ],
        containers: [{ name: 'container1', image: 'containerimage' }],
      },
      {
        phase: 'Running',
        initContainerStatuses: [cs({ name: 'initinvalid' }), cs({ name: 'init1' }), cs({ name: 'sidecar1' })],
        containerStatuses: [cs({ name: 'containerinvalid' }), cs({ name: 'container1' })],
      },
    ),
    want: ['0/2', 'Init:0/2', '0'],
  },
];

// ---- TestPrintPodConditions ----

const conditionPod = (phase: string) =>
  pod(
    { containers: unnamed(2) },
    {
      phase,
      containerStatuses: [cs({ ready: true, restartCount: 3, state: runningState }), cs({ restartCount: 3 })],
    },
  );
const conditionRows: Row[] = [
  {
    test: 'running pod: no table-row condition',
    pod: conditionPod('Running'),
    want: ['1/2', 'Running', '6'],
  },
  {
    test: 'succeeded pod: podSuccessConditions',
    pod: conditionPod('Succeeded'),
    want: ['1/2', 'Succeeded', '6'],
  },
  { test: 'failed pod: podFailedConditions', pod: conditionPod('Failed'), want: ['1/2', 'Failed', '6'] },
];

describe('printPod (upstream rows)', () => {
  describe('TestPrintPod', () => it.each(printPodRows)('$test', check));
  describe('TestPrintPodWithRestartableInitContainer', () => it.each(restartableInitRows)('$test', check));
  describe('TestPrintPodConditions', () => it.each(conditionRows)('$test', check));
});

// ---- PodScope's own cases ----

const one = { containers: [{ name: 'app' }] };
const withInit = { initContainers: [{ name: 'init' }], containers: [{ name: 'app' }] };

describe('kubectlStatus (PodScope cases)', () => {
  it.each([
    {
      test: 'ContainerCreating before the first start',
      pod: pod(one, {
        phase: 'Pending',
        containerStatuses: [cs({ name: 'app', state: waitingState('ContainerCreating') })],
      }),
      want: 'ContainerCreating',
    },
    {
      test: 'Running',
      pod: pod(one, {
        phase: 'Running',
        containerStatuses: [cs({ name: 'app', ready: true, state: runningState })],
      }),
      want: 'Running',
    },
    {
      test: 'CrashLoopBackOff: the waiting reason wins over the phase',
      pod: pod(one, {
        phase: 'Running',
        containerStatuses: [
          cs({
            name: 'app',
            restartCount: 2,
            state: waitingState('CrashLoopBackOff'),
            lastState: { terminated: { exitCode: 137, reason: 'Error', finishedAt: ago(5 * SECOND) } },
          }),
        ],
      }),
      want: 'CrashLoopBackOff',
    },
    {
      test: 'Error: terminated with a reason, no restart yet',
      pod: pod(one, {
        phase: 'Running',
        containerStatuses: [cs({ name: 'app', state: terminatedState(137, 'Error') })],
      }),
      want: 'Error',
    },
    {
      test: 'OOMKilled',
      pod: pod(one, {
        phase: 'Running',
        containerStatuses: [cs({ name: 'app', state: terminatedState(137, 'OOMKilled') })],
      }),
      want: 'OOMKilled',
    },
    {
      test: 'Completed (Succeeded pod)',
      pod: pod(one, {
        phase: 'Succeeded',
        containerStatuses: [cs({ name: 'app', state: terminatedState(0, 'Completed') })],
      }),
      want: 'Completed',
    },
    {
      test: 'ExitCode:N when the runtime gave no reason',
      pod: pod(one, { phase: 'Failed', containerStatuses: [cs({ name: 'app', state: terminatedState(3) })] }),
      want: 'ExitCode:3',
    },
    {
      test: 'Signal:N when the runtime gave no reason but a signal',
      pod: pod(one, {
        phase: 'Failed',
        containerStatuses: [cs({ name: 'app', state: terminatedState(137, '', 9) })],
      }),
      want: 'Signal:9',
    },
    {
      test: 'Init:0/1 while the init container runs',
      pod: pod(withInit, {
        phase: 'Pending',
        initContainerStatuses: [cs({ name: 'init', state: runningState })],
        containerStatuses: [cs({ name: 'app', state: waitingState('PodInitializing') })],
      }),
      want: 'Init:0/1',
    },
    {
      test: 'Init:0/1 before it starts (PodInitializing is not shown as a reason)',
      pod: pod(withInit, {
        phase: 'Pending',
        initContainerStatuses: [cs({ name: 'init', state: waitingState('PodInitializing') })],
        containerStatuses: [cs({ name: 'app', state: waitingState('PodInitializing') })],
      }),
      want: 'Init:0/1',
    },
    {
      test: 'Init:CrashLoopBackOff',
      pod: pod(withInit, {
        phase: 'Pending',
        initContainerStatuses: [
          cs({
            name: 'init',
            restartCount: 3,
            state: waitingState('CrashLoopBackOff'),
            lastState: { terminated: { exitCode: 1, reason: 'Error' } },
          }),
        ],
        containerStatuses: [cs({ name: 'app', state: waitingState('PodInitializing') })],
      }),
      want: 'Init:CrashLoopBackOff',
    },
    {
      test: 'Init:Error (restartPolicy Never: the pod failed)',
      pod: pod(withInit, {
        phase: 'Failed',
        initContainerStatuses: [cs({ name: 'init', state: terminatedState(1, 'Error') })],
        containerStatuses: [cs({ name: 'app', state: waitingState('PodInitializing') })],
      }),
      want: 'Init:Error',
    },
    {
      test: 'Init:ExitCode:N',
      pod: pod(withInit, {
        phase: 'Pending',
        initContainerStatuses: [cs({ name: 'init', state: terminatedState(2) })],
      }),
      want: 'Init:ExitCode:2',
    },
    {
      test: 'Init:Signal:N',
      pod: pod(withInit, {
        phase: 'Pending',
        initContainerStatuses: [cs({ name: 'init', state: terminatedState(137, undefined, 9) })],
      }),
      want: 'Init:Signal:9',
    },
    {
      test: 'Init:1/2 once a sidecar has started (it is skipped, not waited for)',
      pod: pod(
        { initContainers: [sidecar('proxy'), { name: 'init' }], containers: [{ name: 'app' }] },
        {
          phase: 'Pending',
          initContainerStatuses: [
            cs({ name: 'proxy', state: runningState, started: true, ready: true }),
            cs({ name: 'init', state: runningState }),
          ],
        },
      ),
      want: 'Init:1/2',
    },
    {
      test: 'Terminating while a Running pod is being deleted',
      pod: pod(
        one,
        { phase: 'Running', containerStatuses: [cs({ name: 'app', ready: true, state: runningState })] },
        { deleted: true },
      ),
      want: 'Terminating',
    },
    {
      test: 'Terminating wins over CrashLoopBackOff',
      pod: pod(
        one,
        {
          phase: 'Running',
          containerStatuses: [cs({ name: 'app', state: waitingState('CrashLoopBackOff') })],
        },
        { deleted: true },
      ),
      want: 'Terminating',
    },
    {
      test: 'a Failed pod being deleted shows its last reason, not Terminating',
      pod: pod(
        one,
        { phase: 'Failed', containerStatuses: [cs({ name: 'app', state: terminatedState(137, 'Error') })] },
        { deleted: true },
      ),
      want: 'Error',
    },
    {
      test: 'Unknown: deleted pod on an unreachable node (reason NodeLost)',
      pod: pod(one, { phase: 'Running', reason: 'NodeLost' }, { deleted: true }),
      want: 'Unknown',
    },
    {
      test: 'Evicted: status.reason replaces the phase',
      pod: pod(one, { phase: 'Failed', reason: 'Evicted' }),
      want: 'Evicted',
    },
    {
      test: 'Pending with no statuses yet',
      pod: pod(one, { phase: 'Pending' }),
      want: 'Pending',
    },
  ])('$test → $want', ({ pod: p, want }) => {
    expect(kubectlStatus(p)).toBe(want);
  });

  it('scans regular containers last to first: the first container decides', () => {
    const two = { containers: [{ name: 'a' }, { name: 'b' }] };
    const status = (a: ContainerState, b: ContainerState): PodStatus => ({
      phase: 'Running',
      containerStatuses: [cs({ name: 'a', state: a }), cs({ name: 'b', state: b })],
    });
    expect(
      kubectlStatus(pod(two, status(terminatedState(1, 'Error'), waitingState('CrashLoopBackOff')))),
    ).toBe('Error');
    expect(
      kubectlStatus(pod(two, status(waitingState('CrashLoopBackOff'), terminatedState(1, 'Error')))),
    ).toBe('CrashLoopBackOff');
  });

  it('tolerates a pod without spec or status', () => {
    expect(kubectlPodColumns({})).toEqual({ ready: '0/0', status: '', restarts: '0' });
  });
});

describe('kubectlReady', () => {
  it('counts ready running regular containers over regular containers', () => {
    const p = pod(
      { containers: [{ name: 'a' }, { name: 'b' }] },
      {
        phase: 'Running',
        containerStatuses: [
          cs({ name: 'a', ready: true, state: runningState }),
          cs({ name: 'b', state: runningState }),
        ],
      },
    );
    expect(kubectlReady(p)).toBe('1/2');
  });

  it('adds sidecars to the total, and to the ready count once started and ready', () => {
    const spec = { initContainers: [sidecar('proxy')], containers: [{ name: 'app' }] };
    const p = (proxyReady: boolean) =>
      pod(spec, {
        phase: 'Running',
        initContainerStatuses: [cs({ name: 'proxy', state: runningState, started: true, ready: proxyReady })],
        containerStatuses: [cs({ name: 'app', ready: true, state: runningState })],
      });
    expect(kubectlReady(p(true))).toBe('2/2');
    expect(kubectlReady(p(false))).toBe('1/2');
  });

  it('does not count regular containers while initializing', () => {
    const p = pod(withInit, {
      phase: 'Pending',
      initContainerStatuses: [cs({ name: 'init', state: runningState })],
      containerStatuses: [cs({ name: 'app', ready: true, state: runningState })],
    });
    expect(kubectlReady(p)).toBe('0/1');
  });
});

describe('kubectlRestarts', () => {
  const crashing = pod(one, {
    phase: 'Running',
    containerStatuses: [
      cs({
        name: 'app',
        restartCount: 5,
        state: waitingState('CrashLoopBackOff'),
        lastState: { terminated: { exitCode: 1, finishedAt: ago(40 * SECOND) } },
      }),
    ],
  });

  it('is the bare count without a clock', () => {
    expect(kubectlRestarts(crashing)).toBe('5');
  });

  it('appends the age of the last termination given now', () => {
    expect(kubectlRestarts(crashing, NOW)).toBe('5 (40s ago)');
  });

  it('has no suffix for zero restarts, or when no finish time is known', () => {
    const fresh = pod(one, {
      phase: 'Running',
      containerStatuses: [cs({ name: 'app', state: runningState, lastState: lastTerminated(10 * SECOND) })],
    });
    expect(kubectlRestarts(fresh, NOW)).toBe('0');
    const noTime = pod(one, {
      phase: 'Running',
      containerStatuses: [cs({ name: 'app', restartCount: 2, lastState: { terminated: { exitCode: 1 } } })],
    });
    expect(kubectlRestarts(noTime, NOW)).toBe('2');
  });

  it('once initialized, counts sidecars and regular containers but no longer regular init containers', () => {
    const p = pod(
      { initContainers: [{ name: 'init' }, sidecar('proxy')], containers: [{ name: 'app' }] },
      {
        phase: 'Running',
        initContainerStatuses: [
          cs({ name: 'init', restartCount: 2, state: terminatedState(0, 'Completed') }),
          cs({ name: 'proxy', restartCount: 1, state: runningState, started: true }),
        ],
        containerStatuses: [cs({ name: 'app', restartCount: 3, state: runningState })],
      },
    );
    expect(kubectlRestarts(p)).toBe('4');
  });
});

describe('humanDuration (apimachinery duration.HumanDuration)', () => {
  it.each([
    [-5 * SECOND, '<invalid>'],
    [-1 * SECOND, '0s'],
    [0, '0s'],
    [59 * SECOND, '59s'],
    [119 * SECOND + 999, '119s'],
    [2 * MINUTE, '2m'],
    [2 * MINUTE + 30 * SECOND, '2m30s'],
    [10 * MINUTE + 30 * SECOND, '10m'],
    [179 * MINUTE, '179m'],
    [3 * HOUR, '3h'],
    [3 * HOUR + 5 * MINUTE, '3h5m'],
    [8 * HOUR + 5 * MINUTE, '8h'],
    [47 * HOUR, '47h'],
    [2 * DAY, '2d'],
    [2 * DAY + 3 * HOUR, '2d3h'],
    [8 * DAY, '8d'],
    [729 * DAY, '729d'],
    [730 * DAY, '2y'],
    [740 * DAY, '2y10d'],
    [8 * 365 * DAY, '8y'],
  ])('%i ms → %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });
});
