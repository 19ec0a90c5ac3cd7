import { useT } from '../stores';
import { CardName, FittedText, stateIcon } from './cardText';
import type { ContainerCardProps } from './ContainerCard';
import { EnteringG } from './entering';
import { nsLabel } from './namespaceStyle';

/** The compact card's kill button (20 wide, 4 from the edge) and a little air before it. */
const MINI_KILL_ROOM = 28;

/**
 * A container in a compact Pod: name, then its state and restarts, or — while a namespace kind is chosen in
 * the legend — that kind's inode id, so sharing stays visible however many Pods are on screen.
 */
export function MiniContainer(props: ContainerCardProps) {
  const { podName, container, rect, highlight } = props;
  const t = useT();
  const crashLoop = container.reason === 'CrashLoopBackOff';
  const stateClass = crashLoop ? 'crashloop' : container.state;
  const dimmed = highlight !== null && !highlight.shared;
  const id = highlight ? container.namespaces?.[highlight.kind] : undefined;
  const short =
    container.state === 'running'
      ? t('state.running')
      : container.state === 'terminated'
        ? t('state.terminatedShort', { reason: container.reason, code: container.exitCode ?? '?' })
        : container.reason || t('state.notCreated');
  return (
    <g
      className={`container-card mini state-${stateClass}${dimmed ? ' dimmed' : ''}`}
      data-testid={`container-${podName}-${container.name}`}
      data-state={container.state}
      data-restarts={container.restartCount}
      data-api-state={container.apiState}
    >
      {/* No room for the full card's line: the held status is the card's tooltip. */}
      {container.apiState && <title>{t('state.apiHeld', { state: container.apiState })}</title>}
      <rect className="container-box" x={rect.x} y={rect.y} width={rect.w} height={rect.h} rx={7} />
      {/* Condensed, not clipped: "log-shipper" is wider than the room the kill button leaves. */}
      <CardName
        className="mini-name"
        x={rect.x + 7}
        y={rect.y + 16}
        width={rect.w - 7 - MINI_KILL_ROOM}
        name={`${container.kind === 'init' ? `${container.order}. ` : ''}${container.name}${container.kind === 'sidecar' ? ' ⇄' : ''}`}
      />
      {highlight ? (
        <EnteringG className="ns-chip emphasised" data-ns={highlight.kind} data-ns-id={id}>
          <text className="mini-line mono" x={rect.x + 7} y={rect.y + rect.h - 9}>
            {nsLabel(highlight.kind, id)}
          </text>
        </EnteringG>
      ) : (
        <FittedText
          className="mini-line container-state"
          x={rect.x + 7}
          y={rect.y + rect.h - 9}
          width={rect.w - 14}
          icon={stateIcon(stateClass)}
          text={`${short ?? ''} ↻${container.restartCount}`}
        />
      )}
    </g>
  );
}
