import { describe, expect, it } from 'vitest';
import {
  describeEventAge,
  describePorts,
  eventObject,
  podEvents,
  podRow,
  rfc1123z,
  shortId,
  since,
} from './kubectlFormat';
import { event, iso, pod, running, terminated, waiting } from './testing/apiFixtures';

describe('kubectl formatting', () => {
  it('prints times like Go RFC1123Z and the zero time like Go', () => {
    expect(rfc1123z(iso(65_000))).toBe('Wed, 01 Jan 2025 00:01:05 +0000');
    expect(rfc1123z(undefined)).toBe('Mon, 01 Jan 0001 00:00:00 +0000');
  });

  it('measures ages on the virtual clock with HumanDuration', () => {
    expect(since(iso(0), 45_000)).toBe('45s');
    expect(since(iso(0), 150_000)).toBe('2m30s');
    expect(since(iso(0), 4 * 3_600_000)).toBe('4h');
    expect(since(undefined, 1_000)).toBe('<unknown>');
  });

  it('builds a get-pods row, with <none> for a missing IP and node', () => {
    const p = pod({
      ip: '',
      phase: 'Pending',
      containers: [{ name: 'app', state: waiting('ContainerCreating') }],
    });
    delete p.spec?.nodeName;
    expect(podRow(p, 3_000)).toEqual({
      name: 'web',
      ready: '0/1',
      status: 'ContainerCreating',
      restarts: '0',
      age: '3s',
      ip: '<none>',
      node: '<none>',
    });
  });

  it('adds the "(… ago)" suffix to RESTARTS from the last termination', () => {
    const p = pod({
      containers: [
        {
          name: 'app',
          state: running(50_000),
          lastState: terminated(137, 'Error', 10_000, 40_000),
          restartCount: 2,
        },
      ],
    });
    expect(podRow(p, 60_000).restarts).toBe('2 (20s ago)');
  });

  it('shortens runtime ids like crictl, keeping the scheme', () => {
    expect(shortId(`containerd://${'ab'.repeat(32)}`)).toBe('containerd://ababababababa');
    expect(shortId('0123456789abcdef')).toBe('0123456789abc');
    expect(shortId(undefined)).toBe('');
  });

  it('spells ports as kubectl describe does', () => {
    expect(
      describePorts({ name: 'a', ports: [{ containerPort: 80 }, { containerPort: 53, protocol: 'UDP' }] }),
    ).toBe('80/TCP, 53/UDP');
    expect(describePorts({ name: 'a' })).toBe('');
  });

  it('aggregates repeats as "(xN over …)" and names objects "pod/<name>"', () => {
    const e = event({ reason: 'BackOff', count: 4, first: 0, last: 90_000 });
    expect(describeEventAge(e, 120_000)).toBe('30s (x4 over 2m)');
    expect(describeEventAge(event({ reason: 'Pulled', first: 5_000 }), 20_000)).toBe('15s');
    expect(eventObject(e)).toBe('pod/web');
  });

  it('keeps only the Pod’s own events (by uid), newest last', () => {
    const web = pod({ name: 'web' });
    const events = [
      event({ reason: 'Started', first: 30_000 }),
      event({ pod: 'db', reason: 'Pulled', first: 1_000 }),
      event({ reason: 'Scheduled', first: 0 }),
      event({ reason: 'Killing', first: 1_000, uid: 'uid-of-an-older-web' }),
    ];
    expect(podEvents(events, web).map((e) => e.reason)).toEqual(['Scheduled', 'Started']);
  });
});
