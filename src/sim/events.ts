/**
 * Kubernetes Events as the kubelet, the scheduler and the ReplicaSet controller record them. Repeats (same object,
 * reason, message, source) are aggregated like client-go's EventCorrelator (count++, lastTimestamp), and the list
 * is capped so memory does not grow with the simulation's age.
 */
import { EVENT_CAP } from './constants';
import type { EventRecord, SimState } from './state';
import { isoAt, unixNanoHex } from './time';
import type { Event } from './types';

export interface EventInput {
  object: EventRecord['object'];
  reason: string;
  message: string;
  type?: 'Normal' | 'Warning';
  source: EventRecord['source'];
}

/**
 * Index of the event list by involved object uid (rebuilt from the state; not part of snapshots). Each object has
 * few distinct events, so a short scan beats building a long string key for every event on the hot path.
 */
export type EventIndex = Map<string, EventRecord[]>;

export function buildEventIndex(events: readonly EventRecord[]): EventIndex {
  const index: EventIndex = new Map();
  for (const e of events) addToIndex(index, e);
  return index;
}

function addToIndex(index: EventIndex, e: EventRecord): void {
  const list = index.get(e.object.uid);
  if (list === undefined) index.set(e.object.uid, [e]);
  else list.push(e);
}

/** The same event as before: same object (and field), reason, message, type and source (EventCorrelator). */
function sameEvent(e: EventRecord, input: EventInput, type: string): boolean {
  return (
    e.reason === input.reason &&
    e.message === input.message &&
    e.object.fieldPath === input.object.fieldPath &&
    e.type === type &&
    e.source.component === input.source.component
  );
}

export function recordEvent(state: SimState, index: EventIndex, input: EventInput): void {
  const type = input.type ?? 'Normal';
  const o = input.object;
  const existing = index.get(o.uid)?.find((e) => sameEvent(e, input, type));
  if (existing) {
    existing.count++;
    existing.last = state.now;
    // Re-ordered by last occurrence on read (orderedEvents); no O(n) move here.
    existing.order = state.eventSeq++;
    return;
  }
  const record: EventRecord = {
    name: `${o.name}.${unixNanoHex(state.now, state.eventSeq++)}`,
    object: { ...o },
    reason: input.reason,
    message: input.message,
    type,
    source: { ...input.source },
    count: 1,
    first: state.now,
    last: state.now,
    order: state.eventSeq - 1,
  };
  state.events.push(record);
  addToIndex(index, record);
  // Trim in batches (amortised O(1)): keep the EVENT_CAP most recently seen.
  if (state.events.length > EVENT_CAP + EVENT_CAP / 4) {
    const sorted = orderedEvents(state.events);
    state.events = sorted.slice(sorted.length - EVENT_CAP);
    index.clear();
    for (const e of state.events) addToIndex(index, e);
  }
}

/** Events by last occurrence, oldest first, at most EVENT_CAP. */
export function orderedEvents(events: readonly EventRecord[]): EventRecord[] {
  const sorted = [...events].sort((a, b) => a.order - b.order);
  return sorted.length > EVENT_CAP ? sorted.slice(sorted.length - EVENT_CAP) : sorted;
}

/** The API shape of a recorded event. */
export function toApiEvent(e: EventRecord): Event {
  const o = e.object;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: e.name, namespace: 'default', creationTimestamp: isoAt(e.first) },
    involvedObject: {
      apiVersion: o.apiVersion,
      kind: o.kind,
      name: o.name,
      namespace: 'default',
      uid: o.uid,
      ...(o.fieldPath !== undefined ? { fieldPath: o.fieldPath } : {}),
    },
    reason: e.reason,
    message: e.message,
    type: e.type,
    source: { ...e.source },
    reportingComponent: e.source.component,
    reportingInstance: e.source.host ?? '',
    count: e.count,
    firstTimestamp: isoAt(e.first),
    lastTimestamp: isoAt(e.last),
  };
}
