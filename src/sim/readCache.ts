/**
 * Read views shared while nothing changed. Every change to a Pod goes through `Engine.touch`, which bumps the
 * Pod's revision; `refreshStatus` replaces `pod.status` with a new object (held while the pod worker is
 * blocked, so the runtime can change under an unchanged status). Views built from an older revision or an
 * older status are stale. The app reads every view on every change
 * (60 Pods: ~3 ms of deep copies per frame before this), so unchanged Pods now cost a map lookup.
 *
 * Shared views are deep-frozen: a caller that tries to change one gets a TypeError instead of silently
 * changing what other callers see (the engine's own state is never reachable from them either way).
 */
import { EVENT_TTL_MS } from './constants';
import { orderedEvents, toApiEvent } from './events';
import type { EventRecord, PodState, SimState } from './state';
import type { ContainerInfo, Event, Pod, SandboxInfo } from './types';
import { podContainerInfos, podObject, podSandboxInfos } from './views';

interface PodEntry {
  revision: number;
  status: PodState['status'];
  manifest: PodState['manifest'];
  deletionAt: number | undefined;
  graceSeconds: number | undefined;
  pod?: Pod;
  sandboxes?: readonly SandboxInfo[];
  containers?: readonly ContainerInfo[];
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export class ReadCache {
  private readonly pods = new WeakMap<PodState, PodEntry>();
  private events: { state: SimState; seq: number; expiresAt: number; list: readonly Event[] } | undefined;
  /** An aggregated event changes only its count and last time: rebuild just that one. */
  private readonly apiEvents = new WeakMap<EventRecord, { count: number; last: number; event: Event }>();

  private entry(pod: PodState, revision: number): PodEntry {
    const old = this.pods.get(pod);
    if (
      old !== undefined &&
      old.revision === revision &&
      old.status === pod.status &&
      old.manifest === pod.manifest &&
      old.deletionAt === pod.deletion?.at &&
      old.graceSeconds === pod.deletion?.graceSeconds
    )
      return old;
    const entry: PodEntry = {
      revision,
      status: pod.status,
      manifest: pod.manifest,
      deletionAt: pod.deletion?.at,
      graceSeconds: pod.deletion?.graceSeconds,
    };
    this.pods.set(pod, entry);
    return entry;
  }

  /** `revision`: the engine's for this Pod (Engine.revision). */
  pod(pod: PodState, revision: number): Pod {
    const entry = this.entry(pod, revision);
    return (entry.pod ??= deepFreeze(podObject(pod)));
  }

  sandboxes(pod: PodState, revision: number): readonly SandboxInfo[] {
    const entry = this.entry(pod, revision);
    return (entry.sandboxes ??= deepFreeze(podSandboxInfos(pod)));
  }

  containers(pod: PodState, revision: number): readonly ContainerInfo[] {
    const entry = this.entry(pod, revision);
    return (entry.containers ??= deepFreeze(podContainerInfos(pod)));
  }

  /**
   * The Events the API server still has: those written within EVENT_TTL_MS (the engine keeps older ones, as the
   * kubelet's correlator does, so a recurrence comes back with its count). Recording or aggregating an event
   * (and so any trimming, which only follows a new one) advances `eventSeq`; time past `expiresAt` drops one.
   */
  eventList(state: SimState): readonly Event[] {
    const cached = this.events;
    if (cached?.state === state && cached.seq === state.eventSeq && state.now < cached.expiresAt)
      return cached.list;
    const live = orderedEvents(state.events).filter((record) => record.last > state.now - EVENT_TTL_MS);
    // In order of last write, so the first is the next to expire.
    const expiresAt = (live[0]?.last ?? Infinity) + EVENT_TTL_MS;
    const list = Object.freeze(live.map((record) => this.apiEvent(record)));
    this.events = { state, seq: state.eventSeq, expiresAt, list };
    return list;
  }

  private apiEvent(record: EventRecord): Event {
    const old = this.apiEvents.get(record);
    if (old?.count === record.count && old.last === record.last) return old.event;
    const event = deepFreeze(toApiEvent(record));
    this.apiEvents.set(record, { count: record.count, last: record.last, event });
    return event;
  }
}
