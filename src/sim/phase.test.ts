/**
 * The kubelet's own getPhase tests, ported row by row from kubernetes/kubernetes
 * `pkg/kubelet/kubelet_pods_test.go` @ 001a80e975bb880d0fe60b304d30950fe661f278 (v1.35 dev line).
 * Each row keeps its upstream name as the test title; the flags passed to getPhase are the upstream ones.
 *
 * Ported: TestPodPhaseWithRestartAlways (9/9), ...AlwaysInitContainers (7/7),
 * ...AlwaysRestartableInitContainers (14/14), ...AlwaysAndPodHasRun (5/5), ...Never (7/7),
 * ...NeverInitContainers (7/7), ...NeverRestartableInitContainers (13/13), ...OnFailure (8/8).
 * (There are no OnFailure init-container variants upstream.) These pod-level rows run twice, with the
 * ContainerRestartRules gate off (PodScope's choice) and on, to check KUBELET.md's claim that the gate does not
 * change them.
 *
 * Also ported, gate on only (they set container-level restartPolicy, which only counts with the gate):
 * TestPodPhaseWithContainerRestartPolicy (6/6) and ...ContainerRestartPolicyInitContainers (3/3).
 *
 * Skipped: all 15 rows of TestPodPhaseWithRestartAllContainers. They need `restartPolicyRules` with the
 * `RestartAllContainers` action and the alpha RestartAllContainersOnContainerExits gate (the `RestartingAllContainers`
 * terminated reason counts as restartable), which PodScope does not model.
 */
import { describe, expect, it } from 'vitest';
import { containerShouldRestart, isSidecar, podPhase } from './phase';
import type { PodPhase, PodSpec, PodStatus } from './types';

type ContainerStatus = NonNullable<PodStatus['containerStatuses']>[number];

// ---- fixture builders: the kubelet test helpers (KUBELET.md §1 "Test helper encodings") ----

function status(name: string, rest: Partial<ContainerStatus>): ContainerStatus {
  return { name, image: '', imageID: '', ready: false, restartCount: 0, ...rest };
}
/** `waitingState`: waiting, never terminated. */
const waiting = (name: string) => status(name, { state: { waiting: {} } });
/** `waitingStateWithLastTermination`: waiting after an exit with code 0. */
const waitingWithLastTermination = (name: string) =>
  status(name, { state: { waiting: {} }, lastState: { terminated: { exitCode: 0 } } });
/** `waitingStateWithNonZeroTermination`: waiting after an exit with code -1. */
const waitingWithNonZeroTermination = (name: string) =>
  status(name, { state: { waiting: {} }, lastState: { terminated: { exitCode: -1 } } });
/** `runningState`: running, `started` unset. */
const running = (name: string) => status(name, { state: { running: {} } });
/** `startedState`: running with `started: true`. */
const started = (name: string) => status(name, { state: { running: {} }, started: true });
/** `stoppedState`: terminated with the zero value (exit 0). */
const stopped = (name: string) => status(name, { state: { terminated: { exitCode: 0 } } });
/** `succeededState`: terminated, exit 0. */
const succeeded = (name: string) => status(name, { state: { terminated: { exitCode: 0 } } });
/** `failedState`: terminated, exit -1. */
const failed = (name: string) => status(name, { state: { terminated: { exitCode: -1 } } });

/** Pod status with statuses split as the upstream row does. */
const containers = (...containerStatuses: ContainerStatus[]): PodStatus => ({ containerStatuses });
const init = (
  initContainerStatuses: ContainerStatus[],
  containerStatuses: ContainerStatus[] = [],
): PodStatus => ({
  initContainerStatuses,
  containerStatuses,
});
const empty: PodStatus = {};

interface Row {
  test: string;
  status: PodStatus;
  podIsTerminal?: boolean;
  podHasInitialized?: boolean;
  want: PodPhase;
}

interface Table {
  name: string;
  spec: PodSpec;
  rows: Row[];
}

// ---- specs (the upstream `desiredState`s) ----

const regularAB = [{ name: 'containerA' }, { name: 'containerB' }];
const always: PodSpec = { nodeName: 'machine', containers: regularAB, restartPolicy: 'Always' };
const never: PodSpec = { ...always, restartPolicy: 'Never' };
const onFailure: PodSpec = { ...always, restartPolicy: 'OnFailure' };
const withInit = (spec: PodSpec): PodSpec => ({ ...spec, initContainers: [{ name: 'containerX' }] });
const withSidecar = (spec: PodSpec): PodSpec => ({
  ...spec,
  initContainers: [{ name: 'containerX', restartPolicy: 'Always' }],
});

