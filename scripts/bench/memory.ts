/**
 * Memory bench: one virtual hour of a classroom session at 20× (scripts/bench/classroomWorkload.ts: 60 fps
 * frames, a random kill every 2–4 virtual seconds, a Pod deleted and re-created every 10 minutes), through
 * the store as the app drives it. The heap is read after a forced GC after the first virtual minute and at
 * the end (target: within 20 %), and once more after a second hour, which tells a plateau from a leak.
 * Run in a warm process (a throwaway session first) and in a cold one: see benchMemory's `warm`.
 *
 * Needs `node --expose-gc` (scripts/bench/memoryRun.mjs bundles this file and runs it that way).
 */
import { getHeapCodeStatistics } from 'node:v8';
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
  /** Of the growth, MB of compiled code and bytecode (V8 optimises more functions as the run warms up). */
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

/** Compiled code and bytecode with their metadata (deopt data, relocation info): V8's, not the session's. */
const codeBytes = () => {
  const stats = getHeapCodeStatistics();
  return stats.code_and_metadata_size + stats.bytecode_and_metadata_size;
};

/**
 * @param warm first run a throwaway session (another seed, 15 virtual minutes: Pod churn included) so every
 * code path has run once. A cold process also grows by the bytecode and optimised code V8 makes for paths the
 * first minute had not reached yet (~0.3-0.6 MB here): that is not data the session keeps.
 */
export function benchMemory(warm = false): MemoryBenchResult {
  if (warm) {
    const warmUp = startClassroomWorkload({ seed: 7, speed: 20, frameMs: 1000 / 60 });
    warmUp.runUntil(warmUp.store.getState().now + 15 * MINUTE);
  }
  const started = performance.now();
  const workload = startClassroomWorkload({ seed: 2024, speed: 20, frameMs: 1000 / 60 });
  const start = workload.store.getState().now;
  workload.runUntil(start + MINUTE);
  const heapAfterMinute = heapAfterGc();
  const codeAfterMinute = codeBytes();
  const afterMinute = workload.sizes();
  workload.runUntil(start + HOUR);
  const heapAfterHour = heapAfterGc();
  const codeAfterHour = codeBytes();
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
