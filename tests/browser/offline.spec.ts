import { expect, test, type Page } from '@playwright/test';
import { container, openApp } from './helpers';

/**
 * The network drops after the page loaded (a classroom's wifi): the lazily loaded parts fail to load.
 * Each failure is said where it happened, in the page's language, and the rest of the app keeps working.
 */
async function offlineFor(page: Page, ...chunks: string[]) {
  // Production chunk names: `assets/<Name>-<hash>.js`, and its stylesheet `.css` (Vite preloads that first).
  const pattern = new RegExp(`/assets/(${chunks.join('|')})-[\\w-]+\\.(js|css)$`);
  const aborted: string[] = [];
  await page.route(pattern, (route) => {
    aborted.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return aborted;
}

test('a panel that cannot load says so in its place; the canvas and the other panels keep working', async ({
  page,
}) => {
  const aborted = await offlineFor(page, 'FreePlayPanel', 'LessonPanel');
  await openApp(page);

  // Free play stays mounted (hidden) once opened: only the visible message counts.
  const failed = page.locator('[data-testid="load-failed"]:visible');
  await page.getByRole('tab', { name: 'Free play' }).click();
  await expect(failed).toHaveText(/did not load \(is the network down\?\)/);
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed.getByRole('button', { name: 'Reload' })).toBeVisible();
  expect(aborted.some((url) => url.includes('FreePlayPanel'))).toBe(true);

  // The rest of the page is still there and still works.
  await page.getByTestId('kill-web-app').click();
  await expect(container(page, 'web', 'app')).toHaveAttribute('data-restarts', '1');
  await page.getByRole('tab', { name: 'Pod status' }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByTestId('status-panel')).toContainText('web');

  // Another part fails on its own, and says so in Chinese after a language switch.
  await page.getByRole('tab', { name: 'Lessons' }).click();
  await expect(failed).toHaveText(/did not load/);
  await page.getByRole('radio', { name: '中文' }).check();
  await expect(failed).toHaveText(/没能加载（网络断了吗？）/);
  await expect(failed.getByRole('button', { name: '重新加载' })).toBeVisible();
});

test('an action whose code cannot load says so in a notice and changes nothing', async ({ page }) => {
  await offlineFor(page, 'shareActions', 'PresenterStrip');
  await openApp(page);

  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('notice')).toHaveText(/could not load what that needs/);
  await page.getByTestId('notice').getByRole('button', { name: 'Dismiss' }).click();

  await page.keyboard.press('f');
  await expect(page.getByTestId('notice')).toHaveText(/could not load what that needs/);
  // Still the full page, not a presenter mode without its strip.
  await expect(page.locator('.app')).not.toHaveClass(/presenter/);
  await expect(page.getByTestId('copy-link')).toBeVisible();
});

test('in presenter mode, Esc closes the shortcuts dialog’s "did not load" message first, then leaves', async ({
  page,
}) => {
  await offlineFor(page, 'ShortcutsDialog');
  await openApp(page);
  await page.keyboard.press('f');
  await expect(page.locator('.app')).toHaveClass(/presenter/);
  await page.keyboard.press('?');
  const failed = page.getByTestId('load-failed');
  await expect(failed).toHaveText(/did not load/);
  await page.keyboard.press('Escape');
  await expect(failed).toHaveCount(0);
  await expect(page.locator('.app')).toHaveClass(/presenter/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).not.toHaveClass(/presenter/);
});
