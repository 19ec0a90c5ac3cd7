// Memory of the app itself: the production build in headless Chromium, one virtual hour at 20× (≈ 3 wall
// minutes) with a random kill every few virtual seconds, all through the UI: trusted mouse clicks on the
// canvas's kill buttons, the j/k/p shortcuts, the speed menu, play/pause. The JS heap is read after a forced
// GC (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage, as tests/browser/soak.spec.ts does) at virtual
// minutes 1, 15, 30, 45 and 60 by the app's own clock (the scrubber's value), not by wall time.
//
// Two runs, each in a fresh browser, as the store-only bench (scripts/bench/memory.ts) does in Node:
// - cold: the measured session is the page's first, so V8 is still compiling (and optimising) the code paths
//   the workload reaches after minute 1; that code is part of the growth;
// - warm: the page first plays a throwaway session (15 virtual minutes, same kills: what a classroom does
//   before), then the time bar's Reset starts the scenario over and the same measured session runs.
// At the first and last checkpoints a heap snapshot splits the heap into V8 code and the rest (the data).
//
// The driver stays out of the page's heap as far as it can: one small evaluate per kill (aim, below) and
// input events through CDP. Playwright locators run its injected script in the page's own V8 isolate: with
// a locator click per kill, the code in that heap grew ~0.3 MB more between minutes 15 and 60 (one comparison).
//
// Quick check: BENCH_MEMORY_MINUTES=6 measures 6 virtual minutes (checkpoints 1, 3, 6) and
// BENCH_MEMORY_WARMUP_MINUTES=2 shortens the throwaway session.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { startPreview } from './preview.mjs';

const MINUTE = 60_000;
const SPEED = 20;
/** Virtual ms between kills, as in the store-only bench (scripts/bench/classroomWorkload.ts). */
const KILL_EVERY = [2000, 4000];
/** The Pods that bench adds beside the default `web` (preset ids of the "Create" menu). */
const EXTRA_PRESETS = ['single', 'shared-pid', 'init', 'port-clash'];
const mib = (bytes) => bytes / 2 ** 20;

/** A positive number of minutes from the environment, else the fallback. */
function envMinutes(name, fallback) {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
/** Virtual minutes measured (from the moment 20× starts); BENCH_MEMORY_MINUTES overrides. */
const MINUTES = envMinutes('BENCH_MEMORY_MINUTES', 60);
/** Virtual minutes of the warm run's throwaway session; BENCH_MEMORY_WARMUP_MINUTES overrides. */
const WARMUP_MINUTES = envMinutes('BENCH_MEMORY_WARMUP_MINUTES', 15);

/** Where the heap is read: minute 1, the quarters of a long session (halves of a short one), the end. */
export function checkpointsFor(asked) {
  const minutes = Math.max(1, asked);
  const inner = minutes >= 20 ? [0.25, 0.5, 0.75] : [0.5];
  const points = [1, ...inner.map((f) => Math.round(f * minutes)), minutes];
  return [...new Set(points)].filter((m) => m >= 1 && m <= minutes).sort((a, b) => a - b);
}

/**
 * @param {string} [baseUrl] a preview already serving the production build (one of dist/ is started if omitted)
 * @param {{ minutes?: number, warmupMinutes?: number }} [options] virtual minutes measured and of the warm
 * run's throwaway session (the environment's overrides by default); each run gets a fresh browser, so no run
 * sees another's heap
 */
export async function runBrowserMemoryBench(
  baseUrl,
  { minutes = MINUTES, warmupMinutes = WARMUP_MINUTES } = {},
) {
  const executablePath = await findChromium();
  const own = baseUrl ? null : await startPreview();
  const url = baseUrl ?? own.url;
  const checkpoints = checkpointsFor(minutes);
  try {
    const cold = await oneRun(executablePath, url, checkpoints, 0);
    const warm = await oneRun(executablePath, url, checkpoints, warmupMinutes);
    return { cold, warm, checkpoints, warmupMinutes };
  } finally {
    own?.stop();
  }
}

/**
 * Runs in the page: reads the virtual clock and aims a kill as the store-only bench aims — a random Pod, its
 * pause container 1 time in 5, else one of its running containers' ✕ (random numbers come from the caller).
 * Returns the clock, and the point to click unless there is nothing clickable there.
 */
function aim({ keyboard, pod: rPod, pause: rPause, container: rContainer }) {
  const now = Number(document.querySelector('[data-testid="scrubber"]').value);
  if (rPod === undefined) return { now };
  if (keyboard) {
    // Shortcuts are ignored while a text field has focus; blur whatever the last click focused.
    document.activeElement?.blur();
    return { now };
  }
  const ids = (selector) => [...document.querySelectorAll(selector)].map((e) => e.dataset.testid);
  const pods = ids('[data-testid="pod-canvas"] [data-testid^="pod-"]').map((id) => id.slice('pod-'.length));
  const pod = pods[Math.floor(rPod * pods.length)];
  // kill-<pod>-<container>: the longest matching Pod name wins (`web-init` over `web`).
  const ownerOf = (id) =>
    pods.filter((p) => id.startsWith(`kill-${p}-`)).sort((a, b) => b.length - a.length)[0];
  const containers = ids('[data-testid^="kill-"]').filter(
    (id) => !id.startsWith('kill-pause-') && ownerOf(id) === pod,
  );
  const id =
    rPause < 0.2 || containers.length === 0
      ? `kill-pause-${pod}`
      : containers[Math.floor(rContainer * containers.length)];
  const button = document.querySelector(`[data-testid="${id}"]`);
  if (!pod || !button) return { now };
  button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = button.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  // Under something else (a tooltip, a dialog): a user could not click it either.
  return button.contains(document.elementFromPoint(x, y)) ? { now, x, y } : { now };
}

/** Bytes of V8 code (bytecode, compiled code and their metadata) in a heap snapshot: the JIT's, not the app's data. */
async function codeBytes(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const code = snapshot.meta.node_types[0].indexOf('code');
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length)
    if (nodes[i + type] === code) bytes += nodes[i + size];
  return bytes;
}

