import type { MessageKey } from '../../i18n';
import type { PodSpec } from 'kubernetes-types/core/v1';
import { namespaceScope, type NamespaceScope } from '../../sim/namespaces';
import type { NamespaceKind } from '../../sim/types';

/**
 * How each namespace kind is drawn: a colour from the Okabe–Ito palette *and* a line style *and* a
 * label, so colour is never the only signal (DESIGN.md visual language).
 */
export interface NamespaceStyle {
  kind: NamespaceKind;
  color: string;
  dash: string;
  name: MessageKey;
  caption: MessageKey;
}

export const NAMESPACE_STYLES: Record<NamespaceKind, NamespaceStyle> = {
  net: {
    kind: 'net',
    color: 'var(--ns-net)',
    dash: '',
    name: 'ns.net',
    caption: 'ns.net.caption',
  },
  ipc: {
    kind: 'ipc',
    color: 'var(--ns-ipc)',
    dash: '9 5',
    name: 'ns.ipc',
    caption: 'ns.ipc.caption',
  },
  uts: {
    kind: 'uts',
    color: 'var(--ns-uts)',
    dash: '2 4',
    name: 'ns.uts',
    caption: 'ns.uts.caption',
  },
  pid: {
    kind: 'pid',
    color: 'var(--ns-pid)',
    dash: '',
    name: 'ns.pid',
    caption: 'ns.pid.caption',
  },
  mnt: {
    kind: 'mnt',
    color: 'var(--ns-mnt)',
    dash: '',
    name: 'ns.mnt',
    caption: 'ns.mnt.caption',
  },
  cgroup: {
    kind: 'cgroup',
    color: 'var(--ns-cgroup)',
    dash: '',
    name: 'ns.cgroup',
    caption: 'ns.cgroup.caption',
  },
  user: {
    kind: 'user',
    color: 'var(--ns-user)',
    dash: '',
    name: 'ns.user',
    caption: 'ns.user.caption',
  },
};

/** The legend's scope for a kind over the Pods on the canvas: theirs when they agree, 'mixed' when not. */
export function legendScope(
  kind: NamespaceKind,
  specs: readonly (PodSpec | undefined)[],
): NamespaceScope | 'mixed' {
  const scopes = new Set(specs.map((spec) => namespaceScope(kind, spec)));
  if (scopes.size > 1) return 'mixed';
  // No Pod on the canvas: the scope of a Pod that sets none of the switches.
  return scopes.values().next().value ?? namespaceScope(kind, undefined);
}

/** The `lsns`/`ls -l /proc/self/ns` spelling: `net:[4026532281]`. */
export function nsLabel(kind: NamespaceKind, id: number | undefined): string {
  return `${kind}:[${id ?? '—'}]`;
}
