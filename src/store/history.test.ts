import { describe, expect, it } from 'vitest';
import { KeyframeHistory } from './history';

const frame = (at: number, applied = 0) => ({ at, applied, snapshot: JSON.stringify({ version: 1, at }) });

describe('KeyframeHistory', () => {
  it('finds the newest keyframe at or before a time', () => {
    const history = new KeyframeHistory();
    [0, 5, 10, 15].forEach((t) => history.add(frame(t)));
    expect(history.before(12)?.at).toBe(10);
    expect(history.before(10)?.at).toBe(10);
    expect(history.before(0)?.at).toBe(0);
    expect(history.before(99)?.at).toBe(15);
  });

  it('stays bounded on long runs and keeps time zero reachable', () => {
    const history = new KeyframeHistory(20);
    for (let t = 0; t < 10_000; t++) history.add(frame(t));
    expect(history.size).toBeLessThanOrEqual(20);
    expect(history.before(0)?.at).toBe(0);
    expect(history.before(9_999)?.at).toBe(9_999);
  });

  it('keeps time order when a keyframe is added before newer ones, and skips one it already has', () => {
    const history = new KeyframeHistory();
    [0, 10, 20].forEach((t) => history.add(frame(t)));
    history.add(frame(5));
    history.add(frame(10));
    expect(history.size).toBe(4);
    expect(history.before(7)?.at).toBe(5);
    expect(history.before(15)?.at).toBe(10);
  });

  it('forgets the future when truncated, keeping same-time frames with fewer applied actions', () => {
    const history = new KeyframeHistory();
    history.add(frame(0));
    history.add(frame(5, 1));
    history.add(frame(5, 2));
    history.add(frame(10, 2));
    history.truncateAfter(5, 1);
    expect(history.before(100)).toEqual(frame(5, 1));
  });
});
