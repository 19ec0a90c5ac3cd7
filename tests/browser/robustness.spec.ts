import { expect, test } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { openApp, watchErrors } from './helpers';

/** A shared-state link (the same encoding as src/embed/shareState.ts) that creates these Pods at time 0. */
function linkCreating(manifests: object[]): string {
  const json = JSON.stringify({
    v: 1,
    scenario: 'empty',
    seed: 1,
    at: 8_000,
    log: manifests.map((manifest) => [0, { type: 'createPod', manifest }]),
  });
  return `./?lang=en&s=${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
}

test('user-provided strings are shown as text everywhere, never run as HTML', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const errors = watchErrors(page);
  await page.goto(
    linkCreating([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'evil', labels: { app: 'evil' }, annotations: { note: hostile } },
        spec: {
          containers: [
            { name: 'app', image: hostile, command: ['sh', '-c', `echo "${hostile}"; sleep 3600`] },
          ],
        },
      },
    ]),
  );
  await expect(page.getByTestId('pod-evil')).toBeVisible();
  await expect(page.getByTestId('container-evil-app')).toContainText(hostile);
  expect(await page.locator('img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('prefers-reduced-motion: no animation or transition runs, the same information shows', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  await page.getByTestId('kill-pause-web').click();
  await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');
  const moving = await page.evaluate(
    () =>
      document.getAnimations().filter((a) => {
        const timing = a.effect?.getComputedTiming();
        return typeof timing?.duration === 'number' && timing.duration > 1;
      }).length,
  );
  expect(moving).toBe(0);
  await expect(page.locator('.ip-old')).toBeVisible(); // the old IP is still shown, struck through
});
