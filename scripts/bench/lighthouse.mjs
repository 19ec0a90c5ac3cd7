// Lighthouse (12.8.x, offline) on the production build, with the default (mobile) and the desktop config:
// the four category scores as 0–100, and for every category below 100 the audits that cost points.
import lighthouse, { desktopConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @typedef {{ id: string, title: string, score: number, displayValue?: string }} FailingAudit
 * @typedef {{ scores: Record<string, number>, failing: Record<string, FailingAudit[]> }} FormFactorResult
 */

/** The category scores (0–100) and, per category, the weighted audits that scored below 1. */
function summarize(lhr) {
  /** @type {FormFactorResult} */
  const result = { scores: {}, failing: {} };
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) throw new Error(`Lighthouse returned no ${id} category`);
    if (category.score === null) {
      const errors = Object.values(lhr.audits)
        .filter((a) => a.errorMessage)
        .map((a) => `${a.id}: ${a.errorMessage}`);
      throw new Error(`Lighthouse could not score ${id}: ${errors.join('; ') || lhr.runtimeError?.message}`);
    }
    result.scores[id] = Math.round(category.score * 100);
    result.failing[id] = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => ({
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      }));
  }
  return result;
}

/** Runs per form factor: Lighthouse's variability guide finds the median of 5 runs twice as stable as 1. */
const RUNS = Math.max(1, Math.round(Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 5));

/**
 * One audit in a Chromium of its own ($CHROME_PATH, else the one scripts/find-chromium.mjs finds), so each
 * run is a first visit in a fresh browser, as the Lighthouse CLI makes it.
 */
async function auditOnce(url, config) {
  const chromePath = process.env.CHROME_PATH || (await findChromium());
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const flags = { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES };
    const run = await lighthouse(url, flags, config);
    if (!run) throw new Error('Lighthouse returned no result');
    if (run.lhr.runtimeError) throw new Error(`Lighthouse: ${run.lhr.runtimeError.message}`);
    return run;
  } finally {
    chrome.kill();
  }
}

/**
 * Audits `url` with Lighthouse's default (mobile, simulated slow 4G + 4× CPU) and desktop configs, `runs`
 * times each (BENCH_LIGHTHOUSE_RUNS, else 5), and reports for each the run Lighthouse's computeMedianRun
 * picks (the one nearest the median FCP and TTI, as Lighthouse CI does) with every run's performance score.
 * The median runs' full reports are written to `reportDir` (lighthouse-mobile.json, lighthouse-desktop.json)
 * if given: open them in https://googlechrome.github.io/lighthouse/viewer/ to see every audit.
 * @param {string} url
 * @param {{ reportDir?: string, runs?: number }} [options]
 * @returns {Promise<{ mobile: FormFactorResult & { performanceRuns: number[] }, desktop: FormFactorResult & { performanceRuns: number[] }, benchmarkIndex: number, runs: number }>}
 */
export async function runLighthouse(url, options = {}) {
  const runs = options.runs ?? RUNS;
  const result = { runs };
  for (const [name, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await auditOnce(url, config));
    const median = computeMedianRun(all.map((run) => run.lhr));
    const chosen = all.find((run) => run.lhr === median);
    if (options.reportDir) {
      mkdirSync(options.reportDir, { recursive: true });
      writeFileSync(join(options.reportDir, `lighthouse-${name}.json`), String(chosen.report));
    }
    result[name] = {
      ...summarize(median),
      performanceRuns: all.map((run) => Math.round(run.lhr.categories.performance.score * 100)),
    };
    // How fast Lighthouse found this machine's CPU: performance scores depend on it (a loaded machine scores lower).
    if (name === 'mobile') result.benchmarkIndex = Math.round(median.environment.benchmarkIndex);
  }
  return result;
}
