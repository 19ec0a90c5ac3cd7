import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

test('kubectl get pods -w in the terminal: a row per change until Ctrl+C', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByTestId('tab-freeplay').click();
  const input = page.getByTestId('terminal-input');
  await input.fill('kubectl get pods -w');
  await input.press('Enter');
  const entry = page.getByTestId('terminal-entry').last();
  const output = entry.locator('.fp-output');
  await expect(output).toHaveText(
    /^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nweb\s+2\/2\s+Running\s+0\s+\d+s$/,
  );
  await expect(page.getByTestId('terminal-stop-watch')).toBeVisible();

  // Killing pause from the canvas: the watch prints the Pod's way back to Running, restarts counted.
  await page.getByTestId('kill-pause-web').click();
  await expect(output).toContainText(/web\s+\d\/2\s+Running\s+2 \(\d+s ago\)/, { timeout: 20_000 });
  const rows = (await output.textContent())?.split('\n') ?? [];
  expect(rows.length).toBeGreaterThan(2);

  // Ctrl+C in the input stops it: ^C, no stop button, and later changes print nothing.
  await input.press('Control+c');
  await expect(output).toHaveText(/\n\^C$/);
  await expect(page.getByTestId('terminal-stop-watch')).toHaveCount(0);
  const stopped = await output.textContent();
  await page.getByTestId('kill-web-app').click();
  await page.waitForTimeout(1_500);
  expect(await output.textContent()).toBe(stopped);
  expect(errors).toEqual([]);
});
