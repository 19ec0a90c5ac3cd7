/**
 * A ReplicaSet controller (pkg/controller/replicaset): keeps `replicas` active Pods from its template. Terminating
 * and finished Pods do not count (controller.FilterActivePods), so a deleted Pod is replaced by a *new* Pod — new
 * name `<rs>-<5 random chars>`, new uid, new IP — as soon as its deletion starts. Scaling down deletes the newest.
 */
import type { Engine } from './engine';
import { deletePod } from './deletion';
import { createPodState } from './podFactory';
import { randomNameSuffix } from './random';
import { installReplicaSetController } from './replicaSetHook';
import type { ReplicaSetState } from './state';
import { activePods } from './views';

function rsRef(rs: ReplicaSetState): { kind: string; apiVersion: string; name: string; uid: string } {
  return { kind: 'ReplicaSet', apiVersion: 'apps/v1', name: rs.name, uid: rs.uid };
}

function newPodName(eng: Engine, rs: ReplicaSetState): string {
  for (;;) {
    const name = `${rs.name}-${randomNameSuffix(eng.state)}`;
    if (!eng.byName.has(name)) return name;
  }
}

function reconcile(eng: Engine, rs: ReplicaSetState): void {
  const active = activePods(eng, rs);
  for (let i = active.length; i < rs.replicas; i++) {
    const template = structuredClone(rs.template);
    const name = newPodName(eng, rs);
    template.metadata = {
      ...template.metadata,
      name,
      generateName: `${rs.name}-`,
      ownerReferences: [{ ...rsRef(rs), controller: true, blockOwnerDeletion: true }],
    };
    createPodState(eng, template, undefined, rs.name);
    eng.event({
      object: rsRef(rs),
      reason: 'SuccessfulCreate',
      message: `Created pod: ${name}`,
      source: { component: 'replicaset-controller' },
    });
  }
  if (active.length > rs.replicas) {
    const victims = [...active]
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, active.length - rs.replicas);
    for (const pod of victims) {
      eng.event({
        object: rsRef(rs),
        reason: 'SuccessfulDelete',
        message: `Deleted pod: ${pod.name}`,
        source: { component: 'replicaset-controller' },
      });
      deletePod(eng, pod, undefined, false);
    }
  }
}

/** Brings every ReplicaSet to its desired count. */
function reconcileReplicaSets(eng: Engine): void {
  for (const rs of eng.state.replicaSets) reconcile(eng, rs);
}

function deleteReplicaSet(eng: Engine, rs: ReplicaSetState): void {
  eng.state.replicaSets = eng.state.replicaSets.filter((r) => r !== rs);
  // Background cascading deletion: the garbage collector deletes the dependents.
  for (const pod of eng.state.pods.filter((p) => p.owner === rs.name && p.deletion === undefined)) {
    deletePod(eng, pod, undefined, false);
  }
}

installReplicaSetController({ reconcile: reconcileReplicaSets, remove: deleteReplicaSet });