// ---- pod-level tables ----

const podLevelTables: Table[] = [
  {
    name: 'TestPodPhaseWithRestartAlways',
    spec: always,
    rows: [
      { test: 'waiting', status: empty, want: 'Pending' },
      {
        test: 'all running',
        status: containers(running('containerA'), running('containerB')),
        want: 'Running',
      },
      {
        test: 'all stopped with restart always',
        status: containers(stopped('containerA'), stopped('containerB')),
        want: 'Running',
      },
      {
        test: 'all succeeded with restart always, but the pod is terminal',
        status: containers(succeeded('containerA'), succeeded('containerB')),
        podIsTerminal: true,
        want: 'Succeeded',
      },
      {
        test: 'all stopped with restart always, but the pod is terminal',
        status: containers(succeeded('containerA'), failed('containerB')),
        podIsTerminal: true,
        want: 'Failed',
      },
      {
        test: 'mixed state #1 with restart always',
        status: containers(running('containerA'), stopped('containerB')),
        want: 'Running',
      },
      {
        test: 'mixed state #2 with restart always',
        status: containers(running('containerA')),
        want: 'Pending',
      },
      {
        test: 'mixed state #3 with restart always',
        status: containers(running('containerA'), waiting('containerB')),
        want: 'Pending',
      },
      {
        test: 'backoff crashloop container with restart always',
        status: containers(running('containerA'), waitingWithLastTermination('containerB')),
        want: 'Running',
      },
    ],
  },
  {
    name: 'TestPodPhaseWithRestartAlwaysInitContainers',
    spec: withInit(always),
    rows: [
      { test: 'empty, waiting', status: empty, want: 'Pending' },
      { test: 'init container running', status: init([running('containerX')]), want: 'Pending' },
      { test: 'init container terminated non-zero', status: init([failed('containerX')]), want: 'Pending' },
      {
        test: 'init container waiting, terminated zero',
        status: init([waitingWithLastTermination('containerX')]),
        want: 'Pending',
      },
      {
        test: 'init container waiting, terminated non-zero',
        status: init([waitingWithNonZeroTermination('containerX')]),
        want: 'Pending',
      },
      {
        test: 'init container waiting, not terminated',
        status: init([waiting('containerX')]),
        want: 'Pending',
      },
      {
        test: 'init container succeeded',
        status: init([succeeded('containerX')], [running('containerA'), running('containerB')]),
        want: 'Running',
      },
    ],
  },
  {
    name: 'TestPodPhaseWithRestartAlwaysRestartableInitContainers',
    spec: withSidecar(always),
    rows: [
      { test: 'empty, waiting', status: empty, want: 'Pending' },
      { test: 'restartable init container running', status: init([running('containerX')]), want: 'Pending' },
      { test: 'restartable init container stopped', status: init([stopped('containerX')]), want: 'Pending' },
      {
        test: 'restartable init container waiting, terminated zero',
        status: init([waitingWithLastTermination('containerX')]),
        want: 'Pending',
      },
      {
        test: 'restartable init container waiting, terminated non-zero',
        status: init([waitingWithNonZeroTermination('containerX')]),
        want: 'Pending',
      },
      {
        test: 'restartable init container waiting, not terminated',
        status: init([waiting('containerX')]),
        want: 'Pending',
      },
      {
        test: 'restartable init container started, 1/2 regular container running',
        status: init([started('containerX')], [running('containerA')]),
        podHasInitialized: true,
        want: 'Pending',
      },
      {
        test: 'restartable init container started, all regular containers running',
        status: init([started('containerX')], [running('containerA'), running('containerB')]),
        podHasInitialized: true,
        want: 'Running',
      },
      {
        test: 'restartable init container running, all regular containers running',
        status: init([running('containerX')], [running('containerA'), running('containerB')]),
        podHasInitialized: true,
        want: 'Running',
      },
      {
        test: 'restartable init container stopped, all regular containers running',
        status: init([stopped('containerX')], [running('containerA'), running('containerB')]),
        podHasInitialized: true,
        want: 'Running',
      },
      {
        test: 'backoff crashloop restartable init container, all regular containers running',
        status: init(
          [waitingWithLastTermination('containerX')],
          [running('containerA'), running('containerB')],
        ),
        podHasInitialized: true,
        want: 'Running',
      },
      {
        test: 'all regular containers succeeded and restartable init container failed with restart always, but the pod is terminal',
        status: init([failed('containerX')], [succeeded('containerA'), succeeded('containerB')]),
        podIsTerminal: true,
        podHasInitialized: true,
        want: 'Succeeded',
      },
      {
        test: 'all regular containers succeeded and restartable init container succeeded with restart always, but the pod is terminal',
        status: init([succeeded('containerX')], [succeeded('containerA'), succeeded('containerB')]),
        podIsTerminal: true,
        podHasInitialized: true,
        want: 'Succeeded',
      },
      {
        test: 're-initializing the pod after the sandbox is recreated',
        status: init([running('containerX')], [running('containerA'), running('containerB')]),
        podHasInitialized: false,
        want: 'Pending',
      },
    ],
  },
  {
    name: 'TestPodPhaseWithRestartAlwaysAndPodHasRun',
    spec: {
      nodeName: 'machine',
      initContainers: [{ name: 'containerX' }, { name: 'containerY', restartPolicy: 'Always' }],
      containers: [{ name: 'containerA' }],
      restartPolicy: 'Always',
    },
    rows: [
      {
        test: 'regular init containers, restartable init container and regular container are all running',
        status: init([running('containerX'), running('containerY')], [running('containerA')]),
        podHasInitialized: false,
        want: 'Pending',
      },
      {
        test: 'regular containers is stopped, restartable init container and regular int container are both running',
        status: init([running('containerX'), running('containerY')], [stopped('containerA')]),
        podHasInitialized: false,
        want: 'Pending',
      },
      {
        test: 're-created sandbox: regular init container is succeeded, restartable init container is running, old regular containers is stopped',
        status: init([succeeded('containerX'), running('containerY')], [stopped('containerA')]),
        podHasInitialized: false,
        want: 'Pending',
      },
      {
        test: 'regular init container is succeeded, restartable init container is running, regular containers is stopped',
        status: init([succeeded('containerX'), running('containerY')], [stopped('containerA')]),
        podHasInitialized: true,
        want: 'Running',
      },
      {
        test: 'regular init container is succeeded, restartable init container and regular containers are both running',
        status: init([succeeded('containerX'), running('containerY')], [running('containerA')]),
        podHasInitialized: true,
        want: 'Running',
      },
    ],
  },
  {
    name: 'TestPodPhaseWithRestartNever',
    spec: never,
    rows: [
      { test: 'waiting', status: empty, want: 'Pending' },
      {
        test: 'all running with restart never',
        status: containers(running('containerA'), running('containerB')),
        want: 'Running',
      },
      {
        test: 'all succeeded with restart never',
        status: containers(succeeded('containerA'), succeeded('containerB')),
        want: 'Succeeded',
      },
      {
        test: 'all failed with restart never',
        status: containers(failed('containerA'), failed('containerB')),
        want: 'Failed',
      },
      {
        test: 'mixed state #1 with restart never',
        status: containers(running('containerA'), succeeded('containerB')),
        want: 'Running',
      },
      {
        test: 'mixed state #2 with restart never',
        status: containers(running('containerA')),
        want: 'Pending',
      },
      {
        test: 'mixed state #3 with restart never',
        status: containers(running('containerA'), waiting('containerB')),
        want: 'Pending',
      },
    ],
  },
  {
    name: 'TestPodPhaseWithRestartNeverInitContainers',
    spec: withInit(never),
    rows: [
      { test: 'empty, waiting', status: empty, want: 'Pending' },
      { test: 'init container running', status: init([running('containerX')]), want: 'Pending' },
      { test: 'init container terminated non-zero', status: init([failed('containerX')]), want: 'Failed' },
      {
        test: 'init container waiting, terminated zero',
        status: init([waitingWithLastTermination('containerX')]),
        want: 'Pending',
      },
      {
        test: 'init container waiting, terminated non-zero',
        status: init([waitingWithNonZeroTermination('containerX')]),
        want: 'Failed',
      },
      {
        test: 'init container waiting, not terminated',
        status: init([waiting('containerX')]),
        want: 'Pending',
      },
      {
        test: 'init container succeeded',
        status: init([succeeded('containerX')], [running('containerA'), running('containerB')]),
        want: 'Running',
      },
    ],
  },
  {
    name: 'TestPodPhaseWithRestartNeverRestartableInitContainers',
    spec: withSidecar(never),
    rows: [
      { test: 'empty, waiting', status: empty, podHasInitialized: false, want: 'Pending' },
      {
        test: 'restartable init container running',
        status: init([running('containerX')]),
        podHasInitialized: false,
        want: 'Pending',
      },
      {
        test: 'restartable init container stopped',
        status: init([stopped('containerX')]),
        podHasInitialized: false,
        want: 'Pending',
      },
      {
        test: 'restartable init container waiting, terminated zero',
        status: init([waitingWithLastTermination('containerX')]),
        podHasInitialized: false,
        want: 'Pending',
      },
      {
        test: 'restartable init container waiting, terminated non-zero',
        status: init([waitingWithNonZeroTermination('containerX')]),
        podHasInitialized: false,
        want: 'Pending',
      },
      {
        test: 'restartable init container waiting, not terminated',
        status: init([waiting('containerX')]),
        podHasInitialized: false,
        want: 'Pending',
      },
      {
        test: 'restartable init container started, one main container running',
        status: init([started('containerX')], [running('containerA')]),
        podHasInitialized: true,
        want: 'Pending',
      },
      {
        test: 'restartable init container started, main containers succeeded',
        status: init([started('containerX')], [succeeded('containerA'), succeeded('containerB')]),
        podHasInitialized: true,
        want: 'Running',
      },
      {
        test: 'restartable init container re-running, main containers succeeded',
        status: init([running('containerX')], [succeeded('containerA'), succeeded('containerB')]),
        podHasInitialized: true,
        want: 'Running',
      },
      {
        test: 'all containers succeeded',
        status: init([succeeded('containerX')], [succeeded('containerA'), succeeded('containerB')]),
        podHasInitialized: true,
        want: 'Succeeded',
      },
      {
        test: 'restartable init container terminated non-zero, main containers succeeded',
        status: init([failed('containerX')], [succeeded('containerA'), succeeded('containerB')]),
        podHasInitialized: true,
        want: 'Succeeded',
      },
      {
        test: 'backoff crashloop restartable init container, main containers succeeded',
        status: init(
          [waitingWithLastTermination('containerX')],
          [succeeded('containerA'), succeeded('containerB')],
        ),
        podHasInitialized: true,
        want: 'Succeeded',
      },
      {
        test: 'backoff crashloop with non-zero restartable init container, main containers succeeded',
        status: init(
          [waitingWithNonZeroTermination('containerX')],
          [succeeded('containerA'), succeeded('containerB')],
        ),
        podHasInitialized: true,
        want: 'Succeeded',
      },
    ],
  },
  {
    name: 'TestPodPhaseWithRestartOnFailure',
    spec: onFailure,
    rows: [
      { test: 'waiting', status: empty, want: 'Pending' },
      {
        test: 'all running with restart onfailure',
        status: containers(running('containerA'), running('containerB')),
        want: 'Running',
      },
      {
        test: 'all succeeded with restart onfailure',
        status: containers(succeeded('containerA'), succeeded('containerB')),
        want: 'Succeeded',
      },
      {
        // (sic: upstream title says "never" in the OnFailure table)
        test: 'all failed with restart never',
        status: containers(failed('containerA'), failed('containerB')),
        want: 'Running',
      },
      {
        test: 'mixed state #1 with restart onfailure',
        status: containers(running('containerA'), succeeded('containerB')),
        want: 'Running',
      },
      {
        test: 'mixed state #2 with restart onfailure',
        status: containers(running('containerA')),
        want: 'Pending',
      },
      {
        test: 'mixed state #3 with restart onfailure',
        status: containers(running('containerA'), waiting('containerB')),
        want: 'Pending',
      },
      {
        test: 'backoff crashloop container with restart onfailure',
        status: containers(running('containerA'), waitingWithLastTermination('containerB')),
        want: 'Running',
      },
    ],
  },
];

