import { memo, type CSSProperties, type ReactNode } from 'react';
import type { NamespaceKind } from '../../sim/types';
import type { ContainerView, PodView } from '../../store/podViews';
import { useT } from '../stores';
import { ContainerCard, ContainerKillButton } from './ContainerCard';
import { MiniContainer } from './MiniContainer';
import { useCondensedToFit, useShortenedToFit } from './fitText';
import { GraceCountdown, IpTag } from './IpTag';
import { ipTagLabel, ipTagWidth } from './ipTagLabel';
import type { PodLayout, Rect } from './layout';
import { mountPath } from './paths';
import { NamespaceLayers } from './NamespaceLayers';
import { PauseContainer, PauseKillButton } from './PauseContainer';
import { inReadingOrder, type Placed } from './readingOrder';
import { VolumeBox } from './VolumeBox';

/** A container shares kind K if another container of the Pod, or the pause container, has the same inode. */
function sharesNamespace(pod: PodView, container: ContainerView, kind: NamespaceKind): boolean {
  const id = container.namespaces?.[kind];
  if (id === undefined) return false;
  const all = [...pod.initContainers, ...pod.mainContainers];
  return (
    pod.sandbox?.namespaces[kind] === id || all.some((c) => c !== container && c.namespaces?.[kind] === id)
  );
}

function statusClass(status: string): string {
  if (status === 'Running' || status === 'Completed') return 'ok';
  if (
    status === 'Terminating' ||
    status.startsWith('Init:') ||
    status === 'Pending' ||
    status === 'ContainerCreating'
  )
    return 'pending';
  return 'bad';
}

/** Memoised: with structurally shared Pod views, only the Pods that changed re-render. */
export const PodBox = memo(function PodBox(props: {
  pod: PodView;
  layout: PodLayout;
  /** Top-left in the Node's user units, and the Node's size: the Pod's <svg> is placed in percentages. */
  x: number;
  y: number;
  canvas: { width: number; height: number };
  hostNamespaces: Record<NamespaceKind, number> | undefined;
  /** From the canvas (one subscription for all Pods instead of two per Pod). */
  highlighted: NamespaceKind | null;
  selected: boolean;
}) {
  const { pod, layout, highlighted, selected } = props;
  const mountRects = new Map<string, Rect>();
  [...pod.initContainers, ...pod.mainContainers].forEach((c, i) => {
    const rect = c.kind === 'init' ? layout.init[c.order - 1] : layout.main[i - pod.initContainers.length];
    if (rect) mountRects.set(c.name, rect);
  });
  const live = !pod.terminating;
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  const place = {
    left: percent(props.x, props.canvas.width),
    top: percent(props.y, props.canvas.height),
    width: percent(layout.width, props.canvas.width),
    height: percent(layout.height, props.canvas.height),
    // The drawing's unit in CSS pixels is 100cqw / --pod-w: the buttons over it scale by it.
    '--pod-w': layout.width,
  } as CSSProperties;
  const all = [...pod.initContainers, ...pod.mainContainers];
  const highlightOf = (c: ContainerView) =>
    highlighted ? { kind: highlighted, shared: sharesNamespace(pod, c, highlighted) } : null;
  const podSize = { width: layout.width, height: layout.height };
  const compact = layout.compact === true;
  const Card = compact ? MiniContainer : ContainerCard;
  // shareProcessNamespace: the containers joined pause's PID namespace (with hostPID it is the Node's).
  const sandboxPid = pod.sandbox?.namespaces.pid;
  const sharesPid =
    sandboxPid !== undefined &&
    sandboxPid !== props.hostNamespaces?.pid &&
    all.some((c) => c.namespaces?.pid === sandboxPid);
  // The kill buttons in reading order (app, pause, sidecar), as Tab visits them.
  const killButtons = () => {
    if (!live) return [];
    const { cx, cy, r } = layout.pause;
    const buttons: (Placed & { button: ReactNode })[] = [];
    if (pod.sandbox?.state === 'SANDBOX_READY')
      buttons.push({
        x: cx,
        top: cy - r,
        bottom: cy + r,
        button: (
          <PauseKillButton
            key=" pause"
            podName={pod.name}
            cx={cx}
            cy={cy}
            r={r}
            pod={podSize}
            compact={compact}
          />
        ),
      });
    for (const c of all) {
      const rect = mountRects.get(c.name);
      const highlight = highlightOf(c);
      if (rect)
        buttons.push({
          x: rect.x + rect.w / 2,
          top: rect.y,
          bottom: rect.y + rect.h,
          button: (
            <ContainerKillButton
              key={c.name}
              podName={pod.name}
              container={c}
              rect={rect}
              pod={podSize}
              compact={compact}
              dimmed={highlight !== null && !highlight.shared}
            />
          ),
        });
    }
    return buttons;
  };
  return (
    <div className="pod-frame" style={place}>
      <svg
        className="pod-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        data-x={props.x}
        data-y={props.y}
      >
        <g
          className={`pod${compact ? ' compact' : ''}${pod.terminating ? ' terminating' : ''}${selected ? ' selected' : ''}`}
          data-testid={`pod-${pod.name}`}
          data-status={pod.status}
          data-phase={pod.phase}
        >
          {/* Inset by half the selected stroke (4): the frame clips paint to its box (contain: strict). */}
          <rect className="pod-box" x={2} y={2} width={layout.width - 4} height={layout.height - 4} rx={16} />
          <PodHeader pod={pod} width={layout.width} compact={compact} />
          {/* Not once the kubelet is done: the object goes then, whatever grace was left. */}
          {showsGrace(pod) && (
            // Compact: at the end of the status line, which leaves it the room (see PodHeader).
            <GraceCountdown
              endsAt={pod.graceEndsAt}
              x={compact ? layout.width - 14 : layout.width / 2 - 40}
              y={compact ? 55 : 34}
              end={compact}
            />
          )}
          <IpTag
            podName={pod.name}
            ip={pod.spec?.hostNetwork ? pod.hostIP : pod.ip}
            hostNetwork={pod.spec?.hostNetwork ?? false}
            x={layout.width - (compact ? 10 : 20)}
            y={compact ? 8 : 16}
          />
          <NamespaceLayers
            layers={layout.layers}
            collapsed={layout.collapsed}
            sandbox={pod.sandbox}
            hostNamespaces={props.hostNamespaces}
            highlighted={highlighted}
            labels={!compact}
          />
          {!compact &&
            pod.volumes.map((volume, i) =>
              volume.mounts.map((mount) => {
                const from = mountRects.get(mount.container);
                const to = layout.volumes[i];
                return from && to ? (
                  <path
                    key={`${volume.name}-${mount.container}`}
                    className="mount-link"
                    d={mountPath(from, to, layout.busY)}
                  />
                ) : null;
              }),
            )}
          <PauseContainer
            podName={pod.name}
            cx={layout.pause.cx}
            cy={layout.pause.cy}
            r={layout.pause.r}
            sandbox={pod.sandbox}
            compact={compact}
            sharesPid={sharesPid}
            hostNamespaces={props.hostNamespaces}
          />
          {pod.initContainers.map((c) => (
            <Card
              key={c.name}
              podName={pod.name}
              container={c}
              rect={layout.init[c.order - 1]!}
              hostNamespaces={props.hostNamespaces}
              sandboxNamespaces={pod.sandbox?.namespaces}
              highlight={highlightOf(c)}
            />
          ))}
          {pod.mainContainers.map((c, i) => (
            <Card
              key={c.name}
              podName={pod.name}
              container={c}
              rect={layout.main[i]!}
              hostNamespaces={props.hostNamespaces}
              sandboxNamespaces={pod.sandbox?.namespaces}
              highlight={highlightOf(c)}
            />
          ))}
          {pod.volumes.map((volume, i) => (
            <VolumeBox key={volume.name} volume={volume} rect={layout.volumes[i]!} compact={compact} />
          ))}
        </g>
      </svg>
      {inReadingOrder(killButtons()).map((b) => b.button)}
    </div>
  );
});

