import { useState } from 'react';
import { useSim, useStores, useT } from '../stores';
import { EnteringG } from './entering';
import { ipTagLabel, ipTagWidth } from './ipTagLabel';

/** How long (virtual ms) a replaced IP stays visible, struck through, so the change is noticed. */
const OLD_IP_VISIBLE_MS = 12_000;

/** The Pod IP hanging on the network layer; after a sandbox re-creation the old one is shown struck through. */
export function IpTag(props: { podName: string; ip: string; hostNetwork: boolean; x: number; y: number }) {
  const t = useT();
  const store = useStores().simulation;
  const [seen, setSeen] = useState({ ip: props.ip, previous: '', changedAt: -Infinity });
  // Derive "the IP changed" during render (React's documented pattern for adjusting state to props).
  if (seen.ip !== props.ip) {
    setSeen({ ip: props.ip, previous: seen.ip || seen.previous, changedAt: store.getState().now });
  }
  // A boolean selector: re-renders when the old IP appears or expires, not on every tick.
  const recent = useSim((s) => s.now - seen.changedAt < OLD_IP_VISIBLE_MS);
  const showOld = seen.previous !== '' && seen.previous !== props.ip && recent;
  const label = ipTagLabel(t, props.ip, props.hostNetwork);
  const width = ipTagWidth(label);
  return (
    <g className={`ip-tag${props.ip ? '' : ' no-ip'}`} data-testid={`ip-${props.podName}`} data-ip={props.ip}>
      {showOld && (
        <text className="ip-old mono" x={props.x - width - 10} y={props.y + 21} textAnchor="end">
          {seen.previous}
        </text>
      )}
      <EnteringG key={props.ip || 'none'} className="ip-tag-body">
        <rect x={props.x - width} y={props.y} width={width} height={30} rx={6} />
        <text className="mono" x={props.x - width / 2} y={props.y + 20} textAnchor="middle">
          {label}
        </text>
      </EnteringG>
    </g>
  );
}

/** Seconds left in a deletion's grace period, ticking on the virtual clock. */
export function GraceCountdown({ endsAt, x, y }: { endsAt: number; x: number; y: number }) {
  const t = useT();
  const seconds = useSim((s) => Math.max(0, Math.ceil((endsAt - s.now) / 1000)));
  return (
    <text className="grace" x={x} y={y}>
      {t('pod.grace', { seconds })}
    </text>
  );
}
