import type { MessageKey } from '../../i18n';
import type { NamespaceKind } from '../../sim/types';

/**
 * How each namespace kind is drawn: a colour from the Okabe–Ito palette *and* a line style *and* a
 * label, so colour is never the only signal (DESIGN.md visual language).
 */
export interface NamespaceStyle {
  kind: NamespaceKind;
  color: string;
  dash: string;
  /** Shared by the Pod through the pause container, or kept per container. */
  scope: 'pod' | 'container' | 'host';
  name: MessageKey;
  caption: MessageKey;
}

export const NAMESPACE_STYLES: Record<NamespaceKind, NamespaceStyle> = {
  net: {
    kind: 'net',
    color: 'var(--ns-net)',
    dash: '',
    scope: 'pod',
    name: 'ns.net',
    caption: 'ns.net.caption',
  },
  ipc: {
    kind: 'ipc',
    color: 'var(--ns-ipc)',
    dash: '9 5',
    scope: 'pod',
    name: 'ns.ipc',
    caption: 'ns.ipc.caption',
  },
  uts: {
    kind: 'uts',
    color: 'var(--ns-uts)',
    dash: '2 4',
    scope: 'pod',
    name: 'ns.uts',
    caption: 'ns.uts.caption',
  },
  pid: {
    kind: 'pid',
    color: 'var(--ns-pid)',
    dash: '',
    scope: 'container',
    name: 'ns.pid',
    caption: 'ns.pid.caption',
  },
  mnt: {
    kind: 'mnt',
    color: 'var(--ns-mnt)',
    dash: '',
    scope: 'container',
    name: 'ns.mnt',
    caption: 'ns.mnt.caption',
  },
  cgroup: {
    kind: 'cgroup',
    color: 'var(--ns-cgroup)',
    dash: '',
    scope: 'container',
    name: 'ns.cgroup',
    caption: 'ns.cgroup.caption',
  },
  user: {
    kind: 'user',
    color: 'var(--ns-user)',
    dash: '',
    scope: 'host',
    name: 'ns.user',
    caption: 'ns.user.caption',
  },
};

/** The `lsns`/`ls -l /proc/self/ns` spelling: `net:[4026532281]`. */
export function nsLabel(kind: NamespaceKind, id: number | undefined): string {
  return `${kind}:[${id ?? '—'}]`;
}
