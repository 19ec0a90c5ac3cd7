import type { NarrationLine } from '../../store/narration';
import { useSim, useT } from '../stores';
import { EnteringG } from './entering';
import { ipTagLabel, ipTagWidth } from './ipTagLabel';

/** How long (virtual ms) a replaced IP stays visible, struck through, so the change is noticed. */
const OLD_IP_VISIBLE_MS = 12_000;

/**
 * The IP this Pod had before `ip` (or lost, if it has none), if the narration told of it in the last 12 virtual s. Read
 * from the narration, which follows the clock, so scrubbing back does not show an IP from the future.
 */
function recentOldIp(narration: readonly NarrationLine[], pod: string, ip: string, now: number): string {
  for (let i = narration.length - 1; i >= 0; i--) {
    const line = narration[i] as NarrationLine;
    if (now - line.at >= OLD_IP_VISIBLE_MS) break;
    for (const { key, params } of line.items) {
      if (params.pod !== pod) continue;
      if (key === 'narrate.ipChanged' && params.to === ip) return params.from as string;
      // Between the old sandbox and the new one: the IP it just lost.
      if (key === 'narrate.ipReleased' && ip === '') return params.ip as string;
    }
  }
  return '';
}

/** The Pod IP hanging on the network layer; after a sandbox re-creation the old one is shown struck through. */
export function IpTag(props: { podName: string; ip: string; hostNetwork: boolean; x: number; y: number }) {
  const t = useT();
  // A string selector: re-renders when the old IP appears or expires, not on every tick.
  const previous = useSim((s) => recentOldIp(s.narration, props.podName, props.ip, s.now));
  const showOld = previous !== '';
  const label = ipTagLabel(t, props.ip, props.hostNetwork);
  const width = ipTagWidth(label);
  return (
    <g className={`ip-tag${props.ip ? '' : ' no-ip'}`} data-testid={`ip-${props.podName}`} data-ip={props.ip}>
      {showOld && (
        <text className="ip-old mono" x={props.x - width - 10} y={props.y + 21} textAnchor="end">
          {previous}
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
export function GraceCountdown({
  endsAt,
  x,
  y,
  end,
}: {
  endsAt: number;
  x: number;
  y: number;
  end?: boolean;
}) {
  const t = useT();
  const seconds = useSim((s) => Math.max(0, Math.ceil((endsAt - s.now) / 1000)));
  return (
    <text className="grace" x={x} y={y} textAnchor={end ? 'end' : undefined}>
      {t('pod.grace', { seconds })}
    </text>
  );
}