describe.each([false, true])(
  'getPhase, pod-level restart policies (ContainerRestartRules gate %s)',
  (gate) => {
    describe.each(podLevelTables)('$name', ({ spec, rows }) => {
      it.each(rows)('$test', ({ status: podStatus, podIsTerminal, podHasInitialized, want }) => {
        expect(
          podPhase(spec, podStatus, { podIsTerminal, podHasInitialized, containerRestartRules: gate }),
        ).toBe(want);
      });
    });
  },
);

// ---- container-level restartPolicy rows (need the ContainerRestartRules gate; upstream passes podHasInitialized=true) ----

interface SpecRow extends Row {
  spec: PodSpec;
}

const containerRestartPolicyRows: SpecRow[] = [
  {
    test: 'container with restart policy Never failed',
    spec: { containers: [{ name: 'failed-container', restartPolicy: 'Never' }], restartPolicy: 'Always' },
    status: containers(failed('failed-container')),
    want: 'Failed',
  },
  {
    test: 'container with restart policy OnFailure failed',
    spec: { containers: [{ name: 'failed-container', restartPolicy: 'OnFailure' }], restartPolicy: 'Always' },
    status: containers(failed('failed-container')),
    want: 'Running',
  },
  {
    test: 'container with restart policy Always failed',
    spec: { containers: [{ name: 'failed-container', restartPolicy: 'Always' }], restartPolicy: 'Always' },
    status: containers(failed('failed-container')),
    want: 'Running',
  },
  {
    test: 'At least one container with restartable container-level restart policy failed',
    spec: {
      containers: [{ name: 'containerA', restartPolicy: 'Always' }, { name: 'containerB' }],
      restartPolicy: 'Never',
    },
    status: containers(succeeded('containerA'), failed('containerB')),
    want: 'Running',
  },
  {
    test: 'All containers without restartable container-level restart policy failed',
    spec: {
      containers: [
        { name: 'containerA', restartPolicy: 'Never' },
        { name: 'containerB', restartPolicy: 'OnFailure' },
      ],
      restartPolicy: 'Always',
    },
    status: containers(failed('containerA'), succeeded('containerB')),
    want: 'Failed',
  },
  {
    test: 'All containers succeeded',
    spec: {
      containers: [
        { name: 'containerA', restartPolicy: 'Never' },
        { name: 'containerB', restartPolicy: 'OnFailure' },
      ],
      restartPolicy: 'Always',
    },
    status: containers(succeeded('containerA'), succeeded('containerB')),
    want: 'Succeeded',
  },
];

