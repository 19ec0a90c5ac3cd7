/**
 * Snapshots are the plain state as JSON. `restore` checks the version and the shape of every part it relies on
 * before replacing anything (snapshotCheck.ts), so a malformed snapshot (stored state, a URL, a message) is
 * refused with a clear error. The public API (index.ts) installs that check; the app's first page, which
 * restores only the keyframes its own engine wrote, goes without it (~1 KB less to load before it works).
 */
import type { Step } from './scheduler';
import type { SimState } from './state';
import type { SimSnapshot } from './types';

let installedCheck: ((s: unknown) => void) | undefined;

export function installSnapshotCheck(check: (s: unknown) => void): void {
  installedCheck = check;
}

/** Throws `invalid snapshot: …` unless `s` has the shape of a state, when the check is installed. */
export function checkSnapshot(s: unknown): asserts s is SimState {
  installedCheck?.(s);
}

/**
 * A canonical copy of the state: stale steps (dropped lazily by the loop) are left out and the queue is sorted
 * (a sorted array is a valid heap), so the snapshot does not depend on who peeked at the queue when.
 */
export function toSnapshot(state: SimState, isLive: (step: Step) => boolean): SimSnapshot {
  return JSON.parse(toSnapshotText(state, isLive)) as SimSnapshot;
}

/** The snapshot as JSON text, without building the object first (the store keeps keyframes as text). */
export function toSnapshotText(state: SimState, isLive: (step: Step) => boolean): string {
  const queue = state.queue.filter(isLive).sort((a, b) => a.at - b.at || a.seq - b.seq);
  return JSON.stringify({ ...state, queue });
}
