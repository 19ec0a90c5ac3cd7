/**
 * Soak: a scripted classroom loop in one long-lived page, through the real UI only — open a lesson and walk
 * its steps (guess, act, read the result), go back to free play at 20×, then random kills of app and pause
 * containers, a Pod deleted or created now and then, timeline scrubs, language and theme switches, and the
 * keyboard shortcuts. The JS heap is sampled after a forced GC every ~10 s (CDP: HeapProfiler.collectGarbage
 * + Runtime.getHeapUsage, which needs no launch flag, unlike performance.memory).
 *
 * Length: SOAK_MINUTES (default 1, so `npm test` stays short; the README's figure is from SOAK_MINUTES=10).
 * The choices come from a seeded PRNG (SOAK_SEED, default 1); timing on a busy machine still varies.
 *
 * At the end: no console error or page error, the app still responds (killing a pause container changes the
 * Pod IP), and the heap is bounded (see HEAP_* below).
 */
import { expect, test, type CDPSession, type Locator, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';
import { seededRandom } from '../../src/sim/random';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 1);
const SEED = Number(process.env.SOAK_SEED ?? 1);
const SAMPLE_EVERY_MS = 10_000;
/** Free play between two lessons (real ms). */
const FREE_PLAY_MS = 20_000;
/**
 * Heap bounds. A run of 3 minutes or more compares its end with its first minute (the highest sample in
 * it): at most +20 %. A shorter run (the CI default) has no settled first minute to compare with, so it
 * checks an absolute ceiling instead. The app sits at ~6–8 MB after GC here; the capped scrub history may
 * add up to 240 keyframes of ~0.1 MB for these few Pods. A retained copy of every frame (tens of KB each,
 * 60 a second) would cross the ceiling within a minute; slower leaks are for the long run's ratio to catch.
 */
const HEAP_RATIO_LIMIT = 1.2;
const HEAP_CEILING_MB = 64;
const RATIO_MIN_MINUTES = 3;

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with the same choices. */
const prng = seededRandom;

interface HeapSample {
  /** Real seconds since the loop started. */
  s: number;
  mb: number;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 100) / 100;

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return mb(usedSize);
}

/** Test ids present right now that start with `prefix`. */
const testIds = (page: Page, prefix: string) =>
  page.$$eval(`[data-testid^="${prefix}"]`, (elements) =>
    elements.map((element) => element.getAttribute('data-testid') ?? ''),
  );

/**
 * Clicks if the control is still there: at 20× a container's ✕ comes and goes with its state, so a control
 * that vanished between choosing and clicking is normal, not a failure (the run counts them).
 */
async function tryClick(locator: Locator): Promise<boolean> {
  try {
    await locator.click({ timeout: 2_000 });
    return true;
  } catch {
    return false;
  }
}