const containerRestartPolicyInitRows: SpecRow[] = [
  {
    test: 'init container with restart policy Never failed',
    spec: {
      initContainers: [{ name: 'failed-container', restartPolicy: 'Never' }],
      containers: [{ name: 'container' }],
      restartPolicy: 'Always',
    },
    status: containers(failed('failed-container')),
    want: 'Failed',
  },
  {
    test: 'init container with restart policy OnFailure failed',
    spec: {
      initContainers: [{ name: 'failed-container', restartPolicy: 'OnFailure' }],
      containers: [{ name: 'container' }],
      restartPolicy: 'Never',
    },
    status: containers(failed('failed-container')),
    want: 'Pending',
  },
  {
    test: 'container with restart policy Always failed',
    spec: {
      initContainers: [{ name: 'failed-container', restartPolicy: 'Always' }],
      containers: [{ name: 'container' }],
      restartPolicy: 'Never',
    },
    status: containers(failed('failed-container')),
    want: 'Pending',
  },
];

describe('getPhase, container-level restartPolicy (ContainerRestartRules gate on)', () => {
  describe('TestPodPhaseWithContainerRestartPolicy', () => {
    it.each(containerRestartPolicyRows)('$test', ({ spec, status: podStatus, want }) => {
      expect(podPhase(spec, podStatus, { podHasInitialized: true, containerRestartRules: true })).toBe(want);
    });
  });
  describe('TestPodPhaseWithContainerRestartPolicyInitContainers', () => {
    it.each(containerRestartPolicyInitRows)('$test', ({ spec, status: podStatus, want }) => {
      expect(podPhase(spec, podStatus, { podHasInitialized: true, containerRestartRules: true })).toBe(want);
    });
  });
});

