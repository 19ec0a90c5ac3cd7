import type { VolumeInfo } from '../../sim/types';
import { useT } from '../stores';
import type { Rect } from './layout';

/** A Pod-level volume, outside every container: the only way containers share files. */
export function VolumeBox({ volume, rect, compact }: { volume: VolumeInfo; rect: Rect; compact?: boolean }) {
  const t = useT();
  const caption =
    volume.kind === 'persistentVolumeClaim'
      ? t('volume.persistentVolumeClaim', { claim: volume.claimName ?? '' })
      : volume.kind === 'emptyDir'
        ? t('volume.emptyDir')
        : t('volume.other');
  return (
    <g className={`volume volume-${volume.kind}`} data-testid={`volume-${volume.podName}-${volume.name}`}>
      <rect x={rect.x} y={rect.y} width={rect.w} height={rect.h} rx={8} className="volume-box" />
      <text className="volume-name" x={rect.x + 12} y={rect.y + 20}>
        {volume.name}
      </text>
      {!compact &&
        caption.split(' · ').map((line, i) => (
          <text key={i} className="volume-caption" x={rect.x + 12} y={rect.y + 38 + i * 15}>
            {line}
          </text>
        ))}
    </g>
  );
}