test('soak: lessons, kills, scrubbing and switches in one page with no errors and a bounded heap', async ({
  page,
}) => {
  test.setTimeout(MINUTES * 60_000 + 180_000);
  const random = prng(SEED);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  // A control that never appears fails the run within seconds, not at the end of the whole soak.
  page.setDefaultTimeout(20_000);
  const cdp = await page.context().newCDPSession(page);

  const started = Date.now();
  const deadline = started + MINUTES * 60_000;
  const samples: HeapSample[] = [];
  const counts = {
    lessons: 0,
    steps: 0,
    kills: 0,
    missed: 0,
    created: 0,
    deleted: 0,
    scrubs: 0,
    switches: 0,
  };
  const lessonsOpened: string[] = [];
  let nextSample = started;
  const sample = async () => {
    samples.push({ s: Math.round((Date.now() - started) / 1000), mb: await heapAfterGc(cdp) });
    console.log(`soak heap  t=${samples.at(-1)!.s}s  ${samples.at(-1)!.mb} MB after GC`);
  };
  const maybeSample = async () => {
    if (Date.now() < nextSample) return;
    nextSample += SAMPLE_EVERY_MS;
    await sample();
  };
  const speed20 = () => page.getByTestId('speed').selectOption('20');

  async function walkLesson() {
    await page.getByTestId('tab-lessons').click();
    if (await page.getByTestId('lesson-view').isVisible()) await page.getByTestId('lesson-menu').click();
    // The lessons panel is a lazy chunk: its menu can arrive a moment after the tab opens.
    await expect(page.locator('[data-testid^="lesson-open-"]').first()).toBeVisible();
    const ids = (await testIds(page, 'lesson-open-')).map((id) => id.slice('lesson-open-'.length));
    const id = pick(ids);
    expect(id, 'the lesson menu lists lessons').toBeTruthy();
    await page.getByTestId(`lesson-open-${id}`).click();
    const view = page.getByTestId('lesson-view');
    await expect(view).toHaveAttribute('data-lesson', id!);
    await speed20();
    counts.lessons += 1;
    lessonsOpened.push(id!);
    for (let step = 1; step <= 20; step++) {
      await expect(view).toHaveAttribute('data-step', String(step));
      const prediction = page.getByTestId('lesson-prediction');
      if (await prediction.isVisible()) {
        const choices = prediction.getByRole('radio');
        await choices.nth(Math.floor(random() * (await choices.count()))).check();
      }
      const act = page.getByTestId('lesson-act');
      if (await act.isVisible()) await act.click();
      // The result arrives once virtual time has run far enough (time may have been paused by a scrub).
      await expect(async () => {
        const play = page.getByTestId('lesson-play');
        if (await play.isVisible()) await play.click();
        await expect(page.getByTestId('lesson-result')).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 30_000 });
      counts.steps += 1;
      await maybeSample();
      const next = page.getByTestId('lesson-next');
      if (!(await next.isVisible())) break;
      await next.click();
    }
    await page.getByTestId('lesson-free-play').click();
    await expect(page.getByTestId('tab-status')).toHaveAttribute('aria-selected', 'true');
  }

  async function podNames(): Promise<string[]> {
    return (
      await page.$$eval('[data-testid="pod-canvas"] [data-testid^="pod-"]', (pods) =>
        pods.map((pod) => pod.getAttribute('data-testid')?.slice('pod-'.length) ?? ''),
      )
    ).filter(Boolean);
  }

  async function kill() {
    const id = pick(await testIds(page, 'kill-'));
    if (!id) return;
    if (await tryClick(page.getByTestId(id))) counts.kills += 1;
    else counts.missed += 1;
  }

  /** The keyboard way: select the next Pod (j), then kill its container (k) or its pause container (p). */
  async function killByShortcut() {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('j');
    await page.keyboard.press(random() < 0.5 ? 'k' : 'p');
    counts.kills += 1;
  }

  async function createOrDelete() {
    const pods = await podNames();
    if (pods.length > 1 && (pods.length >= 6 || random() < 0.5)) {
      // The form lists Pods only while one is selected (a ReplicaSet may have replaced the selected one):
      // select one the keyboard way first, as a teacher would click one.
      const podSelect = page.getByTestId('pod-select');
      if (!(await podSelect.isVisible())) {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('j');
      }
      try {
        // At 20× a Pod deleted earlier may vanish between reading the list and choosing it.
        await podSelect.selectOption(pick(pods)!, { timeout: 2_000 });
        await page.getByTestId('grace-select').selectOption(random() < 0.5 ? '0' : '5', { timeout: 2_000 });
        await page.getByTestId('action-delete').click({ timeout: 2_000 });
        counts.deleted += 1;
      } catch {
        counts.missed += 1;
      }
    } else {
      const presets = await page
        .getByTestId('preset-select')
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      await page.getByTestId('preset-select').selectOption(pick(presets)!);
      await page.getByTestId('create-pod').click();
      counts.created += 1;
    }
  }

  /** A click somewhere on the scrubber's track, as a teacher drags back to show what happened. */
  async function scrub() {
    const scrubber = page.getByTestId('scrubber');
    const box = await scrubber.boundingBox();
    if (!box) return;
    await scrubber.click({ position: { x: 4 + random() * (box.width - 8), y: box.height / 2 } });
    counts.scrubs += 1;
  }

  async function switchLanguageOrTheme() {
    const group = page.getByTestId(random() < 0.5 ? 'lang-switch' : 'theme-switch').getByRole('radio');
    await group.nth(Math.floor(random() * (await group.count()))).check();
    counts.switches += 1;
  }

  async function freePlay(until: number) {
    await speed20();
    while (Date.now() < until) {
      const r = random();
      if (r < 0.6) await kill();
      else if (r < 0.68) await killByShortcut();
      else if (r < 0.78) await createOrDelete();
      else if (r < 0.86) await scrub();
      else await switchLanguageOrTheme();
      await maybeSample();
      await page.waitForTimeout(150 + random() * 450);
    }
  }

  while (Date.now() < deadline) {
    await walkLesson();
    await freePlay(Math.min(deadline, Date.now() + FREE_PLAY_MS));
  }

  // Still responsive: in English, playing, killing a pause container gives its Pod a new IP.
  await page.getByTestId('lang-switch').getByRole('radio', { name: 'English' }).check();
  if ((await page.getByTestId('play-pause').getAttribute('aria-label')) === 'Play')
    await page.getByTestId('play-pause').click();
  await page.getByTestId('speed').selectOption('5');
  // A fresh Pod of the default preset (restartPolicy Always): the random play may have left only a finished
  // Job, whose pause is gone, or a Never Pod, which gets no new sandbox.
  const before = new Set(await podNames());
  await page.getByTestId('preset-select').selectOption('sidecar');
  await page.getByTestId('create-pod').click();
  let pod = '';
  await expect
    .poll(async () => (pod = (await podNames()).find((name) => !before.has(name)) ?? ''))
    .not.toBe('');
  const ipOf = () => page.getByTestId(`ip-${pod}`).getAttribute('data-ip');
  await expect(page.getByTestId(`kill-pause-${pod}`)).toBeVisible({ timeout: 30_000 });
  await expect.poll(ipOf, { timeout: 30_000 }).toMatch(/^10\.244\./);
  const oldIp = await ipOf();
  await page.getByTestId(`kill-pause-${pod}`).click();
  await expect
    .poll(
      async () => {
        const ip = await ipOf();
        return ip && ip !== oldIp ? 'new IP' : ip;
      },
      { timeout: 30_000 },
    )
    .toBe('new IP');

  await sample();
  const end = samples.at(-1)!.mb;
  // The first minute's level: its highest sample. The heap moves by ~1 MB with what is on screen (a lesson
  // scene with a ReplicaSet holds more than one Pod), so a single sample would make the ratio noisy.
  const firstMinute = samples.filter((s) => s.s <= 60);
  const afterMinute = { mb: Math.max(...(firstMinute.length ? firstMinute : samples).map((s) => s.mb)) };
  const peak = Math.max(...samples.map((s) => s.mb));
  const summary = {
    minutes: MINUTES,
    seed: SEED,
    heapStartMB: samples[0]!.mb,
    heapAfterFirstMinuteMB: afterMinute.mb,
    heapEndMB: end,
    heapPeakMB: peak,
    ratioEndToFirstMinute: Math.round((end / afterMinute.mb) * 100) / 100,
    consoleErrors: errors.length,
    ...counts,
    lessonsOpened,
  };
  console.log(`soak summary ${JSON.stringify(summary)}`);
  console.log(`soak samples ${JSON.stringify(samples)}`);
  await test.info().attach('soak.json', {
    body: JSON.stringify({ summary, samples, errors }, null, 2),
    contentType: 'application/json',
  });

  expect(errors).toEqual([]);
  expect(counts.lessons).toBeGreaterThan(0);
  expect(counts.kills).toBeGreaterThan(0);
  if (MINUTES >= RATIO_MIN_MINUTES) expect(end).toBeLessThanOrEqual(afterMinute.mb * HEAP_RATIO_LIMIT);
  else expect(end).toBeLessThanOrEqual(HEAP_CEILING_MB);
});
