import type { CSSProperties } from 'react';
import type { NamespaceKind, SandboxInfo } from '../../sim/types';
import { useT } from '../stores';
import { EnteringG } from './entering';
import { LAYER_LABEL, type Rect } from './layout';
import { NAMESPACE_STYLES, nsLabel } from './namespaceStyle';

const SHARED: NamespaceKind[] = ['net', 'ipc', 'uts'];

/**
 * net ⊃ ipc ⊃ uts, drawn as nested layers that belong to the sandbox: each carries its inode id, so
 * equal ids (in the container chips, the describe panel, the terminal) show the sharing, not colour.
 * A layer that is the Node's (hostNetwork, hostIPC) is drawn hatched and says so.
 * When the sandbox dies the layers shrink onto the pause hexagon; a new sandbox's layers grow out of it.
 */
export function NamespaceLayers(props: {
  layers: [Rect, Rect, Rect];
  /** Where the layers shrink to when the sandbox dies: around the pause hexagon. */
  collapsed: [Rect, Rect, Rect];
  sandbox: SandboxInfo | undefined;
  hostNamespaces: Record<NamespaceKind, number> | undefined;
  highlighted: NamespaceKind | null;
  /** Compact Pods draw the layers without their labels (the chosen kind's id shows on the cards). */
  labels?: boolean;
}) {
  const t = useT();
  const alive = props.sandbox?.state === 'SANDBOX_READY';
  return (
    <EnteringG className={`ns-layers${alive ? '' : ' collapsed'}`} key={props.sandbox?.id ?? 'none'}>
      {SHARED.map((kind, i) => {
        const rect = props.layers[i]!;
        const style = NAMESPACE_STYLES[kind];
        const id = props.sandbox?.namespaces[kind];
        const host = id !== undefined && props.hostNamespaces?.[kind] === id;
        const dim = props.highlighted !== null && props.highlighted !== kind;
        return (
          <g
            key={kind}
            className={`ns-layer${dim ? ' dimmed' : ''}${props.highlighted === kind ? ' emphasised' : ''}${host ? ' host' : ''}`}
            data-ns={kind}
            data-ns-id={id}
          >
            <rect
              x={rect.x}
              y={rect.y}
              width={rect.w}
              height={rect.h}
              rx={18 - i * 3}
              className="ns-layer-box"
              style={{
                stroke: style.color,
                strokeDasharray: style.dash || undefined,
                ...collapsedGeometry(props.collapsed[i]!),
              }}
            />
            {props.labels !== false && (
              <text
                className="ns-layer-label mono"
                x={rect.x + 14}
                y={rect.y + LAYER_LABEL - 5}
                style={{ fill: style.color }}
              >
                {nsLabel(kind, id)}
                <tspan className="ns-layer-caption">
                  {' '}
                  {host ? t('ns.hostSuffix') : t('ns.layer.owner')} · {t(style.name)}
                </tspan>
              </text>
            )}
          </g>
        );
      })}
    </EnteringG>
  );
}

/**
 * The collapsed rectangle as CSS custom properties: the stylesheet moves the rect's geometry properties
 * (x, y, width, height) between it and the attributes. Geometry animates on the main thread without
 * creating compositor layers, which transform/opacity animations on SVG children do by the thousand.
 */
function collapsedGeometry(rect: Rect): CSSProperties {
  return {
    '--collapsed-x': `${rect.x}px`,
    '--collapsed-y': `${rect.y}px`,
    '--collapsed-w': `${rect.w}px`,
    '--collapsed-h': `${rect.h}px`,
  } as CSSProperties;
}
