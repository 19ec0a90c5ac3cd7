import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

test('Copy link during a lesson shares the lesson at its step; after leaving it, the session', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?lang=en&lesson=kill-app&step=2');
  await expect(page.getByText('Step 2 of', { exact: false })).toBeVisible();
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('notice')).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const query = new URL(link).searchParams;
  expect(Object.fromEntries(query)).toEqual({ lang: 'en', lesson: 'kill-app', step: '2' });

  const other = await browser.newPage();
  const errors = watchErrors(other);
  await other.goto(link.replace(/^.*\?/, './?'));
  await expect(other.getByText('Step 2 of', { exact: false })).toBeVisible();
  await expect(other.getByTestId('notice')).toHaveCount(0);
  expect(errors).toEqual([]);

  // Left for free play, the link is the session itself again.
  await page.getByTestId('lesson-free-play').click();
  await page.getByTestId('copy-link').click();
  await expect
    .poll(async () =>
      new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.has('s'),
    )
    .toBe(true);
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.has('lesson')).toBe(
    false,
  );
});
