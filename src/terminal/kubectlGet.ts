/**
 * `kubectl get pods [NAME] [-o wide|yaml|json|name]` and `kubectl get events`, in the server-side table layout
 * kubectl prints (`printPod`, `printEvent`) with its tabwriter (minwidth 6, padding 3).
 */
import { stringify } from 'yaml';
import { humanDuration } from '../sim/kubectlStatus';
import { NODE_KERNEL } from '../sim/nginx';
import type { Event, NodeInfo, Pod } from '../sim/types';
import { eventObject, lastSeen, podRow } from '../view/panel/kubectlFormat';
import { notSimulated } from './notSimulated';
import { admitted } from './serviceAccount';
import { sortByField } from './sortBy';
import { table, KUBECTL_TABLE } from './tabwriter';
import type { CommandResult, TerminalContext } from './types';
import { podName, podNotFound, stripPodPrefix } from './world';

const POD_TYPES = ['pods', 'pod', 'po'];
const EVENT_TYPES = ['events', 'event', 'ev'];
const NODE_TYPES = ['nodes', 'node', 'no'];
/** The Kubernetes line PodScope's kubelet follows (KUBELET.md's sources). */
const KUBELET_VERSION = 'v1.35.0';

/**
 * kubectl -o yaml: JSON → YAML through go-yaml (sigs.k8s.io/yaml): sorted keys, unindented sequences, and
 * YAML 1.1 quoting (timestamps and "True" come out quoted).
 */
export function toKubectlYaml(value: unknown): string {
  return stringify(value, { version: '1.1', sortMapEntries: true, indentSeq: false, lineWidth: 0 }).trimEnd();
}

/** kubectl -o json: 4-space indentation. */
export const toKubectlJson = (value: unknown): string => JSON.stringify(value, null, 4);

const asList = (items: unknown[]) => ({
  apiVersion: 'v1',
  items,
  kind: 'List',
  metadata: { resourceVersion: '' },
});

function printObjects(objects: unknown[], single: boolean, output: string): string | undefined {
  const value = single ? objects[0] : asList(objects);
  if (output === 'yaml') return toKubectlYaml(value);
  if (output === 'json') return toKubectlJson(value);
  return undefined;
}

function podsTable(pods: Pod[], now: number, wide: boolean, allNamespaces: boolean): string {
  const head = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  if (wide) head.push('IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES');
  if (allNamespaces) head.unshift('NAMESPACE');
  const rows = pods.map((pod) => {
    const r = podRow(pod, now);
    const row = [r.name, r.ready, r.status, r.restarts, r.age];
    if (wide) row.push(r.ip, r.node, '<none>', '<none>');
    if (allNamespaces) row.unshift('default');
    return row;
  });
  return table([head, ...rows], KUBECTL_TABLE);
}

/**
 * `kubectl get events` sorts nothing: rows come in the API's list order, by name (`<object>.<creation time in
 * hex>`), so each object's events stay together, and an aggregated one (x5) keeps its first place. (describe
 * sorts by last seen; `--sort-by=.lastTimestamp` is the usual cure.)
 */
