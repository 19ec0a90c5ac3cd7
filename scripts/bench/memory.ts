/**
 * Memory bench: one virtual hour of a classroom session at 20× (scripts/bench/classroomWorkload.ts: 60 fps
 * frames, a random kill every 2–4 virtual seconds, a Pod deleted and re-created every 10 minutes), through
 * the store as the app drives it. The heap is read after a forced GC after the first virtual minute and at
 * the end (target: within 20 %), and once more after a second hour, which tells a plateau from a leak.
 *
 * Needs `node --expose-gc` (scripts/bench/memoryRun.mjs bundles this file and runs it that way).
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { startClassroomWorkload, type WorkloadSizes } from './classroomWorkload';

export interface MemoryBenchResult {
  virtualSeconds: number;
  wallSeconds: number;
  heapAfterMinuteMB: number;
  heapAfterHourMB: number;
  /** A second hour, to tell a plateau (bounded) from a leak (still climbing). */
  heapAfterTwoHoursMB: number;
  /** (hour − minute) / minute. */
  growth: number;
  /** Of the growth, MB of compiled code (V8 optimises more functions as the run warms up): not data. */
  codeGrowthMB: number;
  afterMinute: WorkloadSizes;
  afterHour: WorkloadSizes;
  afterTwoHours: WorkloadSizes;
  caps: { events: number; narration: number; keyframes: number };
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run node with --expose-gc');
  // A few passes: weak references and finalizers can need more than one.
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
}

const codeSpace = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'code_space')?.space_used_size ?? 0;

export function benchMemory(): MemoryBenchResult {
  const started = performance.now();
  const workload = startClassroomWorkload({ seed: 2024, speed: 20, frameMs: 1000 / 60 });
  const start = workload.store.getState().now;
  workload.runUntil(start + MINUTE);
  const heapAfterMinute = heapAfterGc();
  const codeAfterMinute = codeSpace();
  const afterMinute = workload.sizes();
  workload.runUntil(start + HOUR);
  const heapAfterHour = heapAfterGc();
  const codeAfterHour = codeSpace();
  const afterHour = workload.sizes();
  workload.runUntil(start + 2 * HOUR);
  const heapAfterTwoHours = heapAfterGc();
  const afterTwoHours = workload.sizes();
  const mb = (bytes: number) => Math.round(bytes / 1e4) / 100;
  return {
    virtualSeconds: (afterHour.now - start) / 1000,
    wallSeconds: (performance.now() - started) / 1000,
    heapAfterMinuteMB: mb(heapAfterMinute),
    heapAfterHourMB: mb(heapAfterHour),
    heapAfterTwoHoursMB: mb(heapAfterTwoHours),
    growth: (heapAfterHour - heapAfterMinute) / heapAfterMinute,
    codeGrowthMB: mb(codeAfterHour - codeAfterMinute),
    afterMinute,
    afterHour,
    afterTwoHours,
    caps: workload.caps,
  };
}
