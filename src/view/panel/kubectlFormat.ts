/**
 * How kubectl spells things, for the status panel: pure functions from API objects and the virtual clock to the
 * exact strings `kubectl get pods -o wide`, `kubectl describe pod` and `kubectl get events` print.
 * Sources: kubernetes/kubernetes `pkg/printers/internalversion/printers.go` (`printPod`, `printEvent`) and
 * kubectl `pkg/describe/describe.go` (`describePod`, `describeStatus`, `DescribeEvents`).
 */
import type { Container, Event, Pod } from 'kubernetes-types/core/v1';
import { humanDuration, kubectlPodColumns } from '../../sim/kubectlStatus';
import { EPOCH_MS, virtualMs } from '../../store/podViews';

/** One row of `kubectl get pods -o wide` (NAME … NODE). */
export interface PodRow {
  name: string;
  ready: string;
  status: string;
  restarts: string;
  age: string;
  ip: string;
  node: string;
}

/** kubectl's `translateTimestampSince` on the virtual clock: "<unknown>" for a missing time. */
export function since(iso: string | undefined, now: number): string {
  const at = virtualMs(iso);
  return at === undefined ? '<unknown>' : humanDuration(now - at);
}

/** `printPod` columns for one Pod at virtual time `now` (ms). */
export function podRow(pod: Pod, now: number): PodRow {
  const columns = kubectlPodColumns(pod, new Date(EPOCH_MS + now));
  return {
    name: pod.metadata?.name ?? '',
    ready: columns.ready,
    status: columns.status,
    restarts: columns.restarts,
    age: since(pod.metadata?.creationTimestamp, now),
    ip: pod.status?.podIP || '<none>',
    node: pod.spec?.nodeName || '<none>',
  };
}

/** STATUS values that mean something failed (drawn in the "bad" colour, on top of the text itself). */
export function isFailingStatus(status: string): boolean {
  return /BackOff|Err|Error|OOMKilled|ExitCode|Signal|Failed|Unknown|Invalid|ContainerStatusUnknown/.test(
    status,
  );
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Go's `time.RFC1123Z` in UTC, as `kubectl describe` prints times: "Wed, 01 Jan 2025 00:00:05 +0000". */
export function rfc1123z(iso: string | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  // Go formats the zero time as year 1; an unset time prints that way in kubectl too.
  if (Number.isNaN(ms)) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(ms);
  const date = `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${date} ${time} +0000`;
}

/** A runtime id shortened like `crictl` (13 hex digits), keeping the `containerd://` scheme when present. */
export function shortId(id: string | undefined, length = 13): string {
  if (!id) return '';
  const at = id.indexOf('://');
  return at < 0 ? id.slice(0, length) : id.slice(0, at + 3) + id.slice(at + 3, at + 3 + length);
}

/** `describeContainerPorts`: "80/TCP, 443/TCP" ('' when none). */
export function describePorts(container: Container): string {
  return (container.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ');
}

/** `labels.FormatLabels` one per line, sorted like kubectl's describe. */
export function labelLines(pod: Pod): string[] {
  return Object.entries(pod.metadata?.labels ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`);
}

function lastSeenMs(e: Event): number {
  return virtualMs(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp) ?? 0;
}

/** `event.SortableEvents`: oldest first by last occurrence (stable), so the newest is last, like kubectl. */
export function sortByLastSeen(events: readonly Event[]): Event[] {
  return events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => lastSeenMs(a.event) - lastSeenMs(b.event) || a.i - b.i)
    .map(({ event }) => event);
}

/** Events about one Pod (matched by uid when both have one, else by name), newest last. */
export function podEvents(events: readonly Event[], pod: Pod): Event[] {
  const name = pod.metadata?.name;
  const uid = pod.metadata?.uid;
  return sortByLastSeen(
    events.filter((e) => {
      const o = e.involvedObject;
      if (o.kind !== undefined && o.kind !== 'Pod') return false;
      return uid && o.uid ? o.uid === uid : o.name === name;
    }),
  );
}

/** AGE column of describe's Events: "30s", or "30s (x4 over 2m)" for an aggregated repeat. */
export function describeEventAge(e: Event, now: number): string {
  const count = e.count ?? 1;
  if (count > 1) return `${since(e.lastTimestamp, now)} (x${count} over ${since(e.firstTimestamp, now)})`;
  return since(e.firstTimestamp ?? e.eventTime, now);
}

/** LAST SEEN column of `kubectl get events`. */
export function lastSeen(e: Event, now: number): string {
  return since(e.lastTimestamp ?? e.eventTime, now);
}

/**
 * MESSAGE column of describe's Events: since kubectl 1.35 a container's event names its container first
 * ("spec.containers{app}: Container started"), as the kubelet's own messages stopped naming it.
 */
export function describeEventMessage(e: Event): string {
  const message = (e.message ?? '').trim();
  const field = e.involvedObject.fieldPath;
  return field ? `${field}: ${message}` : message;
}

/** FROM column: the reporting component ("kubelet", "default-scheduler"). */
export function eventSource(e: Event): string {
  return e.source?.component || e.reportingComponent || '';
}

/** OBJECT column of `kubectl get events`: "pod/web". */
export function eventObject(e: Event): string {
  const kind = (e.involvedObject.kind ?? '').toLowerCase();
  return e.involvedObject.name ? `${kind}/${e.involvedObject.name}` : kind;
}

/** A stable React key for an event. */
export function eventKey(e: Event, index: number): string {
  return e.metadata?.name ?? `${index}`;
}
