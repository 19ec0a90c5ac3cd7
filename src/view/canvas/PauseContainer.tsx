import type { NamespaceKind, SandboxInfo } from '../../sim/types';
import { useStores, useT } from '../stores';
import { CanvasButton } from './CanvasButton';
import { hexagonPath } from './paths';
import { EnteringG } from './entering';

/** The pause (sandbox) container: a hexagon, neutral and dark — infrastructure, not an app. */
export function PauseContainer(props: {
  podName: string;
  cx: number;
  cy: number;
  r: number;
  sandbox: SandboxInfo | undefined;
  compact?: boolean;
  /** shareProcessNamespace: pause is also the PID namespace's init, which every container joined. */
  sharesPid?: boolean;
  /** The Node's: with hostNetwork, hostIPC or hostPID the Pod is in the Node's namespace, not one of its own. */
  hostNamespaces?: Record<NamespaceKind, number>;
}) {
  const t = useT();
  const { cx, cy, r, sandbox } = props;
  const alive = sandbox?.state === 'SANDBOX_READY';
  const holds = (['net', 'ipc', 'uts', 'pid'] as const)
    .filter(
      (k, i) => (i < 3 || props.sharesPid) && sandbox && sandbox.namespaces[k] !== props.hostNamespaces?.[k],
    )
    .join(' · ');
  return (
    <g
      className={`pause${alive ? '' : sandbox ? ' dead' : ' none'}`}
      data-testid={`pause-${props.podName}`}
      data-sandbox={sandbox?.id ?? ''}
      data-attempt={sandbox?.attempt ?? ''}
    >
      {/* A new sandbox gets a new key, so it rises in with its own mount animation. */}
      <EnteringG key={sandbox?.id ?? 'none'} className="pause-body">
        <path d={hexagonPath(cx, cy, r)} className="pause-hex" />
        {props.compact ? (
          // Compact: "pause" and the sandbox attempt; a dead sandbox shows in the outline and colour.
          <text className="pause-title mini" x={cx} y={cy + 5} textAnchor="middle">
            {t('pause.name')}
            <tspan className="pause-line" x={cx} dy={14}>
              #{sandbox?.attempt ?? '—'}
            </tspan>
          </text>
        ) : (
          <>
            <text className="pause-title" x={cx} y={cy - 14} textAnchor="middle">
              {t('pause.name')}
            </text>
            <text className="pause-line" x={cx} y={cy + 4} textAnchor="middle">
              {sandbox ? t('pause.sandbox', { attempt: sandbox.attempt }) : t('pause.none')}
            </text>
            <text className="pause-line mono" x={cx} y={cy + 20} textAnchor="middle">
              {alive ? t('pause.pid', { pid: sandbox.pid }) : sandbox ? t('pause.dead') : ''}
            </text>
          </>
        )}
      </EnteringG>
      {!props.compact && holds && (
        <text className="pause-holds" x={cx} y={cy + r + 18} textAnchor="middle">
          {t('pause.holds', { kinds: holds })}
        </text>
      )}
    </g>
  );
}

/** "× kill" under the hexagon (HTML, over the drawing): only while the sandbox is ready and the Pod live. */
export function PauseKillButton(props: {
  podName: string;
  cx: number;
  cy: number;
  r: number;
  pod: { width: number; height: number };
  compact?: boolean;
}) {
  const t = useT();
  // Read at click time, not subscribed (one selector fewer per Pod on every tick).
  const { simulation } = useStores();
  return (
    <CanvasButton
      // Compact: no wider than the 56 units between the two card columns, or it covers a third card's edge.
      x={props.cx - (props.compact ? 26 : 40)}
      y={props.cy + props.r + (props.compact ? 6 : 26)}
      width={props.compact ? 52 : 80}
      height={props.compact ? 20 : 26}
      pod={props.pod}
      text={t('pause.kill')}
      label={t('action.killPause', { pod: props.podName })}
      testId={`kill-pause-${props.podName}`}
      onActivate={() => simulation.getState().dispatch({ type: 'killSandbox', pod: props.podName })}
    />
  );
}
