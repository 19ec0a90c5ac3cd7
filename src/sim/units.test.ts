/** Unit tests of the small building blocks: IPAM, back-off, command interpretation, the step queue, ids. */
import { describe, expect, it } from 'vitest';
import { isInBackOffSince, nextBackoff, backoffPolicy } from './backoff';
import { allocateIp, createPool, releaseIp } from './ipam';
import { planProcess } from './process';
import { randomNameSuffix, randomUid } from './random';
import { heapPop, heapPush, type Step } from './scheduler';
import { goDuration } from './time';

describe('host-local IPAM', () => {
  it('starts after the gateway, moves a cursor, wraps, and returns released IPs only after wrapping', () => {
    const pool = createPool('10.244.1.0/24');
    expect(allocateIp(pool)).toBe('10.244.1.2');
    expect(allocateIp(pool)).toBe('10.244.1.3');
    releaseIp(pool, '10.244.1.2');
    expect(allocateIp(pool)).toBe('10.244.1.4');
    for (let i = 5; i <= 254; i++) allocateIp(pool);
    expect(allocateIp(pool)).toBe('10.244.1.2');
    expect(allocateIp(pool)).toBeUndefined();
  });
});

describe('crash-loop back-off (flowcontrol.Backoff)', () => {
  const policy = backoffPolicy('default');
  it('doubles from 10 s to a 300 s cap and expires after 10 min', () => {
    let entry = nextBackoff(undefined, 0, 1000, policy);
    const seen = [entry.backoffMs];
    for (let i = 0; i < 7; i++) {
      entry = nextBackoff(entry, entry.lastUpdate + 1, entry.lastUpdate + 2, policy);
      seen.push(entry.backoffMs);
    }
    expect(seen).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
    expect(isInBackOffSince(entry, entry.lastUpdate + 1, entry.lastUpdate + 299_000)).toBe(true);
    expect(isInBackOffSince(entry, entry.lastUpdate + 1, entry.lastUpdate + 301_001)).toBe(false);
    expect(isInBackOffSince(entry, entry.lastUpdate + 600_001, entry.lastUpdate + 600_002)).toBe(false);
    expect(nextBackoff(entry, entry.lastUpdate + 600_001, entry.lastUpdate + 600_002, policy).backoffMs).toBe(
      10_000,
    );
  });

  it('has ended exactly at FinishedAt + back-off, the time the kubelet re-syncs at, for fractional times too', () => {
    // Wall-clock frames × speed give fractional virtual times; here (f + 10 000) − f = 9 999.999999999998.
    const finishedAt = 6666.666666666666;
    const entry = nextBackoff(undefined, finishedAt, finishedAt, policy);
    expect(isInBackOffSince(entry, finishedAt, finishedAt + entry.backoffMs)).toBe(false);
    expect(isInBackOffSince(entry, finishedAt, finishedAt + entry.backoffMs - 0.001)).toBe(true);
  });
});

