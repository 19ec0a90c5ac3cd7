import type { MessageKey } from '../../i18n';
import type { PodSpec } from 'kubernetes-types/core/v1';
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

type Scope = NamespaceStyle['scope'];

/** A kind's scope in a Pod with this spec: the default, changed by the spec's switches (sim/namespaces.ts). */
export function podScope(kind: NamespaceKind, spec: PodSpec | undefined): Scope {
  switch (kind) {
    case 'net':
    case 'uts': // UTS follows the network mode
      return spec?.hostNetwork ? 'host' : 'pod';
    case 'ipc':
      return spec?.hostIPC ? 'host' : 'pod';
    case 'pid':
      return spec?.hostPID ? 'host' : spec?.shareProcessNamespace ? 'pod' : 'container';
    case 'user':
      return spec?.hostUsers === false ? 'pod' : 'host';
    default:
      return NAMESPACE_STYLES[kind].scope;
  }
}

/** The legend's scope for a kind over the Pods on the canvas: theirs when they agree, 'mixed' when not. */
export function legendScope(kind: NamespaceKind, specs: readonly (PodSpec | undefined)[]): Scope | 'mixed' {
  const scopes = new Set(specs.map((spec) => podScope(kind, spec)));
  if (scopes.size > 1) return 'mixed';
  return scopes.values().next().value ?? NAMESPACE_STYLES[kind].scope;
}

/** The `lsns`/`ls -l /proc/self/ns` spelling: `net:[4026532281]`. */
export function nsLabel(kind: NamespaceKind, id: number | undefined): string {
  return `${kind}:[${id ?? '—'}]`;
}