// ---- PodScope's own checks of the helpers and defaults ----

describe('podPhase defaults', () => {
  it('treats an unset pod restartPolicy as Always (the API server default)', () => {
    const spec: PodSpec = { containers: regularAB };
    expect(podPhase(spec, containers(succeeded('containerA'), succeeded('containerB')))).toBe('Running');
    expect(podPhase(always, containers(succeeded('containerA'), succeeded('containerB')))).toBe('Running');
  });

  it('ignores the ContainerRestartRules branch by default: container-level Never on a regular container', () => {
    const spec: PodSpec = { containers: [{ name: 'c', restartPolicy: 'Never' }], restartPolicy: 'Always' };
    expect(podPhase(spec, containers(failed('c')))).toBe('Running');
    expect(podPhase(spec, containers(failed('c')), { containerRestartRules: true })).toBe('Failed');
  });

  it('finds statuses by name in either list', () => {
    // An init container's status listed under containerStatuses still counts (the kubelet concatenates both lists).
    expect(podPhase(withInit(never), containers(failed('containerX')))).toBe('Failed');
  });

  it('a status without any state: regular init → pending, sidecar → pending + unknown, regular → unknown', () => {
    const bare = (name: string) => status(name, {});
    expect(podPhase(withInit(always), init([bare('containerX')]))).toBe('Pending');
    expect(
      podPhase(
        withSidecar(always),
        init([bare('containerX')], [running('containerA'), running('containerB')]),
        {
          podHasInitialized: true,
        },
      ),
    ).toBe('Pending');
    expect(podPhase(always, containers(running('containerA'), bare('containerB')))).toBe('Pending');
  });
});

