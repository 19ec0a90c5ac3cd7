import type { NamespaceKind } from '../../sim/types';
import type { ContainerView } from '../../store/podViews';
import { useSim, useStores, useT } from '../stores';
import { CanvasButton } from './CanvasButton';
import { EnteringG } from './entering';
import { CardName, FittedText, stateIcon } from './cardText';
import type { Rect } from './layout';
import { NAMESPACE_STYLES, nsLabel } from './namespaceStyle';

const CHIP_KINDS: NamespaceKind[] = ['pid', 'mnt', 'cgroup', 'user'];

const SHARED_KINDS: NamespaceKind[] = ['net', 'ipc', 'uts'];

export interface ContainerCardProps {
  podName: string;
  container: ContainerView;
  rect: Rect;
  /** Host's ids, to say "host" instead of a bare number where the container uses the Node's namespace. */
  hostNamespaces: Record<NamespaceKind, number> | undefined;
  /** The sandbox's namespaces: a container that joined them carries the same ids. */
  sandboxNamespaces: Record<NamespaceKind, number> | undefined;
  /** Namespace kind being highlighted, and whether this container shares it with others in the Pod. */
  highlight: { kind: NamespaceKind; shared: boolean } | null;
}

/** One container: state by outline style + text + colour, its private namespaces as chips with inode ids. */
export function ContainerCard(props: ContainerCardProps) {
  const { podName, container, rect, hostNamespaces, highlight } = props;
  const t = useT();
  const crashLoop = container.reason === 'CrashLoopBackOff';
  const stateClass = crashLoop ? 'crashloop' : container.state;
  const dimmed = highlight !== null && !highlight.shared;
  const kindLabel =
    container.kind === 'sidecar'
      ? t('container.sidecar')
      : container.kind === 'init'
        ? t('container.init', { n: container.order })
        : null;

  let stateText: string;
  if (container.state === 'running') stateText = t('state.running');
  else if (container.state === 'terminated')
    stateText = t('state.terminated', { reason: container.reason, code: container.exitCode ?? '?' });
  else
    stateText = container.reason ? t('state.waiting', { reason: container.reason }) : t('state.notCreated');

  const compact = container.kind === 'init';
  // A kind label (one line more) pushes the chips below the restarts line.
  const chipTop = rect.y + 98 + (kindLabel ? 8 : 0);
  return (
    <g
      className={`container-card state-${stateClass}${dimmed ? ' dimmed' : ''}`}
      data-testid={`container-${podName}-${container.name}`}
      data-state={container.state}
      data-restarts={container.restartCount}
      data-api-state={container.apiState}
    >
      <rect className="container-box" x={rect.x} y={rect.y} width={rect.w} height={rect.h} rx={10} />
      {/* Clear of the kill button (34 units from the right edge). */}
      <CardName
        className="container-name"
        x={rect.x + 12}
        y={rect.y + 24}
        width={rect.w - 50}
        name={container.name}
      />
      {kindLabel && (
        <text className="container-kind" x={rect.x + 12} y={rect.y + 41}>
          {kindLabel}
        </text>
      )}
      <text className="container-image mono" x={rect.x + 12} y={rect.y + (kindLabel ? 57 : 44)}>
        {container.image}
        {container.ports.length > 0 ? ` · :${container.ports.join(', :')}` : ''}
      </text>
      <FittedText
        className="container-state"
        x={rect.x + 12}
        // 17 units above the restarts line: at 12 a CJK line touched it, and at 16 its box still did at some scales.
        y={rect.y + (compact ? 76 : kindLabel ? 73 : 65)}
        width={rect.w - 24}
        icon={stateIcon(stateClass)}
        text={stateText}
      />
      {!compact && (
        <RestartsLine
          count={container.restartCount}
          apiState={container.apiState}
          backOffUntil={container.backOffUntil}
          x={rect.x + 12}
          // 4 units above the first chip's box: its descenders (and a CJK line's) touched the border at 2.
          y={rect.y + (kindLabel ? 90 : 82)}
          width={rect.w - 24}
        />
      )}
      {!compact &&
        CHIP_KINDS.map((kind, i) => {
          const id = container.namespaces?.[kind];
          const host = id !== undefined && hostNamespaces?.[kind] === id;
          const emphasised = highlight?.kind === kind;
          const y = chipTop + i * 17;
          return (
            <EnteringG
              // Keyed by instance: a restarted container's chips appear anew (it joined fresh namespaces).
              key={`${kind}-${container.instance?.id ?? ''}`}
              className={`ns-chip${emphasised ? ' emphasised' : ''}`}
              data-ns={kind}
              data-ns-id={id}
            >
              <rect
                x={rect.x + 10}
                y={y - 12}
                width={rect.w - 20}
                height={15}
                rx={4}
                style={{ stroke: NAMESPACE_STYLES[kind].color }}
                className={host ? 'host' : undefined}
              />
              <text className="mono" x={rect.x + 16} y={y}>
                {nsLabel(kind, id)}
                {host ? ` ${t('ns.hostSuffix')}` : ''}
              </text>
            </EnteringG>
          );
        })}
      {!compact && <JoinedRow {...props} y={chipTop + CHIP_KINDS.length * 17} />}
    </g>
  );
}

