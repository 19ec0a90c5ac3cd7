import { memo } from 'react';
import { useT } from '../stores';

const PER_ROW = 64;
const CELL = 5;
export const IP_POOL_WIDTH = PER_ROW * CELL;

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function intToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');
}

/**
 * A band layout of PER_ROW equal columns with 20 % gaps between them (what d3's scaleBand computes, here in
 * two lines: d3-scale cost 1.1 KB of the first load for this one multiplication).
 */
const STEP = (PER_ROW * CELL) / (PER_ROW - 0.2);
const column = Object.assign((i: number) => i * STEP, { bandwidth: () => STEP * 0.8 });

/**
 * The Node's pod CIDR as a grid of addresses: filled = reserved by a sandbox. Seeing the pool makes the
 * host-local cursor visible (a new sandbox takes the next free address, not the one just released).
 * Props are strings so the memo holds while nothing is reserved or released.
 */
export const IpPool = memo(function IpPool(props: {
  first: string;
  size: number;
  /** Reserved addresses, space-separated. */
  used: string;
  /** "ip=pod" pairs, space-separated, for the tooltips. */
  owners: string;
  x: number;
  y: number;
}) {
  const t = useT();
  const first = ipToInt(props.first);
  const usedIps = props.used ? props.used.split(' ') : [];
  const used = new Set(usedIps.map((ip) => ipToInt(ip) - first));
  const owners = new Map(
    props.owners ? props.owners.split(' ').map((pair) => pair.split('=') as [string, string]) : [],
  );
  const { x, y, size } = props;
  return (
    <g className="ip-pool" data-testid="ip-pool" data-used={[...usedIps].sort().join(' ')}>
      <text className="ip-pool-label" x={x + PER_ROW * CELL} y={y - 8} textAnchor="end">
        {t('node.pool', { used: used.size, free: size - used.size })}
      </text>
      {Array.from({ length: size }, (_, i) => {
        const isUsed = used.has(i);
        const ip = intToIp(first + i);
        return (
          <rect
            key={i}
            className={isUsed ? 'ip-cell used' : 'ip-cell'}
            x={x + (column(i % PER_ROW) ?? 0)}
            y={y + Math.floor(i / PER_ROW) * CELL}
            width={column.bandwidth()}
            height={CELL * 0.8}
          >
            <title>{isUsed ? `${ip} · ${owners.get(ip) ?? ''}` : ip}</title>
          </rect>
        );
      })}
    </g>
  );
});
