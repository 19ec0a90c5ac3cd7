import { expect, test, type Page } from '@playwright/test';
import { container, expectNoAxeViolations, openApp, tabTo, watchErrors } from './helpers';

const PROGRESS_KEY = 'podscope.lessons.v1';

/** Opens the Lessons tab from the keyboard: Tab to the tab list, then the arrow key (WAI-ARIA tabs). */
async function openLessonsTab(page: Page) {
  await tabTo(page, 'tab-status');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('tab-lessons')).toHaveAttribute('aria-selected', 'true');
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

test.describe('lessons', () => {
  test('a whole lesson (kill-pause) with the keyboard only, in Chinese', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, { lang: 'zh-CN' });
    await openLessonsTab(page);
    await tabTo(page, 'lesson-open-kill-pause');
    await page.keyboard.press('Enter');
    const view = page.getByTestId('lesson-view');
    await expect(view).toHaveAttribute('data-step', '1');
    // Focus moves to the step's heading, so the learner reads on from the top.
    expect(await focusedTestId(page)).toBe('lesson-step-title');
    await expect(page.getByTestId('lesson-step-title')).toHaveText('杀掉 pause');
    const oldIp = await page.getByTestId('ip-web').getAttribute('data-ip');

    // Step 1: guess (Tab into the radio group, Space picks the first choice: "会变"), then act.
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('lesson-choice-changes');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('lesson-choice-changes')).toBeChecked();
    await tabTo(page, 'lesson-act');
    await expect(page.getByTestId('lesson-act')).toHaveText('杀掉 pause');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lesson-result')).toBeVisible();
    await expect(page.getByTestId('lesson-feedback')).toContainText('猜对了！你的猜测：会变。');
    const newIp = await page.getByTestId('ip-web').getAttribute('data-ip');
    expect(newIp).not.toBe(oldIp);
    await expect(page.getByTestId('lesson-explain')).toContainText(`${oldIp} → ${newIp}`);
    await expect(page.getByTestId('lesson-explain')).toContainText('SandboxChanged');
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-restarts', '1');

    // Step 2: no action — answering reveals what the canvas already shows.
    await tabTo(page, 'lesson-next');
    await page.keyboard.press('Enter');
    await expect(view).toHaveAttribute('data-step', '2');
    expect(await focusedTestId(page)).toBe('lesson-step-title');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('lesson-explain')).toContainText('UID');
    await tabTo(page, 'lesson-detail'); // "深入一点……"
    await page.keyboard.press('Enter');
    await expect(page.locator('.lesson-detail')).toHaveAttribute('open', '');

    // Step 3: arrow keys move within the radio group; the canvas shows batch end as Failed.
    await tabTo(page, 'lesson-next');
    await page.keyboard.press('Enter');
    await expect(view).toHaveAttribute('data-step', '3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('lesson-choice-ends')).toBeChecked();
    await tabTo(page, 'lesson-act');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lesson-explain')).toContainText('Failed');
    await expect(page.getByTestId('lesson-complete')).toHaveText(/本课完成/);
    await expect(page.getByTestId('pod-batch')).toHaveAttribute('data-status', 'Error');

    // Progress was saved; back in the menu the lesson shows as completed.
    const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(JSON.parse(stored!)).toMatchObject({ v: 1, done: { 'kill-pause': [0, 1, 2] } });
    await tabTo(page, 'lesson-menu');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lesson-card-kill-pause')).toContainText('已学完');
    expect(errors).toEqual([]);
  });

  test('presenter mode: arrows step the lesson, but move within a focused radio group; l switches language', async ({
    page,
  }) => {
    await page.goto('./?presenter=1&lesson=kill-pause');
    const step = page.getByTestId('lesson-view');
    await expect(step).toHaveAttribute('data-step', '1');
    // Focus on the guess: ArrowDown and ArrowRight pick the next choice, the step stays.
    const choices = page.getByTestId('lesson-prediction').getByRole('radio');
    await choices.first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(choices.nth(1)).toBeChecked();
    await expect(step).toHaveAttribute('data-step', '1');
    // Elsewhere (a clicker, or the page itself focused), → and PageDown are the next step.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    await expect(step).toHaveAttribute('data-step', '2');
    await page.keyboard.press('PageUp');
    await expect(step).toHaveAttribute('data-step', '1');
    // l switches the language without leaving presenter mode (which hides the switch).
    await page.keyboard.press('l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('exit-presenter')).toBeVisible();
    await expect(step).toHaveAttribute('data-step', '1');
    await page.keyboard.press('l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the canvas’s own control counts as the step’s action', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('tab-lessons').click();
    await page.getByTestId('lesson-open-kill-app').click();
    await page.getByTestId('lesson-choice-same-ip').check();
    await page.getByTestId('kill-web-app').click();
    await expect(page.getByTestId('lesson-feedback')).toContainText('Right!');
    await expect(page.getByTestId('lesson-explain')).toContainText('137');
  });

  test('on a phone, the step’s button brings the drawing into view to watch the change', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page);
    await page.getByTestId('tab-lessons').click();
    await page.getByTestId('lesson-open-kill-app').click();
    await page.getByTestId('lesson-choice-same-ip').check();
    const inView = () =>
      page.evaluate(() => {
        const box = document.getElementById('canvas')!.getBoundingClientRect();
        // Its top on screen: the Pods and the narration under it are what the learner watches.
        return box.top > -100 && box.top < innerHeight / 2;
      });
    await page.getByTestId('lesson-act').scrollIntoViewIfNeeded();
    expect(await inView()).toBe(false);
    await page.getByTestId('lesson-act').click();
    await expect.poll(inView).toBe(true);
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-restarts', '1');
  });

  test('progress survives a reload; garbage in storage is ignored', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(
          key,
          '{"v":1,"done":{"kill-pause":[0,1,2],"kill-app":"lots"},"last":{"lesson":"x"}}',
        );
        sessionStorage.setItem('seeded', '1');
      }
    }, PROGRESS_KEY);
    await openApp(page);
    await page.getByTestId('tab-lessons').click();
    await expect(page.getByTestId('lesson-card-kill-pause')).toContainText('Completed');
    await expect(page.getByTestId('lesson-card-kill-app')).toContainText('0 of 3 steps done');
    await page.evaluate((key) => localStorage.setItem(key, 'not json at all'), PROGRESS_KEY);
    await page.reload();
    await expect(page.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
    await page.getByTestId('tab-lessons').click();
    await expect(page.getByTestId('lesson-card-kill-pause')).toContainText('0 of 3 steps done');
  });

  test('lessons still work when storage throws (a sandboxed iframe)', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The document is sandboxed', 'SecurityError');
        },
      });
    });
    await openApp(page);
    await page.getByTestId('tab-lessons').click();
    await page.getByTestId('lesson-open-shared-namespaces').click();
    await page.getByTestId('ns-net').click();
    await expect(page.getByTestId('lesson-explain')).toContainText('net:[');
    expect(errors).toEqual([]);
  });

  // axe reads a still page: the clock is paused first, so the narration and canvas stop changing under it.
  for (const lang of ['en', 'zh-CN'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`axe: the lesson menu (${lang}, ${theme})`, async ({ page }) => {
        await openApp(page, { lang, theme });
        await page.getByTestId('play-pause').click();
        await page.getByTestId('tab-lessons').click();
        await expect(page.getByTestId('lesson-menu-list')).toBeVisible();
        await expectNoAxeViolations(page);
      });

      test(`axe: a step with its guess, result and “In more detail…” (${lang}, ${theme})`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await openApp(page, { lang, theme });
        await page.getByTestId('tab-lessons').click();
        await page.getByTestId('lesson-open-kill-app').click();
        await page.getByTestId('lesson-choice-new-ip').check();
        await page.getByTestId('lesson-act').click();
        await expect(page.getByTestId('lesson-result')).toBeVisible();
        await page.getByTestId('lesson-next').click();
        await page.getByTestId('lesson-act').click();
        await expect(page.getByTestId('lesson-result')).toBeVisible();
        await page.getByTestId('play-pause').click();
        await page.getByTestId('lesson-detail').click();
        await expect(page.locator('.lesson-detail')).toHaveAttribute('open', '');
        await expectNoAxeViolations(page);
      });
    }
  }
});

test.describe('lesson screenshots (test artifacts)', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    for (const id of ['kill-pause', 'own-namespaces'] as const) {
      test(`${id} ${lang}`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width: 1280, height: 1000 });
        await openApp(page, { lang });
        await page.getByTestId('tab-lessons').click();
        await page.getByTestId(`lesson-open-${id}`).click();
        await page.getByTestId('lesson-prediction').getByRole('radio').first().check();
        await page.getByTestId('lesson-act').click();
        await expect(page.getByTestId('lesson-result')).toBeVisible();
        const path = testInfo.outputPath(`lesson-${id}-${lang}.png`);
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`lesson-${id}-${lang}`, { path, contentType: 'image/png' });
      });
    }
  }
});
