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
  const cellX = (i: number) => x + column(i % PER_ROW);
  const cellY = (i: number) => y + Math.floor(i / PER_ROW) * CELL;
  const w = column.bandwidth();
  const h = CELL * 0.8;
  // Free addresses are one path (a /24 is 254 cells: drawn as elements they were half the first page's
  // DOM and most of its first render); reserved ones are elements, each with its address and owner.
  let free = '';
  for (let i = 0; i < size; i++)
    if (!used.has(i)) free += `M${cellX(i).toFixed(2)} ${cellY(i)}h${w.toFixed(2)}v${h}h${(-w).toFixed(2)}z`;
  return (
    <g className="ip-pool" data-testid="ip-pool" data-used={[...usedIps].sort().join(' ')}>
      <text className="ip-pool-label" x={x + PER_ROW * CELL} y={y - 8} textAnchor="end">
        {t('node.pool', { used: used.size, free: size - used.size })}
      </text>
      <path className="ip-cell" d={free} />
      {[...used].map((i) => {
        const ip = intToIp(first + i);
        return (
          <rect key={ip} className="ip-cell used" x={cellX(i)} y={cellY(i)} width={w} height={h}>
            <title>{`${ip} · ${owners.get(ip) ?? ''}`}</title>
          </rect>
        );
      })}
    </g>
  );
});
