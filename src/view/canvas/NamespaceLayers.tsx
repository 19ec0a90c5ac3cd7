import type { NamespaceKind, SandboxInfo } from '../../sim/types';
import { useT } from '../stores';
import { LAYER_LABEL, type Rect } from './layout';
import { NAMESPACE_STYLES, nsLabel } from './namespaceStyle';

const SHARED: NamespaceKind[] = ['net', 'ipc', 'uts'];

/**
 * net ⊃ ipc ⊃ uts, drawn as nested layers that belong to the sandbox: each carries its inode id, so
 * equal ids (in the container chips, the describe panel, the terminal) show the sharing, not colour.
 * A layer that is the Node's (hostNetwork, hostIPC) is drawn hatched and says so.
 */
export function NamespaceLayers(props: {
  layers: [Rect, Rect, Rect];
  sandbox: SandboxInfo | undefined;
  hostNamespaces: Record<NamespaceKind, number> | undefined;
  highlighted: NamespaceKind | null;
}) {
  const t = useT();
  const alive = props.sandbox?.state === 'SANDBOX_READY';
  return (
    <g className={`ns-layers${alive ? '' : ' collapsed'}`} key={props.sandbox?.id ?? 'none'}>
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
              style={{ stroke: style.color, strokeDasharray: style.dash || undefined }}
            />
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
          </g>
        );
      })}
    </g>
  );
}
