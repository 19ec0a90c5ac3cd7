/** The shape check `restore` runs on a snapshot (installed by index.ts, the public API; see snapshot.ts). */
import { installSnapshotCheck } from './snapshot';
import type { SimState } from './state';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function need(ok: boolean, what: string): void {
  if (!ok) throw new Error(`invalid snapshot: ${what}`);
}

function checkArrayOf(
  v: unknown,
  what: string,
  check: (x: Record<string, unknown>, i: number) => void,
): void {
  need(Array.isArray(v), `${what} must be an array`);
  (v as unknown[]).forEach((x, i) => {
    need(isObj(x), `${what}[${i}] must be an object`);
    check(x as Record<string, unknown>, i);
  });
}

/** A stored SyncPod plan: it is acted on later, so its container indices must exist in the spec. */
function checkKillPlan(plan: unknown, spec: Record<string, unknown>, what: string): void {
  need(isObj(plan), `${what} must be an object`);
  const p = plan as Record<string, unknown>;
  need(
    typeof p.killPod === 'boolean' &&
      typeof p.createSandbox === 'boolean' &&
      typeof p.sandboxId === 'string' &&
      isNum(p.attempt),
    `${what} is malformed`,
  );
  const indices = (list: unknown, length: number) =>
    Array.isArray(list) && list.every((i) => Number.isInteger(i) && i >= 0 && i < length);
  const inits = Array.isArray(spec.initContainers) ? spec.initContainers.length : 0;
  need(
    indices(p.initContainersToStart, inits) && indices(p.containersToStart, (spec.containers as []).length),
    `${what} names containers the pod does not have`,
  );
}

/** Throws `invalid snapshot: …` unless `s` has the shape of a PodScope version-1 state. */
export function checkSnapshotShape(s: unknown): asserts s is SimState {
  need(isObj(s), 'not an object');
  const o = s as Record<string, unknown>;
  need(o.version === 1, `unsupported version ${JSON.stringify(o.version)} (expected 1)`);
  for (const k of ['now', 'seq', 'rng', 'syncs', 'eventSeq']) need(isNum(o[k]), `"${k}" must be a number`);
  need(isObj(o.options), '"options" must be an object');
  const opts = o.options as Record<string, unknown>;
  need(
    opts.backoff === 'default' || opts.backoff === 'reduced',
    'options.backoff must be "default" or "reduced"',
  );
  need(opts.ipam === 'next' || opts.ipam === 'reuse', 'options.ipam must be "next" or "reuse"');
  need(isObj(o.claims), '"claims" must be an object');
  checkArrayOf(o.nodes, 'nodes', (n, i) => {
    need(typeof n.name === 'string' && typeof n.ip === 'string', `nodes[${i}] needs a name and an ip`);
    need(isObj(n.pool) && Array.isArray(n.pool.used), `nodes[${i}].pool is malformed`);
    need(isObj(n.rootNamespaces) && Array.isArray(n.images), `nodes[${i}] is malformed`);
    need(isNum(n.nextInode) && isNum(n.nextPid), `nodes[${i}] counters must be numbers`);
  });
  const nodeNames = new Set((o.nodes as { name: string }[]).map((n) => n.name));
  checkArrayOf(o.pods, 'pods', (p, i) => {
    need(p.node === '' || nodeNames.has(p.node as string), `pods[${i}].node names an unknown node`);
    need(
      typeof p.uid === 'string' && typeof p.name === 'string' && typeof p.node === 'string',
      `pods[${i}] needs uid, name and node`,
    );
    need(isObj(p.manifest) && isObj(p.manifest.spec), `pods[${i}].manifest.spec is missing`);
    const spec = (p.manifest as { spec: Record<string, unknown> }).spec;
    need(Array.isArray(spec.containers), `pods[${i}].manifest.spec.containers must be an array`);
    need(
      isObj(p.status) &&
        isNum(p.createdAt) &&
        (p.killStartedAt === undefined || isNum(p.killStartedAt)) &&
        (p.statusHeld === undefined || p.statusHeld === true) &&
        (p.syncContinues === undefined || p.syncContinues === true) &&
        (p.reasonsWritten === undefined || isObj(p.reasonsWritten)),
      `pods[${i}] is malformed`,
    );
    for (const k of ['restartCounts', 'backoff', 'reasons', 'conditionTimes', 'emptyDirs'])
      need(isObj(p[k]), `pods[${i}].${k} must be an object`);
    if (p.killing !== undefined) checkKillPlan(p.killing, spec, `pods[${i}].killing`);
    // A pull the sync resumes with, and the image back-offs: the kubelet reads their numbers and names.
    for (const k of ['pulledFor', 'pullFailedFor'])
      need(
        p[k] === undefined ||
          (isObj(p[k]) && typeof p[k].container === 'string' && typeof p[k].image === 'string'),
        `pods[${i}].${k} must name a container and an image`,
      );
    need(
      p.pullBackoff === undefined ||
        (isObj(p.pullBackoff) &&
          Object.values(p.pullBackoff).every(
            (b) => isObj(b) && isNum(b.at) && isNum(b.ms) && typeof b.error === 'string',
          )),
      `pods[${i}].pullBackoff must map images to { at, ms, error }`,
    );
    need(
      p.definitionChanged === undefined ||
        (Array.isArray(p.definitionChanged) && p.definitionChanged.every((n) => typeof n === 'string')),
      `pods[${i}].definitionChanged must be a list of container names`,
    );
    checkArrayOf(p.sandboxes, `pods[${i}].sandboxes`, (sb, j) => {
      need(
        typeof sb.id === 'string' && isNum(sb.attempt) && isObj(sb.namespaces),
        `pods[${i}].sandboxes[${j}] is malformed`,
      );
      need(
        sb.netnsId === undefined || (Number.isInteger(sb.netnsId) && (sb.netnsId as number) >= 0),
        `pods[${i}].sandboxes[${j}].netnsId must be a whole number ≥ 0`,
      );
    });
    checkArrayOf(p.containers, `pods[${i}].containers`, (c, j) => {
      need(
        typeof c.id === 'string' && typeof c.name === 'string' && isObj(c.plan) && isObj(c.namespaces),
        `pods[${i}].containers[${j}] is malformed`,
      );
      need(
        Array.isArray(c.extraLogs) && isObj(c.rootfs),
        `pods[${i}].containers[${j}] logs/rootfs malformed`,
      );
    });
  });
  checkArrayOf(o.replicaSets, 'replicaSets', (r, i) => {
    need(
      typeof r.name === 'string' && isNum(r.replicas) && isObj(r.template),
      `replicaSets[${i}] is malformed`,
    );
  });
  checkArrayOf(o.queue, 'queue', (q, i) => {
    need(
      isNum(q.at) && isNum(q.seq) && typeof q.kind === 'string' && typeof q.pod === 'string',
      `queue[${i}] is malformed`,
    );
  });
  checkArrayOf(o.events, 'events', (e, i) => {
    need(
      typeof e.name === 'string' &&
        isObj(e.object) &&
        isNum(e.count) &&
        isNum(e.first) &&
        isNum(e.last) &&
        isNum(e.order),
      `events[${i}] is malformed`,
    );
  });
}

installSnapshotCheck(checkSnapshotShape);
