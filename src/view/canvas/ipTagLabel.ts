/** The IP tag's text and width, shared by the tag and the Pod header that must leave room for it. */
import type { Translate } from '../stores';

export function ipTagLabel(t: Translate, ip: string, hostNetwork: boolean): string {
  return hostNetwork ? t('pod.hostNetwork', { ip }) : ip ? t('pod.ip', { ip }) : t('pod.noIp');
}

/** Monospace at 16 units: ~9.6 per character, plus padding; never narrower than 150. */
export function ipTagWidth(label: string): number {
  return Math.max(150, label.length * 9.6 + 24);
}
