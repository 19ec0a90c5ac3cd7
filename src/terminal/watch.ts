/**
 * `kubectl get pods -w`: the table once, then a row each time a Pod changes, until Ctrl+C. kubectl's tabwriter
 * (liggitt/tabwriter with RememberWidths) keeps every column as wide as the widest cell printed so far, so a
 * row after "ContainerCreating" still lines up, and rows before it do not move.
 */
import type { Pod } from '../sim/types';
import { isoAt } from '../sim/time';
import { podRow } from '../view/panel/kubectlFormat';
import { KUBECTL_TABLE } from './tabwriter';

export interface PodWatch {
  wide: boolean;
  /** Only these Pods (`kubectl get pods web -w`); empty = all. */
  names: readonly string[];
  /** Remembered column widths (cell + padding, at least minwidth); none until the header is printed. */
  widths: number[];
  /** Per Pod UID: its last printed row without AGE (what must change to print it again), and the Pod. */
  shown: Map<string, { key: string; pod: Pod }>;
}

const HEAD = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
const WIDE_HEAD = ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'];

function cells(pod: Pod, now: number, wide: boolean): string[] {
  const r = podRow(pod, now);
  const row = [r.name, r.ready, r.status, r.restarts, r.age];
  if (wide) row.push(r.ip, r.node, '<none>', '<none>');
  return row;
}

/** Prints rows with the remembered widths, widening a column for a longer cell (the last column is not padded). */
function print(watch: PodWatch, rows: readonly string[][]): string[] {
  const { minwidth, padding } = KUBECTL_TABLE;
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1)
        watch.widths[i] = Math.max(watch.widths[i] ?? 0, minwidth, [...cell].length + padding);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i < row.length - 1 ? cell.padEnd((watch.widths[i] ?? 0) - ([...cell].length - cell.length)) : cell,
      )
      .join(''),
  );
}

const shownPods = (watch: PodWatch, pods: readonly Pod[]) =>
  [...pods]
    .filter((p) => watch.names.length === 0 || watch.names.includes(p.metadata?.name ?? ''))
    .sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));

/** Rows changed since the last call: a new or changed Pod's row, and a deleted Pod's last row (the DELETED event). */
function changedRows(watch: PodWatch, pods: readonly Pod[], now: number): string[][] {
  const rows: string[][] = [];
  const live = new Set<string>();
  for (const pod of shownPods(watch, pods)) {
    const uid = pod.metadata?.uid ?? '';
    live.add(uid);
    const row = cells(pod, now, watch.wide);
    // Time alone (AGE, RESTARTS' "(5s ago)") is not a change: kubectl prints a row per update of the Pod.
    const key = row
      .filter((_, i) => i !== 4)
      .join('\t')
      .replace(/ \(.* ago\)/, '');
    if (watch.shown.get(uid)?.key === key) continue;
    watch.shown.set(uid, { key, pod });
    rows.push(row);
  }
  for (const [uid, { pod }] of watch.shown) {
    if (live.has(uid)) continue;
    watch.shown.delete(uid);
    // The DELETED event carries the object as deleted: marked for deletion, so "Terminating" unless it had
    // finished (a delete with --grace-period=0 may remove it before any row said so).
    const deletionTimestamp = pod.metadata?.deletionTimestamp ?? isoAt(now);
    rows.push(cells({ ...pod, metadata: { ...pod.metadata, deletionTimestamp } }, now, watch.wide));
  }
  return rows;
}

/**
 * Starts a watch: its first output is the table of the Pods now. An empty list prints nothing (kubectl's
 * GetOptions.watch prints the list's items, none, and waits; "No resources found" is only get's).
 */
export function startPodWatch(
  pods: readonly Pod[],
  now: number,
  options: { wide: boolean; names: readonly string[] },
): { watch: PodWatch; output: string } {
  const watch: PodWatch = { ...options, widths: [], shown: new Map() };
  const rows = changedRows(watch, pods, now);
  if (rows.length === 0) return { watch, output: '' };
  const head = options.wide ? [...HEAD, ...WIDE_HEAD] : HEAD;
  return { watch, output: print(watch, [head, ...rows]).join('\n') };
}

/** What the watch prints for a new state of the Pods ('' if nothing it shows changed). */
export function stepPodWatch(watch: PodWatch, pods: readonly Pod[], now: number): string {
  const rows = changedRows(watch, pods, now);
  if (rows.length === 0) return '';
  // The first Pod of an empty list: the printer writes its header first.
  const head = watch.widths.length === 0 ? [watch.wide ? [...HEAD, ...WIDE_HEAD] : HEAD] : [];
  return print(watch, [...head, ...rows]).join('\n');
}
