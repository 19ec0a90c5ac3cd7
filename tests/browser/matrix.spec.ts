import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openApp, tabTo, watchErrors } from './helpers';

const CAPTION = {
  en: 'Namespaces of web: which ids the containers share',
  'zh-CN': 'web 的命名空间：哪些容器共享同一个 id',
};

/** The table view's cell of one row (pause, app, …) and namespace kind. */
const cellOf = (page: Page, row: string, kind: string) =>
  page.locator(`[data-testid="ns-matrix-table"] tr[data-container="${row}"] td[data-ns="${kind}"]`);

async function openTable(page: Page) {
  await page.getByTestId('ns-table-toggle').click();
  await expect(page.getByTestId('ns-matrix-table')).toBeVisible();
}

test.describe('the namespace table view (a text alternative to the picture)', () => {
  for (const lang of ['en', 'zh-CN'] as const)
    test(`opened at 1440×900, it leaves the whole drawing in its frame (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openApp(page, { lang });
      await openTable(page);
      // The toggle sits in the legend's row of buttons: a line of its own under them cut the Node's foot off.
      const frame = (await page.locator('.canvas-frame').boundingBox())!;
      const drawn = (await page.getByTestId('pod-canvas').boundingBox())!;
      expect(drawn.y + drawn.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    });

  test('opens from the keyboard and reads as a table: kinds across, pause first', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    const toggle = page.getByTestId('ns-table-toggle');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await tabTo(page, 'ns-table-toggle');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    const table = page.getByRole('table', { name: CAPTION.en });
    await expect(table).toBeVisible();
    const controlled = await toggle.getAttribute('aria-controls');
    await expect(page.locator(`[id="${controlled}"]`)).toContainText(CAPTION.en);
    await expect(table.getByRole('columnheader')).toHaveText([
      'Container',
      'Network',
      'IPC',
      'UTS (hostname)',
      'PID',
      'Mount',
      'User',
      'cgroup',
    ]);
    await expect(table.getByRole('rowheader')).toHaveText([/^pause/, /^app/, /^log-shipper.*sidecar/]);
    await expect(table.getByRole('cell').first()).toContainText(/\d{10}/);
    await expect(cellOf(page, 'app', 'net')).toContainText('same as pause');
    await expect(cellOf(page, 'app', 'pid')).toContainText('no one (own)');

    // The scrolling region after the toggle is the next Tab stop, so the keyboard can scroll it too.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('region', { name: CAPTION.en })).toBeFocused();

    await toggle.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(table).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('killing the pause container (p) gives the table a new net id, shared again by every container', async ({
    page,
  }) => {
    await openApp(page);
    await openTable(page);
    const before = (await cellOf(page, 'pause', 'net').getAttribute('data-ns-id'))!;
    await expect(cellOf(page, 'app', 'net')).toHaveAttribute('data-ns-id', before);

    await page.getByTestId('ns-table-toggle').focus();
    await page.keyboard.press('p');

    await expect(cellOf(page, 'pause', 'net')).not.toHaveAttribute('data-ns-id', before);
    const after = (await cellOf(page, 'pause', 'net').getAttribute('data-ns-id'))!;
    expect(after).toMatch(/^\d{10}$/);
    await expect(page.getByRole('rowheader').first()).toContainText('sandbox #1');
    await expect(cellOf(page, 'app', 'net')).toHaveAttribute('data-ns-id', after, { timeout: 20_000 });
    await expect(cellOf(page, 'log-shipper', 'net')).toHaveAttribute('data-ns-id', after);
  });

  test('on a 360 px phone the table scrolls sideways instead of widening the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openApp(page);
    await openTable(page);
    const region = page.getByRole('region', { name: CAPTION.en });
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // A faded right edge says more columns are hidden there, until the table is scrolled to its end.
    const table = page.locator('.scroll-table', { has: region });
    await expect(table.locator('.scroll-more')).toBeVisible();
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await expect(table.locator('.scroll-more')).toHaveCount(0);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`axe finds no violations with the table open (${lang}, ${theme})`, async ({ page }) => {
        await openApp(page, { lang, theme });
        await page.getByTestId('ns-pid').click(); // a highlighted column too
        await openTable(page);
        await expect(page.getByRole('table', { name: CAPTION[lang] })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  }
});