/** The card's kill button (HTML, over the drawing): only while the container runs and the Pod is live. */
export function ContainerKillButton(props: {
  podName: string;
  container: ContainerView;
  rect: Rect;
  pod: { width: number; height: number };
  dimmed: boolean;
  compact?: boolean;
}) {
  const { podName, container, rect } = props;
  const t = useT();
  // Read at click time, not subscribed: 60 Pods' buttons re-running a selector on every tick added up.
  const { simulation } = useStores();
  if (container.state !== 'running') return null;
  return (
    <CanvasButton
      x={rect.x + rect.w - (props.compact ? 24 : 34)}
      y={rect.y + (props.compact ? 4 : 8)}
      width={props.compact ? 20 : 26}
      height={props.compact ? 20 : 26}
      pod={props.pod}
      dimmed={props.dimmed}
      label={t('action.killContainer', { name: container.name })}
      testId={`kill-${podName}-${container.name}`}
      onActivate={() =>
        simulation.getState().dispatch({ type: 'killContainer', pod: podName, container: container.name })
      }
    />
  );
}

/**
 * The shared namespaces this container joined. Normally one line ("joined pause: net ipc uts"); while a
 * shared kind is highlighted, that kind's inode id, so the equality with the pause container is visible.
 */
function JoinedRow(props: ContainerCardProps & { y: number }) {
  const { container, rect, sandboxNamespaces, hostNamespaces, highlight, y } = props;
  const t = useT();
  const kind = highlight && SHARED_KINDS.includes(highlight.kind) ? highlight.kind : null;
  // The Node's namespace (hostNetwork, hostIPC, hostPID) is not pause's, though pause is in it too.
  // The Node's namespaces (hostNetwork, hostIPC, hostPID) are not pause's, though pause is in them too.
  const joined = [...SHARED_KINDS, 'pid' as const].filter(
    (k) =>
      container.namespaces?.[k] !== undefined &&
      container.namespaces[k] === sandboxNamespaces?.[k] &&
      container.namespaces[k] !== hostNamespaces?.[k],
  );
  if (kind) {
    const id = container.namespaces?.[kind];
    const same = id !== undefined && id === sandboxNamespaces?.[kind];
    const host = id !== undefined && id === hostNamespaces?.[kind];
    return (
      <EnteringG className="ns-chip emphasised" data-ns={kind} data-ns-id={id}>
        <rect
          x={rect.x + 10}
          y={y - 12}
          width={rect.w - 20}
          height={15}
          rx={4}
          style={{ stroke: NAMESPACE_STYLES[kind].color }}
        />
        <text className="mono" x={rect.x + 16} y={y}>
          {nsLabel(kind, id)} {host ? t('ns.hostSuffix') : same ? t('ns.sameAsPause') : ''}
        </text>
      </EnteringG>
    );
  }
  return (
    <FittedText
      className="joined-row"
      x={rect.x + 12}
      y={y}
      width={rect.w - 24}
      text={joined.length > 0 ? t('ns.joined', { kinds: joined.join(' · ') }) : ''}
    />
  );
}

type LineProps = { count: number; x: number; y: number; width: number };

/**
 * "restarts: 3", and while the kubelet backs off " · retry in 8s" (here, not on the state line, which it made too
 * long). Only a back-off subscribes to the clock, and to whole seconds: the other cards never re-render on it.
 */
/** Restarts (and the back-off's countdown), or what kubectl still says while the status is held. */
function RestartsLine(props: LineProps & { backOffUntil?: number; apiState?: string }) {
  const t = useT();
  const { backOffUntil, count, apiState, ...line } = props;
  if (apiState)
    return (
      <FittedText className="container-restarts" {...line} text={t('state.apiHeld', { state: apiState })} />
    );
  if (backOffUntil !== undefined) return <RestartsWithBackOff {...line} count={count} until={backOffUntil} />;
  return <FittedText className="container-restarts" {...line} text={t('container.restarts', { count })} />;
}

function RestartsWithBackOff({ count, until, ...line }: LineProps & { until: number }) {
  const t = useT();
  const seconds = useSim((s) => Math.max(0, Math.ceil((until - s.now) / 1000)));
  const text = `${t('container.restarts', { count })} · ${t('state.backOff', { seconds })}`;
  return <FittedText className="container-restarts" {...line} text={text} />;
}