describe('planProcess', () => {
  it('reads sleep, exit, true/false, echo, ; && || and trap', () => {
    expect(planProcess('nginx')).toEqual({ output: [], onTerm: 'exit0' });
    // sleep installs no TERM handler: the runtime decides (PID 1 of its own namespace ignores TERM).
    expect(planProcess('busybox', ['sleep', 'infinity'])).toEqual({ output: [], onTerm: 'default' });
    expect(planProcess('busybox', ['sleep', '5']).exit).toEqual({ at: 5000, code: 0 });
    expect(planProcess('busybox', ['false']).exit).toEqual({ at: 0, code: 1 });
    expect(planProcess('busybox', ['sh', '-c'], ['sleep 5; exit 1']).exit).toEqual({ at: 5000, code: 1 });
    const echo = planProcess('busybox', ['sh', '-c', 'echo "hi there"; sleep 3600']);
    expect(echo.output).toEqual([{ at: 0, line: 'hi there' }]);
    expect(echo.exit).toEqual({ at: 3_600_000, code: 0 });
    expect(
      planProcess('busybox', ['sh', '-c', 'false && echo no; echo yes']).output.map((o) => o.line),
    ).toEqual(['yes']);
    expect(planProcess('busybox', ['sh', '-c', 'false || exit 7']).exit).toEqual({ at: 0, code: 7 });
    expect(planProcess('busybox', ['/bin/sh', '-c', 'trap "" TERM; sleep 3600']).onTerm).toBe('ignore');
    expect(planProcess('busybox', ['sh', '-c', 'echo a\nsleep 1\necho b']).output).toEqual([
      { at: 0, line: 'a' },
      { at: 1000, line: 'b' },
    ]);
    expect(planProcess('python', ['python', 'app.py']).exit).toBeUndefined();
  });

  it('tells which processes handle SIGTERM', () => {
    const onTerm = (command: string[], image = 'busybox') => planProcess(image, command).onTerm;
    // No handler: a shell script, and the small tools run directly.
    expect(onTerm(['sh', '-c', 'tail -F /var/log/app.log'])).toBe('default');
    expect(onTerm(['tail', '-F', '/var/log/app.log'])).toBe('default');
    expect(onTerm(['sh', '-c', 'while true; do echo hi; sleep 5; done'])).toBe('default');
    // An unknown program is taken to handle TERM like a server; `exec` makes it the container's process.
    expect(onTerm(['/app/server'])).toBe('exit143');
    expect(onTerm(['sh', '-c', 'echo start; exec /app/server'])).toBe('exit143');
    // A trap runs only after the foreground command ends, unless TERM interrupts `wait` for a background job.
    expect(onTerm(['sh', '-c', 'trap "exit 0" TERM; tail -F /log'])).toBe('ignore');
    expect(onTerm(['sh', '-c', "trap 'exit 0' TERM; tail -F /log & wait"])).toBe('exit0');
    expect(onTerm(['sh', '-c', "trap 'exit 3' TERM; sleep infinity & wait"])).toBe('exit143');
    expect(onTerm(['sh', '-c', 'trap "" TERM; sleep infinity & wait'])).toBe('ignore');
  });

  it('runs background jobs beside the script; `wait` waits for them', () => {
    const finite = planProcess('busybox', ['sh', '-c', 'sleep 5 & echo started; wait; echo done']);
    expect(finite.output).toEqual([
      { at: 0, line: 'started' },
      { at: 5000, line: 'done' },
    ]);
    expect(finite.exit).toEqual({ at: 5000, code: 0 });
    const forever = planProcess('busybox', ['sh', '-c', 'tail -F /log & echo watching; wait']);
    expect(forever.output).toEqual([{ at: 0, line: 'watching' }]);
    expect(forever.exit).toBeUndefined();
    // A && list keeps its meaning next to a job.
    expect(planProcess('busybox', ['sh', '-c', 'echo a & false && echo no; echo b']).output).toEqual([
      { at: 0, line: 'a' },
      { at: 0, line: 'b' },
    ]);
  });
});

describe('the step queue', () => {
  it('pops by time, then by sequence number', () => {
    const heap: Step[] = [];
    const steps: Step[] = [30, 10, 20, 10, 0].map((at, seq) => ({ at, seq, kind: 'sync', pod: `p${seq}` }));
    for (const s of steps) heapPush(heap, s);
    const order: string[] = [];
    for (let s = heapPop(heap); s; s = heapPop(heap)) order.push(s.pod);
    expect(order).toEqual(['p4', 'p1', 'p3', 'p2', 'p0']);
  });
});

describe('ids and durations', () => {
  it('are seeded and well formed', () => {
    expect(randomUid({ rng: 1 })).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(randomUid({ rng: 1 })).toBe(randomUid({ rng: 1 }));
    expect(randomNameSuffix({ rng: 9 })).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect([500, 10_000, 80_000, 300_000, 3_600_000].map(goDuration)).toEqual([
      '500ms',
      '10s',
      '1m20s',
      '5m0s',
      '1h0m0s',
    ]);
  });
});

describe('while-true loops', () => {
  it('repeat the body until stopped', () => {
    const plan = planProcess('busybox', ['sh', '-c', 'echo start; while true; do echo tick; sleep 10; done']);
    expect(plan.exit).toBeUndefined();
    expect(plan.output).toEqual([{ at: 0, line: 'start' }]);
    expect(plan.loop).toEqual({ from: 0, every: 10_000, output: [{ at: 0, line: 'tick' }] });
  });
});
