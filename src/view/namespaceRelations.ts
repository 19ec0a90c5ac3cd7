import type { MessageKey } from '../i18n';
import type { NamespaceIds, NamespaceKind } from '../sim/types';
import './panel/panelMessages';

/**
 * How one namespace of a process relates to the rest of the Pod. Pure functions shared by the status panel
 * (`PodNamespaces`) and the canvas's table view (`NamespaceMatrix`); both load lazily, so this module stays out of
 * the first page.
 */
export type NamespaceRelation = 'host' | 'samePause' | 'oldPause' | 'podShared' | 'own';

/** The words for each relation: the text, not the colour, carries the meaning. */
export const RELATION_TEXT: Record<NamespaceRelation, MessageKey> = {
  host: 'panel.ns.host',
  samePause: 'panel.ns.samePause',
  oldPause: 'panel.ns.oldPause',
  podShared: 'panel.ns.podShared',
  own: 'panel.ns.own',
};

/** Shared with someone in the Pod (drawn bold, with ⇔), rather than the Node's or the process's own. */
export const isShared = (relation: NamespaceRelation): boolean =>
  relation === 'samePause' || relation === 'oldPause' || relation === 'podShared';

/**
 * The Node's namespace first (hostNetwork, the default user namespace), then "joined the pause container's".
 * `oldSandbox`: the instance exited in a sandbox that has since been replaced (pause was killed), so the pause
 * it joined is not the one shown now, and its ids differ from that one's.
 */
export function containerRelation(
  id: number,
  kind: NamespaceKind,
  pause: NamespaceIds,
  host?: NamespaceIds,
  oldSandbox = false,
): NamespaceRelation {
  if (host?.[kind] === id) return 'host';
  if (pause[kind] !== id) return 'own';
  return oldSandbox ? 'oldPause' : 'samePause';
}

/** For pause itself: the Node's, held for the Pod (some container joined it), or its own. */
export function pauseRelation(
  kind: NamespaceKind,
  pause: NamespaceIds,
  joined: NamespaceIds[],
  host?: NamespaceIds,
): NamespaceRelation {
  const id = pause[kind];
  if (host?.[kind] === id) return 'host';
  return joined.some((ns) => ns[kind] === id) ? 'podShared' : 'own';
}
