import { createContext, useContext, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useSim, useT } from '../stores';
import { NAMESPACE_KINDS, type NamespaceIds } from '../../sim/types';
import { FirstRenderScope } from './entering';
import { CanvasFontContext } from './fitText';
import { IP_POOL_WIDTH, IpPool } from './IpPool';
import { guessFrameSize, largestOrientationOf, orientationOf, type Viewport } from './frameGuess';
import {
  arrange,
  COMPACT_BELOW,
  gridPositions,
  NODE_HEADER,
  NODE_MIN_WIDTH,
  PAD,
  PROJECTED_COMPACT_BELOW,
} from './arrange';
import { useElementSize } from './useElementSize';
import { PodBox } from './PodBox';

const META_ONE_LINE_MIN_WIDTH = 1000;

/**
 * The viewport the first render arranges the Node for. The browser's window, except when the first frame
 * is prerendered at build time (src/firstFrame/render.tsx), where there is no window.
 */
export const FirstViewportContext = createContext<Viewport | null>(null);

/**
 * The Node and its Pods (React renders, d3 computed the geometry). Each Pod is its own <svg>, placed in
 * percentages of the Node's box: a change inside one Pod repaints that Pod only, where one big SVG
 * re-recorded all of them (the difference between 60 animating Pods at 60 fps and at 15).
 */
export function PodCanvas({
  fitLargest = false,
  projected = false,
}: {
  fitLargest?: boolean;
  /** Presenter mode: read from across a classroom, so compact Pods take over sooner. */
  projected?: boolean;
}) {
  const t = useT();
  const frameRef = useRef<HTMLDivElement>(null);
  const firstViewport = useContext(FirstViewportContext);
  const size = useElementSize(frameRef, () =>
    guessFrameSize(firstViewport ?? { width: window.innerWidth, height: window.innerHeight }),
  );
  const orientation = fitLargest && size.fit ? largestOrientationOf(size) : orientationOf(size);
  const node = useSim((s) => s.frame.nodes[0]);
  const pods = useSim((s) => s.podViews);
  const highlighted = useSim((s) => s.highlightedNamespace);
  const selectedPod = useSim((s) => s.selectedPod);
  // The Node object is new every frame; its namespace ids are not. Keep one object per set of ids.
  const hostKey = node ? NAMESPACE_KINDS.map((k) => node.namespaces[k]).join(',') : '';
  const hostNamespaces = useMemo(() => hostNamespacesFrom(hostKey), [hostKey]);
  // Shapes change only when Pods come, go or change their container counts: key the layout on them.
  const shapeKey = pods
    .map((p) => `${p.initContainers.length}/${p.mainContainers.length}/${p.volumes.length}`)
    .join(' ');
  // The Pods drawn full last time (their shapes): a slightly smaller frame keeps them full (see arrange).
  const [fullShapes, setFullShapes] = useState<string | null>(null);
  const { layouts, columns } = useMemo(
    () =>
      arrange(
        shapeKey,
        orientation,
        size,
        projected ? PROJECTED_COMPACT_BELOW : COMPACT_BELOW,
        fullShapes === shapeKey,
      ),
    [shapeKey, orientation, size, projected, fullShapes],
  );
  // Adjusted while rendering (React's pattern for state that follows a computed value): settles in one pass.
  const drawnFull = layouts.some((l) => !l.compact) ? shapeKey : null;
  if (drawnFull !== fullShapes) setFullShapes(drawnFull);
  const grid = gridPositions(layouts, Infinity, 28, columns);
  const width = Math.max(grid.width, NODE_MIN_WIDTH) + PAD * 2;
  const height = NODE_HEADER + Math.max(grid.height, 120) + PAD * 2;
  const owners = pods
    .filter((p) => p.ip)
    .map((p) => `${p.ip}=${p.name}`)
    .sort()
    .join(' ');
  const title = t('canvas.title', { node: node?.name ?? '', count: pods.length });
  // On one line the Node's podCIDR, IP and net id run ~600 units: a narrower Node (a portrait one, 828) would
  // draw them into the IP pool beside them.
  const metaOnTwoLines = width < META_ONE_LINE_MIN_WIDTH;
  // The stylesheet sizes the box from this aspect ratio (fit to the frame, or full width on phones).
  const box = { '--canvas-w': width, '--canvas-h': height } as CSSProperties;
  return (
    <div ref={frameRef} className="canvas-frame">
      <div
        className="pod-canvas"
        role="group"
        aria-label={title}
        data-testid="pod-canvas"
        data-width={width}
        data-height={height}
        style={box}
      >
        <svg className="node-layer" viewBox={`0 0 ${width} ${height}`}>
          <rect className="node-box" x={4} y={4} width={width - 8} height={height - 8} rx={18} />
          {node && (
            <g className="node-header">
              <text className="node-name" x={PAD} y={42}>
                {node.name}
              </text>
              <text className="node-meta mono" x={PAD} y={metaOnTwoLines ? 62 : 70}>
                {t('node.cidr', { cidr: node.podCIDR })} · {t('node.ip', { ip: node.ip })}
                {metaOnTwoLines ? (
                  <tspan x={PAD} dy={20}>
                    net:[{node.namespaces.net}]
                  </tspan>
                ) : (
                  ` · net:[${node.namespaces.net}]`
                )}
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
        </svg>
        <CanvasFontContext.Provider value={projected ? 'presenter' : ''}>
          <FirstRenderScope>
            {pods.map((pod, i) => (
              <PodBox
                key={pod.uid}
                pod={pod}
                layout={layouts[i]!}
                x={PAD + grid.positions[i]!.x}
                y={NODE_HEADER + PAD / 2 + grid.positions[i]!.y}
                canvas={canvasSize(width, height)}
                hostNamespaces={hostNamespaces}
                highlighted={highlighted}
                selected={pod.name === selectedPod}
              />
            ))}
          </FirstRenderScope>
        </CanvasFontContext.Provider>
      </div>
    </div>
  );
}

function hostNamespacesFrom(key: string): NamespaceIds | undefined {
  if (!key) return undefined;
  const ids = key.split(',').map(Number);
  return Object.fromEntries(NAMESPACE_KINDS.map((kind, i) => [kind, ids[i] ?? 0])) as NamespaceIds;
}

/** One object per canvas size, so memoised Pod boxes only re-render when the Node's box really changes. */
const canvasSizes = new Map<string, { width: number; height: number }>();
function canvasSize(width: number, height: number) {
  const key = `${width}x${height}`;
  let size = canvasSizes.get(key);
  if (!size) {
    if (canvasSizes.size > 64) canvasSizes.clear();
    canvasSizes.set(key, (size = { width, height }));
  }
  return size;
}