/** The number of Pods on the canvas. */
const podCount = () => document.querySelectorAll('[data-testid="pod-canvas"] [data-testid^="pod-"]').length;

// Math.random: the timing of wall-paced clicks varies run to run anyway, so a seed would not replay a run.
/** One run in a fresh browser; with warmupMinutes > 0, a throwaway session and a Reset come first. */
async function oneRun(executablePath, url, checkpoints, warmupMinutes) {
  const random = Math.random;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${url}?lang=en`);
    await page.getByTestId('pod-web').waitFor();
    const speed = page.getByTestId('speed');
    const playPause = page.getByTestId('play-pause');
    const isPlaying = async () => (await playPause.getAttribute('aria-label')) !== 'Play';
    // How the page starts, so the warm run can put it back before its measured session's setup.
    const initial = { speed: await speed.inputValue(), playing: await isPlaying() };

    /** The bench's setup: the extra Pods (at the page's own speed), then 20×, playing. Returns the Pod count. */
    const setUp = async () => {
      for (const preset of EXTRA_PRESETS) {
        await page.getByTestId('preset-select').selectOption(preset);
        await page.getByTestId('create-pod').click();
      }
      await speed.selectOption(String(SPEED));
      if (!(await isPlaying())) await playPause.click();
      return page.evaluate(podCount);
    };
    const cdp = await page.context().newCDPSession(page);

    /** Paused (so nothing renders mid-measurement and the clock reads exact), GC'd, heap read, resumed. */
    const heapAt = async (withCode) => {
      await playPause.click();
      const { now } = await page.evaluate(aim, {});
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const code = withCode ? await codeBytes(cdp) : NaN;
      await playPause.click();
      return { at: now, heapMB: mib(usedSize), codeMB: mib(code) };
    };

    /**
     * Kills until the clock passes `until` (virtual ms). Kills are paced in wall time (2–4 virtual s at
     * 20×); a slow round trip just delays the next one.
     */
    let nextKill = Date.now();
    const killUntil = async (until, counts) => {
      for (;;) {
        const wait = nextKill - Date.now();
        if (wait > 0) await page.waitForTimeout(wait);
        nextKill = Date.now() + (KILL_EVERY[0] + random() * (KILL_EVERY[1] - KILL_EVERY[0])) / SPEED;
        const keyboard = random() < 0.1;
        const target = await page.evaluate(aim, {
          keyboard,
          pod: random(),
          pause: random(),
          container: random(),
        });
        if (target.now >= until) return;
        if (keyboard) {
          // The keyboard way: next Pod (j), then its container (k) or its pause container (p).
          await page.keyboard.press('j');
          await page.keyboard.press(random() < 0.5 ? 'k' : 'p');
          counts.byKeyboard += 1;
        } else if (target.x === undefined) {
          counts.missed += 1;
          continue;
        } else {
          await page.mouse.click(target.x, target.y);
        }
        counts.kills += 1;
      }
    };

    let pods = await setUp();
    const started = Date.now();
    let warmup = null;
    if (warmupMinutes > 0) {
      const counts = { kills: 0, byKeyboard: 0, missed: 0 };
      const { now: warmStart } = await page.evaluate(aim, {});
      await killUntil(warmStart + warmupMinutes * MINUTE, counts);
      const { now: warmEnd } = await page.evaluate(aim, {});
      // Back to how the page started, then Reset: the scenario from its beginning, the user's actions (the
      // extra Pods among them) forgotten; setUp creates those Pods again the same way.
      if ((await isPlaying()) !== initial.playing) await playPause.click();
      await speed.selectOption(initial.speed);
      await page.getByTestId('reset').click();
      const { now: afterReset } = await page.evaluate(aim, {});
      const podsAfterReset = await page.evaluate(podCount);
      pods = await setUp();
      warmup = {
        ...counts,
        virtualMinutes: (warmEnd - warmStart) / MINUTE,
        clockAfterResetSeconds: afterReset / 1000,
        podsAfterReset,
        wallSeconds: (Date.now() - started) / 1000,
      };
    }

    const counts = { kills: 0, byKeyboard: 0, missed: 0 };
    const measured = Date.now();
    const { now: start } = await page.evaluate(aim, {});
    const samples = [];
    for (const minute of checkpoints) {
      await killUntil(start + minute * MINUTE, counts);
      // The code share (a heap snapshot) only at the two compared points: a snapshot takes seconds.
      const sample = await heapAt(minute === checkpoints[0] || minute === checkpoints.at(-1));
      samples.push({ minute, virtualMinutes: (sample.at - start) / MINUTE, ...sample });
    }
    const [first, last] = [samples[0], samples.at(-1)];
    const data = (s) => s.heapMB - s.codeMB;
    return {
      samples,
      heapAfterMinuteMB: first.heapMB,
      heapAfterHourMB: last.heapMB,
      growth: last.heapMB / first.heapMB - 1,
      codeGrowthMB: last.codeMB - first.codeMB,
      /** The heap without V8 code: the app's data. */
      dataGrowth: data(last) / data(first) - 1,
      pods,
      startSeconds: start / 1000,
      warmup,
      ...counts,
      virtualMinutes: last.virtualMinutes,
      wallSeconds: (Date.now() - measured) / 1000,
      totalWallSeconds: (Date.now() - started) / 1000,
      errors,
    };
  } finally {
    await browser.close();
  }
}
