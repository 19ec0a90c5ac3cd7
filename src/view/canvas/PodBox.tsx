import { memo } from 'react';
import type { NamespaceKind } from '../../sim/types';
import type { ContainerView, PodView } from '../../store/podViews';
import { useSim, useT } from '../stores';
import { ContainerCard } from './ContainerCard';
import { GraceCountdown, IpTag } from './IpTag';
import { mountPath, type PodLayout, type Rect } from './layout';
import { NamespaceLayers } from './NamespaceLayers';
import { PauseContainer } from './PauseContainer';
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
  x: number;
  y: number;
  hostNamespaces: Record<NamespaceKind, number> | undefined;
}) {
  const t = useT();
  const highlighted = useSim((s) => s.highlightedNamespace);
  const selected = useSim((s) => s.selectedPod === props.pod.name);
  const { pod, layout } = props;
  const mountRects = new Map<string, Rect>();
  [...pod.initContainers, ...pod.mainContainers].forEach((c, i) => {
    const rect = c.kind === 'init' ? layout.init[c.order - 1] : layout.main[i - pod.initContainers.length];
    if (rect) mountRects.set(c.name, rect);
  });
  const live = !pod.terminating;
  return (
    <g
      transform={`translate(${props.x},${props.y})`}
      className={`pod${pod.terminating ? ' terminating' : ''}${selected ? ' selected' : ''}`}
      data-testid={`pod-${pod.name}`}
      data-status={pod.status}
      data-phase={pod.phase}
    >
      <rect className="pod-box" width={layout.width} height={layout.height} rx={16} />
      <text className="pod-name" x={20} y={34}>
        {pod.name}
      </text>
      <g className={`pod-status ${statusClass(pod.status)}`} data-testid={`status-${pod.name}`}>
        <text x={20} y={56}>
          {pod.status} · {t('pod.ready', { ready: pod.ready })} ·{' '}
          {t('pod.restarts', { restarts: pod.restarts })}
        </text>
      </g>
      {pod.terminating && pod.graceEndsAt !== undefined && (
        <GraceCountdown endsAt={pod.graceEndsAt} x={layout.width / 2 - 40} y={34} />
      )}
      <IpTag
        podName={pod.name}
        ip={pod.spec?.hostNetwork ? pod.hostIP : pod.ip}
        hostNetwork={pod.spec?.hostNetwork ?? false}
        x={layout.width - 20}
        y={16}
      />
      <NamespaceLayers
        layers={layout.layers}
        sandbox={pod.sandbox}
        hostNamespaces={props.hostNamespaces}
        highlighted={highlighted}
      />
      {pod.volumes.map((volume, i) =>
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
        canKill={live}
      />
      {pod.initContainers.map((c) => (
        <ContainerCard
          key={c.name}
          podName={pod.name}
          container={c}
          rect={layout.init[c.order - 1]!}
          hostNamespaces={props.hostNamespaces}
          sandboxNamespaces={pod.sandbox?.namespaces}
          highlight={highlighted ? { kind: highlighted, shared: sharesNamespace(pod, c, highlighted) } : null}
          disabled={!live}
        />
      ))}
      {pod.mainContainers.map((c, i) => (
        <ContainerCard
          key={c.name}
          podName={pod.name}
          container={c}
          rect={layout.main[i]!}
          hostNamespaces={props.hostNamespaces}
          sandboxNamespaces={pod.sandbox?.namespaces}
          highlight={highlighted ? { kind: highlighted, shared: sharesNamespace(pod, c, highlighted) } : null}
          disabled={!live}
        />
      ))}
      {pod.volumes.map((volume, i) => (
        <VolumeBox key={volume.name} volume={volume} rect={layout.volumes[i]!} />
      ))}
    </g>
  );
});
