/**
 * Pod IP allocation like the CNI host-local plugin (KUBELET.md §10): the next free address *after the last one
 * reserved* (a cursor that wraps), so a released IP is not handed straight back; `.1` is the gateway.
 */
import type { IpPool } from './state';

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** The pool of a /24 pod CIDR: .2 … .254 (.0 network, .1 gateway, .255 broadcast). */
export function createPool(podCIDR: string): IpPool {
  const base = ipToInt(podCIDR.split('/')[0] ?? '0.0.0.0');
  return { first: base + 2, last: base + 254, cursor: base + 1, used: [] };
}

/** Reserves the next free address after the cursor, or a specific one (IPAM option 'reuse'); undefined when full. */
export function allocateIp(pool: IpPool, wanted?: string): string | undefined {
  if (wanted !== undefined && !pool.used.includes(wanted)) {
    const n = ipToInt(wanted);
    if (n >= pool.first && n <= pool.last) {
      pool.used.push(wanted);
      pool.cursor = n;
      return wanted;
    }
  }
  const size = pool.last - pool.first + 1;
  if (pool.used.length >= size) return undefined;
  const used = new Set(pool.used);
  for (let i = 1; i <= size; i++) {
    let n = pool.cursor + i;
    if (n > pool.last) n = pool.first + ((n - pool.first) % size);
    const ip = intToIp(n);
    if (!used.has(ip)) {
      pool.used.push(ip);
      pool.cursor = n;
      return ip;
    }
  }
  return undefined;
}

export function releaseIp(pool: IpPool, ip: string): void {
  const i = pool.used.indexOf(ip);
  if (i >= 0) pool.used.splice(i, 1);
}
