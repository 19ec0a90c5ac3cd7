import { scaleBand } from 'd3-scale';
import type { NodeInfo } from '../../sim/types';
import { useT } from '../stores';

const PER_ROW = 64;
const CELL = 5;
export const IP_POOL_WIDTH = PER_ROW * CELL;

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/**
 * The Node's pod CIDR as a grid of addresses: filled = reserved by a sandbox. Seeing the pool makes the
 * host-local cursor visible (a new sandbox takes the next free address, not the one just released).
 */
export function IpPool({
  node,
  x,
  y,
  owners,
}: {
  node: NodeInfo;
  x: number;
  y: number;
  owners: Map<string, string>;
}) {
  const t = useT();
  const first = ipToInt(node.ipPool.first);
  const size = node.ipPool.size;
  const used = new Set(node.ipPool.used.map((ip) => ipToInt(ip) - first));
  const column = scaleBand<number>()
    .domain(Array.from({ length: PER_ROW }, (_, i) => i))
    .range([0, PER_ROW * CELL])
    .paddingInner(0.2);
  const rows = Math.ceil(size / PER_ROW);
  return (
    <g className="ip-pool" data-testid="ip-pool" data-used={[...node.ipPool.used].sort().join(' ')}>
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
      <rect
        className="ip-pool-frame"
        x={x - 2}
        y={y - 2}
        width={PER_ROW * CELL + 2}
        height={rows * CELL + 2}
      />
    </g>
  );
}

function intToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');
}