function nameOrder(events: readonly Event[]): Event[] {
  return [...events].sort((a, b) => {
    const [x, y] = [a.metadata?.name ?? '', b.metadata?.name ?? ''];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

function eventsTable(events: Event[], now: number): string {
  const rows = events.map((e) => [
    lastSeen(e, now),
    e.type ?? 'Normal',
    e.reason ?? '',
    eventObject(e),
    (e.message ?? '').trim(),
  ]);
  return table([['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'], ...rows], KUBECTL_TABLE);
}

/** What kubectl prints for an empty list: in one namespace, or across all of them (`-A`). */
const noResources = (ns: string, all: boolean) =>
  all ? 'No resources found' : `No resources found in ${ns} namespace.`;

/**
 * What the Node reports of itself (status.nodeInfo): a Debian 13 Node whose kernel is new enough for the
 * lessons' user namespaces (hostUsers: false needs Linux 6.3+), with containerd 2.1 as its runtime.
 */
const NODE_INFO = {
  osImage: 'Debian GNU/Linux 13 (trixie)',
  kernelVersion: NODE_KERNEL,
  containerRuntimeVersion: 'containerd://2.1.4',
  kubeletVersion: KUBELET_VERSION,
  operatingSystem: 'linux',
  architecture: 'amd64',
};

/** A v1 Node as far as PodScope models one: name, pod CIDR, address, Ready. */
function nodeObject(node: NodeInfo) {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: node.name, labels: { 'kubernetes.io/hostname': node.name } },
    spec: { podCIDR: node.podCIDR, podCIDRs: [node.podCIDR] },
    status: {
      addresses: [
        { address: node.ip, type: 'InternalIP' },
        { address: node.name, type: 'Hostname' },
      ],
      conditions: [
        { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
      ],
      nodeInfo: NODE_INFO,
    },
  };
}

/** `kubectl get nodes`: Nodes are cluster-scoped, so the namespace does not matter. The Nodes exist from t = 0. */
function getNodes(nodes: NodeInfo[], names: string[], output: string, now: number): string {
  const missing = names.filter((n) => !nodes.some((node) => node.name === n));
  const shown = names.length > 0 ? nodes.filter((node) => names.includes(node.name)) : nodes;
  const notFound = missing.map((n) => `Error from server (NotFound): nodes "${n}" not found`);
  let printed = '';
  if (output === 'yaml' || output === 'json') {
    if (shown.length > 0) printed = printObjects(shown.map(nodeObject), names.length === 1, output) ?? '';
  } else if (output === 'name') printed = shown.map((n) => `node/${n.name}`).join('\n');
  else if (shown.length > 0) {
    const wide = output === 'wide';
    const head = ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'];
    if (wide) head.push('INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME');
    const rows = shown.map((n) => {
      const row = [n.name, 'Ready', '<none>', humanDuration(now), KUBELET_VERSION];
      if (wide)
        row.push(
          n.ip,
          '<none>',
          NODE_INFO.osImage,
          NODE_INFO.kernelVersion,
          NODE_INFO.containerRuntimeVersion,
        );
      return row;
    });
    printed = table([head, ...rows], KUBECTL_TABLE);
  }
  return [printed, ...notFound].filter((s) => s !== '').join('\n');
}

/** `kubectl get TYPE [NAME]`; `output` is the -o value ('' for the default table). */
export function kubectlGet(
  ctx: TerminalContext,
  args: string[],
  output: string,
  namespace: string,
  allNamespaces = false,
  sortBy?: string,
): CommandResult {
  const [typeArg, ...names] = args;
  if (typeArg === undefined) {
    return {
      output:
        'error: You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.',
    };
  }
  const [type = '', inlineName] = typeArg.split('/');
  if (inlineName !== undefined) names.unshift(inlineName);
  // kubectl's template printers: real, not simulated.
  if (/^(jsonpath|custom-columns|go-template|template)(-file)?(=|$)/.test(output))
    return { output: '', note: notSimulated(ctx, `kubectl get -o ${output.split('=')[0]}`) };
  if (!['', 'wide', 'yaml', 'json', 'name'].includes(output)) {
    return {
      output: `error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,wide,yaml`,
    };
  }
  if (NODE_TYPES.includes(type)) return { output: getNodes(ctx.frame.nodes, names, output, ctx.now) };
  if (EVENT_TYPES.includes(type)) {
    let events = namespace === 'default' || allNamespaces ? nameOrder(ctx.frame.events) : [];
    if (sortBy !== undefined) {
      const sorted = sortByField(events, sortBy);
      if ('error' in sorted) return { output: sorted.error };
      events = sorted;
    }
    if (output === 'yaml' || output === 'json') return { output: printObjects(events, false, output) ?? '' };
    if (output === 'name') return { output: events.map((e) => `event/${e.metadata?.name ?? ''}`).join('\n') };
    return {
      output: events.length === 0 ? noResources(namespace, allNamespaces) : eventsTable(events, ctx.now),
    };
  }
  if (!POD_TYPES.includes(type))
    return {
      output: `error: the server doesn't have a resource type "${type}"`,
      note: ctx.onlyKinds ?? 'PodScope simulates pods, events and nodes only.',
    };
  // As the API server stores them (admitted), which is what --sort-by and -o yaml read.
  const all = namespace === 'default' || allNamespaces ? ctx.frame.pods.map(admitted) : [];
  let pods = [...all].sort((a, b) => (podName(a) < podName(b) ? -1 : 1));
  if (sortBy !== undefined) {
    const sorted = sortByField(pods, sortBy);
    if ('error' in sorted) return { output: sorted.error };
    pods = sorted;
  }
  const missing: string[] = [];
  if (names.length > 0) {
    const wanted = names.map(stripPodPrefix);
    missing.push(...wanted.filter((n) => !pods.some((p) => podName(p) === n)).map(podNotFound));
    pods = wanted.flatMap((n) => pods.filter((p) => podName(p) === n));
  }
  let printed: string;
  if (output === 'yaml' || output === 'json') {
    printed =
      pods.length > 0 || names.length === 0 ? (printObjects(pods, names.length === 1, output) ?? '') : '';
  } else if (output === 'name') {
    printed = pods.map((p) => `pod/${podName(p)}`).join('\n');
  } else if (pods.length === 0) {
    printed = names.length > 0 ? '' : noResources(namespace, allNamespaces);
  } else {
    printed = podsTable(pods, ctx.now, output === 'wide', allNamespaces);
  }
  return { output: [printed, ...missing].filter((s) => s !== '').join('\n') };
}
