/**
 * The queue of due kubelet steps on the virtual clock: a binary min-heap ordered by time, then by sequence number,
 * so two steps at the same millisecond run in the order they were scheduled (determinism).
 * The heap is a plain array inside the simulation state, so snapshots carry it as is.
 */

export type Step =
  /** The kubelet's pod worker syncs this pod (SyncPod / SyncTerminatingPod / SyncTerminatedPod). */
  | { at: number; seq: number; kind: 'sync'; pod: string }
  /** An image pull for this pod finished. */
  | { at: number; seq: number; kind: 'pulled'; pod: string }
  /** A created container's process is now running. */
  | { at: number; seq: number; kind: 'started'; pod: string; container: string }
  /** A container's process exits by itself (its command ended, or it failed to bind its port). */
  | { at: number; seq: number; kind: 'exit'; pod: string; container: string; code: number }
  /** The grace period of a TERM'd container that ignores TERM is over: SIGKILL. */
  | { at: number; seq: number; kind: 'graceKill'; pod: string; container: string };

export type StepInput = Step extends infer S ? (S extends Step ? Omit<S, 'seq'> : never) : never;

function before(a: Step, b: Step): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

export function heapPush(heap: Step[], step: Step): void {
  heap.push(step);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as Step;
    if (!before(step, p)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = step;
}

export function heapPeek(heap: readonly Step[]): Step | undefined {
  return heap[0];
}

export function heapPop(heap: Step[]): Step | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (top === undefined || last === undefined || heap.length === 0) return top;
  let i = 0;
  const n = heap.length;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const child = r < n && before(heap[r] as Step, heap[l] as Step) ? r : l;
    const c = heap[child] as Step;
    if (!before(c, last)) break;
    heap[i] = c;
    i = child;
  }
  heap[i] = last;
  return top;
}
