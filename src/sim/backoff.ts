/**
 * Crash-loop back-off, a port of client-go `flowcontrol.Backoff` as the kubelet configures it
 * (pkg/kubelet/kubelet.go newCrashLoopBackOff; KUBELET.md §3): ×2 per restart, capped, reset when the failed run
 * began more than 10 min after the last back-off update. Jitter is 0 in the kubelet's configuration.
 */
import { BACKOFF_DEFAULT, BACKOFF_REDUCED, BACKOFF_RESET_MS } from './constants';
import type { BackoffEntry } from './state';

export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
}

export function backoffPolicy(kind: 'default' | 'reduced'): BackoffPolicy {
  return kind === 'reduced' ? BACKOFF_REDUCED : BACKOFF_DEFAULT;
}

/** flowcontrol HasExpiredFunc: the entry is stale if the event is more than 10 min after its last update. */
function hasExpired(eventTime: number, entry: BackoffEntry): boolean {
  return eventTime - entry.lastUpdate > BACKOFF_RESET_MS;
}

/** `Backoff.IsInBackOffSince(key, eventTime)`: still inside the window that started at `eventTime` (FinishedAt)? */
export function isInBackOffSince(entry: BackoffEntry | undefined, eventTime: number, now: number): boolean {
  if (entry === undefined || hasExpired(eventTime, entry)) return false;
  // Compared as `now < eventTime + backoffMs`, the very sum the kubelet re-syncs at (kubelet.ts requestSync):
  // `now - eventTime < backoffMs` can stay true at that instant by a rounding error when times are fractional
  // (wall-clock frames × speed), and the re-sync would then re-schedule itself at the same instant forever.
  return now < eventTime + entry.backoffMs;
}

/** `Backoff.Next(key, eventTime)`: the back-off after this restart. */
export function nextBackoff(
  entry: BackoffEntry | undefined,
  eventTime: number,
  now: number,
  policy: BackoffPolicy,
): BackoffEntry {
  if (entry === undefined || hasExpired(eventTime, entry))
    return { backoffMs: policy.initialMs, lastUpdate: now };
  return { backoffMs: Math.min(entry.backoffMs * 2, policy.maxMs), lastUpdate: now };
}
