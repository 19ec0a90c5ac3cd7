/**
 * Events live an hour after their last write (kube-apiserver --event-ttl), and a recurrence after that comes
 * back with the count and firstTimestamp the kubelet's EventCorrelator kept.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_TTL_MS } from './constants';
import { createSimulation } from './index';
import { container, eventReasons, podManifest, startPod } from './testing/fixtures';

const MINUTE = 60_000;

describe('Event TTL', () => {
  it('a quiet Pod’s Events are gone an hour after they were written', () => {
    const sim = createSimulation({ seed: 7 });
    startPod(sim, podManifest());
    expect(eventReasons(sim, 'web')).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    // Just before the hour is up, all still there; just after the last one's hour, none.
    sim.advance(EVENT_TTL_MS - 2 * MINUTE);
    expect(eventReasons(sim, 'web')).toHaveLength(5);
    sim.advance(3 * MINUTE);
    expect(sim.events()).toEqual([]);
    expect(sim.pod('web')?.status?.phase).toBe('Running');
  });

  it('an Event still being updated stays; the others expire around it', () => {
    const sim = createSimulation({ seed: 7 });
    startPod(sim, podManifest({ containers: [container('app', { run: 'exit 1' })] }));
    sim.advance(70 * MINUTE);
    const reasons = eventReasons(sim, 'web');
    // Scheduled was written once, at the start: gone. BackOff recurs every 5 min: renewed each time.
    expect(reasons).not.toContain('Scheduled');
    expect(reasons).toContain('BackOff');
    const backOff = sim.events().find((e) => e.reason === 'BackOff');
    expect(backOff?.count).toBeGreaterThan(10);
  });

  it('a recurrence after the hour is created again with the count and first time it had', () => {
    const sim = createSimulation({ seed: 7 });
    startPod(sim, podManifest());
    const started = sim.events().find((e) => e.reason === 'Started');
    expect(started?.count).toBe(1);
    sim.advance(2 * EVENT_TTL_MS);
    expect(sim.events().find((e) => e.reason === 'Started')).toBeUndefined();
    sim.dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    sim.advance(30_000);
    const again = sim.events().find((e) => e.reason === 'Started');
    expect(again?.count).toBe(2);
    expect(again?.firstTimestamp).toBe(started?.firstTimestamp);
    expect(Date.parse(again?.lastTimestamp ?? '')).toBeGreaterThan(Date.parse(started?.lastTimestamp ?? ''));
    // Only the events of the restart are listed: the first start's others stay expired.
    expect(eventReasons(sim, 'web')).not.toContain('Scheduled');
  });
});
