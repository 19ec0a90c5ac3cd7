/**
 * `kubectl describe pod [NAME]`: port of kubectl `describePod` (pkg/describe/describe.go) onto the simulated
 * Pod, Events included, printed through the describe tabwriter (minwidth 0, padding 2).
 */
import type { Event, Pod, Toleration } from 'kubernetes-types/core/v1';
import { humanDuration } from '../sim/kubectlStatus';
import {
  describeEventAge,
  describeEventMessage,
  eventSource,
  labelLines,
  podEvents,
  rfc1123z,
} from '../view/panel/kubectlFormat';
import { describeContainers, describeVolumes, type Write } from './describeContainers';
import { admitted } from './serviceAccount';
import { EPOCH_MS } from './format';
import { tabwrite, KUBECTL_DESCRIBE } from './tabwriter';
import type { TerminalContext } from './types';
import { findPod, podNotFound, stripPodPrefix } from './world';

/** printLabelsMultiline: first entry on the title line, the rest under it in the value column. */
function multiline(w: Write, title: string, lines: readonly string[]): void {
  if (lines.length === 0) return w(0, `${title}:\t<none>`);
  lines.forEach((line, i) => w(0, i === 0 ? `${title}:\t${line}` : `\t${line}`));
}

/** printTolerationsMultilineWithIndent, tolerations sorted by key. */
function tolerationLine(t: Toleration): string {
  let s = t.key ?? '';
  if (t.value) s += `=${t.value}`;
  if (t.effect) s += `:${t.effect}`;
  if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
  if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
  return s;
}

/** qos.GetPodQOS, simplified to what a manifest can say: no requests/limits → BestEffort. */
function qosClass(pod: Pod): string {
  const containers = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  const resources = containers.map((c) => c.resources ?? {});
  const some = resources.some(
    (r) => Object.keys(r.limits ?? {}).length + Object.keys(r.requests ?? {}).length,
  );
  if (!some) return 'BestEffort';
  const guaranteed = resources.every((r) =>
    ['cpu', 'memory'].every((k) => {
      const limit = r.limits?.[k];
      const request = r.requests?.[k] ?? limit;
      return limit !== undefined && String(limit) === String(request);
    }),
  );
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

function describeEvents(w: Write, events: readonly Event[], now: number): void {
  if (events.length === 0) return w(0, 'Events:\t<none>');
  w(0, 'Events:');
  w(1, 'Type\tReason\tAge\tFrom\tMessage');
  w(1, '----\t------\t----\t----\t-------');
  for (const e of events) {
    const message = describeEventMessage(e);
    w(1, `${e.type ?? ''}\t${e.reason ?? ''}\t${describeEventAge(e, now)}\t${eventSource(e)}\t${message}`);
  }
}

/** The full describe text of one Pod. */
export function describePod(pod: Pod, events: readonly Event[], now: number): string {
  const lines: string[] = [];
  const w: Write = (level, text) => void lines.push('  '.repeat(level) + text);
  const meta = pod.metadata ?? {};
  const spec = pod.spec;
  const status = pod.status ?? {};
  w(0, `Name:\t${meta.name ?? ''}`);
  w(0, `Namespace:\t${meta.namespace ?? 'default'}`);
  if (spec?.priority !== undefined) w(0, `Priority:\t${spec.priority}`);
  if (spec?.serviceAccountName) w(0, `Service Account:\t${spec.serviceAccountName}`);
  w(0, spec?.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}` : 'Node:\t<none>');
  if (status.startTime) w(0, `Start Time:\t${rfc1123z(status.startTime)}`);
  multiline(w, 'Labels', labelLines(pod));
  const annotations = Object.entries(meta.annotations ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  multiline(
    w,
    'Annotations',
    annotations.map(([k, v]) => `${k}: ${v}`),
  );
  const terminal = status.phase === 'Failed' || status.phase === 'Succeeded';
  if (meta.deletionTimestamp && !terminal) {
    const lasts = humanDuration(now - (Date.parse(meta.deletionTimestamp) - EPOCH_MS));
    w(0, `Status:\tTerminating (lasts ${lasts})`);
    w(0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? 0}s`);
  } else {
    w(0, `Status:\t${status.phase ?? ''}`);
  }
  if (status.reason) w(0, `Reason:\t${status.reason}`);
  if (status.message) w(0, `Message:\t${status.message}`);
  w(0, `IP:\t${status.podIP ?? ''}`);
  const ips = status.podIPs ?? [];
  if (ips.length === 0) w(0, 'IPs:\t<none>');
  else {
    w(0, 'IPs:');
    for (const ip of ips) w(1, `IP:\t${ip.ip ?? ''}`);
  }
  const owner = meta.ownerReferences?.find((o) => o.controller);
  if (owner) w(0, `Controlled By:\t${owner.kind}/${owner.name}`);
  if (spec?.initContainers?.length)
    describeContainers(w, 'Init Containers', spec.initContainers, status.initContainerStatuses, pod);
  describeContainers(w, 'Containers', spec?.containers ?? [], status.containerStatuses, pod);
  if (status.conditions?.length) {
    w(0, 'Conditions:');
    w(1, 'Type\tStatus');
    for (const c of status.conditions) w(1, `${c.type} \t${c.status} `);
  }
  describeVolumes(w, spec?.volumes);
  w(0, `QoS Class:\t${qosClass(pod)}`);
  const selectors = Object.entries(spec?.nodeSelector ?? {}).map(([k, v]) => `${k}=${v}`);
  multiline(w, 'Node-Selectors', selectors.sort());
  const tolerations = [...(spec?.tolerations ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : 1));
  multiline(w, 'Tolerations', tolerations.map(tolerationLine));
  // kubectl flushes the tabwriter before the events, so they align on their own.
  const body = tabwrite(lines.join('\n'), KUBECTL_DESCRIBE);
  const tail: string[] = [];
  describeEvents((level, text) => void tail.push('  '.repeat(level) + text), events, now);
  return `${body}\n${tabwrite(tail.join('\n'), KUBECTL_DESCRIBE)}`;
}

/** `kubectl describe pod [NAME...]` (no name: every Pod, separated by a blank line). */
export function kubectlDescribe(ctx: TerminalContext, args: string[]): string {
  const [typeArg, ...rest] = args;
  if (typeArg === undefined)
    return 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.';
  const [type = '', inline] = typeArg.split('/');
  if (!['pods', 'pod', 'po'].includes(type))
    return `error: the server doesn't have a resource type "${type}"`;
  const names = (inline !== undefined ? [inline, ...rest] : rest).map(stripPodPrefix);
  if (names.length === 0 && ctx.frame.pods.length === 0) return 'No resources found in default namespace.';
  const pods = names.length === 0 ? ctx.frame.pods : names.flatMap((n) => findPod(ctx, n) ?? []);
  // Describes are separated by two blank lines; NotFound errors go to stderr, after them.
  // As the API server stores them: admitted (serviceAccount.ts).
  const described = pods.map((pod) => describePod(admitted(pod), podEvents(ctx.frame.events, pod), ctx.now));
  const missing = names.filter((n) => !findPod(ctx, n)).map(podNotFound);
  return [described.join('\n\n\n'), ...missing].filter((s) => s !== '').join('\n');
}
