// Browser measurements on the production build: time to the first Pod on screen and to the live app, and
// frame intervals while
// 60 Pods × 4 containers animate under repeated sandbox kills.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { startPreview } from './preview.mjs';

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** A shared-state URL with `pods` Pods of 4 containers each, created at time 0 on an empty Node. */
async function manyPodsUrl(base, pods) {
  const { encodeSharedState } = await import('./encode.mjs');
  const container = (name, command) => ({ name, image: 'busybox:1.36', ...(command ? { command } : {}) });
  const log = Array.from({ length: pods }, (_, i) => ({
    at: 0,
    action: {
      type: 'createPod',
      manifest: {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: `p${i}` },
        spec: {
          containers: [
            { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] },
            container('worker', ['sleep', 'infinity']),
            container('logger', ['sleep', 'infinity']),
            container('agent', ['sleep', 'infinity']),
          ],
        },
      },
    },
  }));
  const state = await encodeSharedState({ v: 1, scenario: 'empty', seed: 1, at: 10_000, log });
  return `${base}?lang=en&speed=5&s=${state}`;
}

/** @param {string} [baseUrl] a preview already serving dist/ (one is started if omitted) */
export async function runBrowserBench(baseUrl) {
  const executablePath = await findChromium();
  const own = baseUrl ? null : await startPreview();
  const url = baseUrl ?? own.url;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // From navigation start: the first contentful paint (the prerendered first frame: the Pod is on screen)
    // and the live app's first render (its canvas, with working controls, replaced that frame).
    const firstPaint = [];
    const firstRender = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('[data-testid="pod-canvas"] [data-testid^="pod-"]')) {
            window.__firstPod = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      await page.waitForFunction(() => window.__firstPod !== undefined);
      const timings = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        app: window.__firstPod,
      }));
      firstPaint.push(timings.paint);
      firstRender.push(timings.app);
      await page.close();
    }

    // Frame intervals with 60 Pods × 4 containers, a sandbox killed every 250 ms. Three runs: this
    // machine's CPU is shared, and one busy moment can double a run's slow frames; the median run counts.
    const runs = [];
    for (let run = 0; run < 3; run++) runs.push(await frameRun(browser, url));
    runs.sort((a, b) => a.longShare - b.longShare);
    const median = runs[1];
    return {
      firstPaintMs: percentile(firstPaint, 50),
      firstRenderMs: percentile(firstRender, 50),
      ...median,
      longShares: runs.map((r) => r.longShare),
    };
  } finally {
    await browser.close();
    own?.stop();
  }
}

const VSYNC = 1000 / 60;

/** One run: rAF intervals over ~10 s of 60 Pods animating under sandbox kills. */
async function frameRun(browser, url) {
  const page = await browser.newPage({
    viewport: { width: 1920, height: 1080 },
    reducedMotion: process.env.BENCH_REDUCED ? 'reduce' : 'no-preference',
  });
  await page.goto(await manyPodsUrl(url, 60));
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="pod-canvas"] [data-testid^="pod-"]').length === 60,
    null,
    {
      timeout: 60_000,
    },
  );
  const intervals = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const gaps = [];
        let last = performance.now();
        let kills = 0;
        const killer = setInterval(() => {
          const buttons = document.querySelectorAll('[data-testid^="kill-pause-"]');
          buttons[kills++ % Math.max(1, buttons.length)]?.click();
        }, 250);
        const frame = (now) => {
          gaps.push(now - last);
          last = now;
          if (gaps.length < 600) requestAnimationFrame(frame);
          else {
            clearInterval(killer);
            resolve(gaps.slice(30));
          }
        };
        requestAnimationFrame(frame);
      }),
  );
  await page.close();
  // rAF runs once per vsync: an interval of 16.8 ms is one on-time frame (timestamps jitter by ~0.1 ms),
  // so intervals are counted in whole vsyncs; 33.3 ms means one frame was missed.
  const vsyncs = intervals.map((gap) => Math.max(1, Math.round(gap / VSYNC)) * VSYNC);
  return {
    frameP50: percentile(vsyncs, 50),
    frameP95: percentile(vsyncs, 95),
    rawP95: percentile(intervals, 95),
    longShare: vsyncs.filter((gap) => gap > VSYNC + 1).length / vsyncs.length,
    frames: intervals.length,
  };
}
