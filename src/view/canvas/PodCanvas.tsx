import { useMemo, useRef } from 'react';
import { useSim, useT } from '../stores';
import { NAMESPACE_KINDS, type NamespaceIds } from '../../sim/types';
import { IP_POOL_WIDTH, IpPool } from './IpPool';
import { gridPositions, layoutPod, type Orientation } from './layout';
import { useElementSize } from './useElementSize';
import { PodBox } from './PodBox';

const PAD = 24;
const NODE_HEADER = 96;
const MAX_ROW_WIDTH = 1560;

/** The Node and its Pods, as one SVG scaled to its container (React renders, d3 computed the geometry). */
export function PodCanvas() {
  const t = useT();
  const frameRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(frameRef);
  // Wide frames get volumes beside the layers; narrow ones (phones, stacked layout) get them below.
  const orientation: Orientation =
    size.width >= 700 && size.width / Math.max(size.height, 1) >= 1.2 ? 'landscape' : 'portrait';
  const node = useSim((s) => s.frame.nodes[0]);
  const pods = useSim((s) => s.podViews);
  // The Node object is new every frame; its namespace ids are not. Keep one object per set of ids.
  const hostKey = node ? NAMESPACE_KINDS.map((k) => node.namespaces[k]).join(',') : '';
  const hostNamespaces = useMemo(() => hostNamespacesFrom(hostKey), [hostKey]);
  const layouts = useMemo(
    () =>
      pods.map((p) =>
        layoutPod(
          { init: p.initContainers.length, main: p.mainContainers.length, volumes: p.volumes.length },
          orientation,
        ),
      ),
    [pods, orientation],
  );
  const grid = gridPositions(layouts, MAX_ROW_WIDTH);
  const width = Math.max(grid.width, 780) + PAD * 2;
  const height = NODE_HEADER + Math.max(grid.height, 120) + PAD * 2;
  const owners = pods
    .filter((p) => p.ip)
    .map((p) => `${p.ip}=${p.name}`)
    .sort()
    .join(' ');
  const title = t('canvas.title', { node: node?.name ?? '', count: pods.length });
  return (
    <div ref={frameRef} className="canvas-frame">
      <svg
        className="pod-canvas"
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={title}
        data-testid="pod-canvas"
        preserveAspectRatio="xMidYMin meet"
      >
        <title>{title}</title>
        <rect className="node-box" x={4} y={4} width={width - 8} height={height - 8} rx={18} />
        {node && (
          <g className="node-header">
            <text className="node-name" x={PAD} y={42}>
              {node.name}
            </text>
            <text className="node-meta mono" x={PAD} y={70}>
              {t('node.cidr', { cidr: node.podCIDR })} · {t('node.ip', { ip: node.ip })} · net:[
              {node.namespaces.net}]
            </text>
            <IpPool
              first={node.ipPool.first}
              size={node.ipPool.size}
              used={node.ipPool.used.join(' ')}
              owners={owners}
              x={width - PAD - IP_POOL_WIDTH}
              y={44}
            />
          </g>
        )}
        {pods.length === 0 && (
          <text className="node-empty" x={width / 2} y={NODE_HEADER + 70} textAnchor="middle">
            {t('node.empty')}
          </text>
        )}
        {pods.map((pod, i) => (
          <PodBox
            key={pod.uid}
            pod={pod}
            layout={layouts[i]!}
            x={PAD + grid.positions[i]!.x}
            y={NODE_HEADER + PAD / 2 + grid.positions[i]!.y}
            hostNamespaces={hostNamespaces}
          />
        ))}
      </svg>
    </div>
  );
}

function hostNamespacesFrom(key: string): NamespaceIds | undefined {
  if (!key) return undefined;
  const ids = key.split(',').map(Number);
  return Object.fromEntries(NAMESPACE_KINDS.map((kind, i) => [kind, ids[i] ?? 0])) as NamespaceIds;
}
