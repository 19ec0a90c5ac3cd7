import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openApp } from './helpers';

test('the shell loads, switches language and theme, and has no axe violations', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'PodScope' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Pod canvas' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Status panel' })).toBeVisible();

  // Language: the radio group switches every string and the document language.
  await page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: '中文' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('main', { name: 'Pod 画布' })).toBeVisible();

  // Theme: dark puts the class on <html> and changes the page background.
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.getByRole('group', { name: '主题' }).getByRole('radio', { name: '深色' }).check();
  await expect(page.locator('html')).toHaveClass(/dark/);
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);

  // Preferences survive a reload (localStorage).
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).toHaveClass(/dark/);

  for (const theme of ['深色', '浅色']) {
    await page.getByRole('group', { name: '主题' }).getByRole('radio', { name: theme }).check();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
  expect(errors).toEqual([]);
});

test('the Pod table marks a cut IP column with a faded edge on a laptop, and none where it fits', async ({
  page,
}) => {
  for (const [width, cut] of [
    [1280, true],
    [1920, false],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    await page.getByRole('tab', { name: 'Pod status' }).click();
    const table = page.locator('.scroll-table', { has: page.getByTestId('pod-table') });
    await expect(table.getByTestId('pod-table')).toContainText('10.244.1.2');
    const region = table.getByRole('region');
    const hidden = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(hidden, `${width} px`).toBe(cut);
    await expect(table.locator('.scroll-more')).toHaveCount(cut ? 1 : 0);
  }
});

test('presenter mode by keyboard: focus follows the mode, and Esc in the shortcuts dialog closes only the dialog', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByTestId('presenter').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('exit-presenter')).toBeVisible();
  // The button pressed is gone with the header: focus is on the drawing, not lost to <body>.
  await expect(page.locator('#canvas')).toBeFocused();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('exit-presenter')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('exit-presenter')).toHaveCount(0);
  await expect(page.getByTestId('presenter')).toBeFocused();
});
