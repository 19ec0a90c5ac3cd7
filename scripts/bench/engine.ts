/**
 * Engine throughput bench: 500 Pods of 3 containers for one virtual hour under a steady, seeded stream of
 * container and sandbox kills (one every 0.5 s: 80 % SIGKILL of a random container, 20 % pause killed), through
 * the public API only. Target: under 2 s wall on a 2-core machine.
 *
 * Run it e.g. by bundling: `npx rolldown scripts/bench/engine.ts --file /tmp/engine.mjs --format esm
 * --platform node` and `node -e "import('/tmp/engine.mjs').then((m) => console.log(m.benchEngine()))"`,
 * or from a throwaway Vitest file (a little slower: Vitest's module transform adds per-call overhead).
 */
import { createSimulation } from '../../src/sim';
import type { Pod } from '../../src/sim';

export interface EngineBenchResult {
  pods: number;
  virtualSeconds: number;
  wallSeconds: number;
  syncs: number;
  syncsPerSecond: number;
  heapMB: number;
  events: number;
}

const PODS = 500;
const VIRTUAL_SECONDS = 3600;
/** One kill every this many virtual ms. */
const KILL_EVERY_MS = 500;

function manifest(i: number): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `bench-${i}` },
    spec: {
      containers: [
        { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] },
        { name: 'worker', image: 'busybox:1.36', command: ['sh', '-c', 'echo working; sleep 3600'] },
        {
          name: 'logger',
          image: 'busybox:1.36',
          command: ['sh', '-c', 'while true; do echo tick; sleep 5; done'],
        },
      ],
    },
  };
}

/** A tiny seeded LCG so the kill stream is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function benchEngine(): EngineBenchResult {
  const started = performance.now();
  // 500 Pods exceed one Node's --max-pods (110): spread them over 5 Nodes.
  const sim = createSimulation({ seed: 42, nodes: 5 });
  for (let i = 0; i < PODS; i++) sim.dispatch({ type: 'createPod', manifest: manifest(i) });
  const random = lcg(7);
  const containers = ['web', 'worker', 'logger'];
  for (let t = 0; t < VIRTUAL_SECONDS * 1000; t += KILL_EVERY_MS) {
    sim.advance(KILL_EVERY_MS);
    const pod = `bench-${Math.floor(random() * PODS)}`;
    try {
      if (random() < 0.2) sim.dispatch({ type: 'killSandbox', pod });
      else
        sim.dispatch({
          type: 'killContainer',
          pod,
          container: containers[Math.floor(random() * 3)] ?? 'web',
        });
    } catch {
      // The target was not running at that moment (restarting, backing off): that is part of the workload.
    }
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const syncs = sim.stats().syncs;
  return {
    pods: sim.pods().length,
    virtualSeconds: VIRTUAL_SECONDS,
    wallSeconds,
    syncs,
    syncsPerSecond: Math.round(syncs / wallSeconds),
    heapMB: Math.round(process.memoryUsage().heapUsed / 1e5) / 10,
    events: sim.events().length,
  };
}
