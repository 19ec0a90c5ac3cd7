/**
 * Seeded pseudo-random numbers (mulberry32): uids, container ids and ReplicaSet pod suffixes are reproducible
 * from the seed. The whole generator state is one uint32 kept in the simulation state, so snapshots carry it.
 */

export interface RandomState {
  rng: number;
}

/** Next uint32 (mulberry32). */
export function nextUint32(s: RandomState): number {
  s.rng = (s.rng + 0x6d2b79f5) >>> 0;
  let t = s.rng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** A seeded generator of numbers in [0, 1) (same sequence as nextUint32 from that seed), for scripted runs. */
export function seededRandom(seed: number): () => number {
  const state: RandomState = { rng: seed >>> 0 };
  return () => nextUint32(state) / 2 ** 32;
}

/** Integer in [0, n). */
export function nextInt(s: RandomState, n: number): number {
  return nextUint32(s) % n;
}

/** `n` lowercase hex digits. */
const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function randomHex(s: RandomState, n: number): string {
  let out = '';
  while (out.length < n) {
    const u = nextUint32(s);
    out +=
      (HEX_BYTE[u >>> 24] as string) +
      (HEX_BYTE[(u >>> 16) & 255] as string) +
      (HEX_BYTE[(u >>> 8) & 255] as string) +
      (HEX_BYTE[u & 255] as string);
  }
  return out.length === n ? out : out.slice(0, n);
}

/** A version-4-shaped UUID, like metadata.uid. */
export function randomUid(s: RandomState): string {
  const h = randomHex(s, 32);
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** apimachinery utilrand.String alphabet: no vowels (no accidental words) and no look-alike digits. */
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** `generateName` suffix: 5 characters, as the API server appends to `<replicaset>-`. */
export function randomNameSuffix(s: RandomState): string {
  let out = '';
  for (let i = 0; i < 5; i++) out += NAME_ALPHABET[nextInt(s, NAME_ALPHABET.length)];
  return out;
}

/** A stable (unseeded) 64-hex digest of a string: image digests must not depend on the seed. */
export function digestHex(text: string): string {
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    // FNV-1a, salted by round.
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}
