/**
 * The engine: the plain simulation state plus the indices and small helpers every rule needs (the clock, the step
 * queue, the pod index, events). Rules live in their own files as functions of an Engine.
 */
import { buildEventIndex, recordEvent, type EventIndex, type EventInput } from './events';
import { heapPeek, heapPop, heapPush, type Step, type StepInput } from './scheduler';
import type { ContainerState, NodeState, PodState, SimState } from './state';

function findInstance(pod: PodState, id: string): ContainerState | undefined {
  for (const c of pod.containers) if (c.id === id) return c;
  return undefined;
}

export class Engine {
  readonly state: SimState;
  /** Every pod the engine still tracks, by uid (including force-deleted pods being cleaned up). */
  readonly byUid = new Map<string, PodState>();
  /** Pods visible in the API, by name. */
  readonly byName = new Map<string, PodState>();
  readonly eventIndex: EventIndex;
  /** Pods whose API status must be regenerated before anyone reads it. */
  readonly dirty = new Set<PodState>();
  /** Virtual ms of the latest change to a Pod or to the Events (when a narrated change happened). */
  changedAt = 0;
  /** Bumped on every change to a Pod: the runtime views' revision (the API status may be held, see flush). */
  private readonly revisions = new WeakMap<PodState, number>();

  constructor(state: SimState) {
    this.state = state;
    for (const pod of state.pods) {
      this.byUid.set(pod.uid, pod);
      if (!pod.removedFromApi) this.byName.set(pod.name, pod);
    }
    this.eventIndex = buildEventIndex(state.events);
  }

  get now(): number {
    return this.state.now;
  }

  schedule(step: StepInput): number {
    const seq = this.state.seq++;
    heapPush(this.state.queue, { ...step, seq });
    return seq;
  }

  /** Asks the pod worker to sync `pod` at `at` (coalesced: one pending sync per pod, the earliest wins). */
  requestSync(pod: PodState, at: number): void {
    if (pod.syncAt !== undefined && pod.syncAt <= at) return;
    pod.syncSeq = this.schedule({ kind: 'sync', pod: pod.uid, at });
    pod.syncAt = at;
  }

  /** Is this step still meaningful? (Stale steps are dropped lazily.) */
  isLive(step: Step): boolean {
    const pod = this.byUid.get(step.pod);
    if (pod === undefined) return false;
    switch (step.kind) {
      case 'sync':
        return pod.syncSeq === step.seq;
      case 'pulled':
        return pod.pulling !== undefined && pod.pulling.until === step.at;
      case 'started':
        return findInstance(pod, step.container)?.state === 'CONTAINER_CREATED';
      case 'exit':
        return findInstance(pod, step.container)?.state === 'CONTAINER_RUNNING';
      case 'graceKill': {
        const c = findInstance(pod, step.container);
        return c?.state === 'CONTAINER_RUNNING' && c.stopping !== undefined;
      }
    }
  }

  /** The next live step, dropping stale ones from the top of the queue. */
  peekLive(): Step | undefined {
    for (;;) {
      const top = heapPeek(this.state.queue);
      if (top === undefined || this.isLive(top)) return top;
      heapPop(this.state.queue);
    }
  }

  popStep(): Step | undefined {
    return heapPop(this.state.queue);
  }

  event(input: EventInput): void {
    this.changedAt = this.state.now;
    recordEvent(this.state, this.eventIndex, input);
  }

  node(name: string): NodeState {
    const node = this.state.nodes.find((n) => n.name === name);
    if (node === undefined) throw new Error(`node "${name}" not found`);
    return node;
  }

  touch(pod: PodState): void {
    this.dirty.add(pod);
    this.changedAt = this.state.now;
    this.revisions.set(pod, (this.revisions.get(pod) ?? 0) + 1);
  }

  revision(pod: PodState): number {
    return this.revisions.get(pod) ?? 0;
  }

  addPod(pod: PodState): void {
    this.state.pods.push(pod);
    this.byUid.set(pod.uid, pod);
    this.byName.set(pod.name, pod);
    this.touch(pod);
  }

  /** Hides a pod from the API (force deletion) without forgetting it. */
  hidePod(pod: PodState): void {
    this.changedAt = this.state.now;
    pod.removedFromApi = true;
    if (this.byName.get(pod.name) === pod) this.byName.delete(pod.name);
  }

  forgetPod(pod: PodState): void {
    this.changedAt = this.state.now;
    const i = this.state.pods.indexOf(pod);
    if (i >= 0) this.state.pods.splice(i, 1);
    this.byUid.delete(pod.uid);
    if (this.byName.get(pod.name) === pod) this.byName.delete(pod.name);
    this.dirty.delete(pod);
  }
}