/** The grace countdown shows while the Pod terminates, not once the kubelet is done (Succeeded/Failed). */
function showsGrace(pod: PodView): pod is PodView & { graceEndsAt: number } {
  return pod.terminating && pod.graceEndsAt !== undefined && !/^(Succeeded|Failed)$/.test(pod.phase);
}

/**
 * The Pod's name and kubectl status line. The name gets the room the IP tag leaves (a long one is condensed,
 * then cut with an ellipsis, the whole name in its tooltip); the status line gets the width under the tag.
 */
function PodHeader({ pod, width, compact }: { pod: PodView; width: number; compact: boolean }) {
  const t = useT();
  const x = compact ? 14 : 20;
  const tag = ipTagWidth(
    ipTagLabel(t, pod.spec?.hostNetwork ? pod.hostIP : pod.ip, pod.spec?.hostNetwork ?? false),
  );
  const name = useShortenedToFit(
    pod.name,
    width - (compact ? 10 : 20) - tag - 12 - x,
    0.75,
    compact ? 'pod-name compact' : 'pod-name',
  );
  // A compact Pod's grace countdown ends its status line: the restarts give way to it (120 units: the
  // Chinese countdown, 宽限期剩 55 秒, is 113 wide).
  const graceInLine = compact && showsGrace(pod);
  const statusText = `${pod.status} · ${t('pod.ready', { ready: pod.ready })}${graceInLine ? '' : ` · ${t('pod.restarts', { restarts: pod.restarts })}`}`;
  const status = useCondensedToFit(
    statusText,
    width - 2 * x - (graceInLine ? 120 : 0),
    compact ? 'pod-status compact' : 'pod-status',
  );
  return (
    <>
      <text className="pod-name" x={x} y={compact ? 31 : 34} {...name.props}>
        {name.cut && <title>{pod.name}</title>}
        {name.shown}
      </text>
      <g className={`pod-status ${statusClass(pod.status)}`} data-testid={`status-${pod.name}`}>
        <text x={x} y={compact ? 55 : 56} {...status}>
          {statusText}
        </text>
      </g>
    </>
  );
}
