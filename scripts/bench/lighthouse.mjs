// Lighthouse (12.8.x, offline) on the production build, with the default (mobile) and the desktop config:
// the four category scores as 0–100, and for every category below 100 the audits that cost points.
import lighthouse, { desktopConfig } from 'lighthouse';
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

/**
 * Audits `url` twice, with Lighthouse's default (mobile, simulated slow 4G + 4× CPU) and desktop configs,
 * in one headless Chromium ($CHROME_PATH, else the one scripts/find-chromium.mjs finds).
 * The full reports are written to `reportDir` (lighthouse-mobile.json, lighthouse-desktop.json) if given:
 * open them in https://googlechrome.github.io/lighthouse/viewer/ to see every audit.
 * @param {string} url
 * @param {{ reportDir?: string }} [options]
 * @returns {Promise<{ mobile: FormFactorResult, desktop: FormFactorResult, benchmarkIndex: number }>}
 */
export async function runLighthouse(url, options = {}) {
  const chromePath = process.env.CHROME_PATH || (await findChromium());
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const flags = { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES };
    const mobile = await lighthouse(url, flags);
    const desktop = await lighthouse(url, flags, desktopConfig);
    if (!mobile || !desktop) throw new Error('Lighthouse returned no result');
    for (const [name, run] of Object.entries({ mobile, desktop })) {
      if (options.reportDir) {
        mkdirSync(options.reportDir, { recursive: true });
        writeFileSync(join(options.reportDir, `lighthouse-${name}.json`), String(run.report));
      }
      if (run.lhr.runtimeError) throw new Error(`Lighthouse (${name}): ${run.lhr.runtimeError.message}`);
    }
    return {
      mobile: summarize(mobile.lhr),
      desktop: summarize(desktop.lhr),
      // How fast Lighthouse found this machine's CPU: performance scores depend on it (a loaded machine scores lower).
      benchmarkIndex: Math.round(mobile.lhr.environment.benchmarkIndex),
    };
  } finally {
    chrome.kill();
  }
}
