/** Small formatting helpers shared by the commands: Go-style durations, truncated ids, stable hashes. */
import { EPOCH_ISO } from '../sim/types';

export const EPOCH_MS = Date.parse(EPOCH_ISO);

/** docker/go-units `HumanDuration`, which crictl prints as "<d> ago". */
export function unitsHumanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(ms / 3_600_000 / 24 / 365)} years`;
}

/** crictl `getTruncatedID`: the first 13 characters (after an optional prefix such as "sha256:"). */
export function truncatedId(id: string, prefix = ''): string {
  return (id.startsWith(prefix) ? id.slice(prefix.length) : id).slice(0, 13);
}

/** A stable 32-bit hash (FNV-1a) for made-up but deterministic details (MAC addresses, image ids). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `n` hex digits derived from `seed`, stable across runs. */
export function hexFrom(seed: string, n: number): string {
  let out = '';
  for (let i = 0; out.length < n; i++) out += hash32(`${seed}#${i}`).toString(16).padStart(8, '0');
  return out.slice(0, n);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `ls -l`'s date for a recent file: "Jan  1 00:05" (virtual ms → UTC). */
export function lsDate(virtualMs: number): string {
  const d = new Date(EPOCH_MS + virtualMs);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  return `${MONTHS[d.getUTCMonth()] ?? 'Jan'} ${day} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/** "HH:MM" of a virtual time (ps START). */
export function clock(virtualMs: number): string {
  const d = new Date(EPOCH_MS + virtualMs);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/** Go `time.RFC3339Nano` in UTC (trailing zeros of the fraction dropped), as crictl prints createdAt. */
export function rfc3339Nano(virtualMs: number): string {
  return new Date(EPOCH_MS + virtualMs).toISOString().replace(/\.?0+Z$/, 'Z');
}
