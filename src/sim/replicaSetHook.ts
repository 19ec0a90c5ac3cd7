/**
 * The ReplicaSet controller (replicaSet.ts), once loaded. Whoever can create a ReplicaSet loads it (the lessons,
 * shared sessions, the embed bridge): the first page has none, and goes without its code.
 */
import type { Engine } from './engine';
import type { ReplicaSetState } from './state';

export interface ReplicaSetController {
  reconcile(eng: Engine): void;
  remove(eng: Engine, rs: ReplicaSetState): void;
}

let installed: ReplicaSetController | undefined;

export function installReplicaSetController(controller: ReplicaSetController): void {
  installed = controller;
}

/** The controller; throws (the action is refused, nothing changed) if replicaSet.ts has not loaded. */
export function replicaSetController(): ReplicaSetController {
  if (installed === undefined) throw new Error('replicaSet.ts not loaded');
  return installed;
}
