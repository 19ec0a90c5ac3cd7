/** Virtual time helpers: ISO timestamps on the virtual clock and Go-style durations. */
import { EPOCH_ISO } from './types';

const EPOCH_MS = Date.parse(EPOCH_ISO);

const isoCache = new Map<number, string>();
/**
 * The hot path asks for the same few seconds over and over (now, recent starts); a small cache serves
 * them. A large one grew by one entry per virtual second (~80 bytes each: +0.3 MB per virtual hour).
 */
const ISO_CACHE_SIZE = 256;

/** ISO timestamp (second precision, like metav1.Time) of a virtual time in ms. Memoised: it is on the hot path. */
export function isoAt(ms: number): string {
  const second = Math.floor(ms / 1000);
  let iso = isoCache.get(second);
  if (iso === undefined) {
    if (isoCache.size >= ISO_CACHE_SIZE) isoCache.clear();
    iso = new Date(EPOCH_MS + second * 1000).toISOString().replace('.000Z', 'Z');
    isoCache.set(second, iso);
  }
  return iso;
}

/** Go `time.Duration.String()` for whole-ish durations: "500ms", "10s", "1m20s", "5m0s", "1h0m0s". */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const totalSeconds = ms / 1000;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds - hours * 3600 - minutes * 60;
  const s = `${Number.isInteger(seconds) ? seconds : Number(seconds.toFixed(3))}s`;
  if (hours > 0) return `${hours}h${minutes}m${s}`;
  if (minutes > 0) return `${minutes}m${s}`;
  return s;
}

/** Unix nanoseconds of a virtual time, as a hex string (the kubelet's event-name suffix, `%x` of UnixNano). */
export function unixNanoHex(ms: number, tieBreak: number): string {
  return ((BigInt(EPOCH_MS) + BigInt(Math.floor(ms))) * 1_000_000n + BigInt(tieBreak % 1_000_000)).toString(
    16,
  );
}