describe('isSidecar', () => {
  it('is an init container with container-level restartPolicy Always', () => {
    expect(isSidecar({ name: 's', restartPolicy: 'Always' })).toBe(true);
    expect(isSidecar({ name: 'i' })).toBe(false);
    expect(isSidecar({ name: 'i', restartPolicy: 'OnFailure' })).toBe(false);
    expect(isSidecar(undefined)).toBe(false);
  });
});

describe('containerShouldRestart (podutil.ContainerShouldRestart)', () => {
  const pod = (restartPolicy?: string): PodSpec => ({ containers: [], restartPolicy });
  it.each([
    { pod: undefined, exit: 1, want: true },
    { pod: 'Always', exit: 0, want: true },
    { pod: 'OnFailure', exit: 0, want: false },
    { pod: 'OnFailure', exit: 137, want: true },
    { pod: 'Never', exit: 1, want: false },
  ])('pod restartPolicy $pod, exit $exit → $want', ({ pod: policy, exit, want }) => {
    expect(containerShouldRestart({ name: 'c' }, pod(policy), exit)).toBe(want);
  });

  it('container restartPolicy overrides the pod one', () => {
    expect(containerShouldRestart({ name: 'c', restartPolicy: 'Never' }, pod('Always'), 1)).toBe(false);
    expect(containerShouldRestart({ name: 'c', restartPolicy: 'OnFailure' }, pod('Never'), 1)).toBe(true);
    expect(containerShouldRestart({ name: 'c', restartPolicy: 'OnFailure' }, pod('Always'), 0)).toBe(false);
    expect(containerShouldRestart({ name: 'c', restartPolicy: 'Always' }, pod('Never'), 0)).toBe(true);
  });

  it('a matching Restart rule wins, but rules only apply with a container-level restartPolicy', () => {
    const rules = [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }];
    expect(
      containerShouldRestart(
        { name: 'c', restartPolicy: 'Never', restartPolicyRules: rules },
        pod('Never'),
        42,
      ),
    ).toBe(true);
    expect(
      containerShouldRestart(
        { name: 'c', restartPolicy: 'Never', restartPolicyRules: rules },
        pod('Never'),
        1,
      ),
    ).toBe(false);
    expect(containerShouldRestart({ name: 'c', restartPolicyRules: rules }, pod('Never'), 42)).toBe(false);
    const notIn = [{ action: 'Restart', exitCodes: { operator: 'NotIn', values: [0] } }];
    expect(
      containerShouldRestart(
        { name: 'c', restartPolicy: 'Never', restartPolicyRules: notIn },
        pod('Never'),
        3,
      ),
    ).toBe(true);
  });

  it('a matching non-Restart rule (RestartAllContainers) falls back to the container policy', () => {
    const rules = [{ action: 'RestartAllContainers', exitCodes: { operator: 'In', values: [42] } }];
    expect(
      containerShouldRestart(
        { name: 'c', restartPolicy: 'Never', restartPolicyRules: rules },
        pod('Always'),
        42,
      ),
    ).toBe(false);
  });
});
