import { expect, test } from '@playwright/test';
import { container, expectNoAxeViolations, openApp, watchErrors } from './helpers';

test.describe('shareable state', () => {
  test('a link made after a sequence of kills reopens to the same IPs, restart counts and events', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await page.getByTestId('kill-web-app').click();
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-restarts', '1');
    await page.getByTestId('kill-pause-web').click();
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');
    // (app crashed seconds ago, so its start in the new sandbox may wait out a CrashLoopBackOff.)
    await expect(container(page, 'web', 'log-shipper')).toHaveAttribute('data-restarts', '1');
    await page.getByTestId('play-pause').click(); // pause so the copied moment is the compared one

    await page.getByTestId('copy-link').click();
    await expect(page.getByTestId('notice')).toContainText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.length).toBeLessThan(2_000);
    const ip = await page.getByTestId('ip-web').getAttribute('data-ip');
    const restarts = await page
      .locator('[data-testid^="container-web-"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-restarts')));
    const events = await page.locator('[data-testid="pod-events"] tbody tr').allTextContents();

    const other = await browser.newPage();
    const errors = watchErrors(other);
    await other.goto(link.replace(/^.*\?/, './?') + '&autoplay=0');
    await expect(other.getByTestId('ip-web')).toHaveAttribute('data-ip', ip!);
    const otherRestarts = await other
      .locator('[data-testid^="container-web-"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-restarts')));
    expect(otherRestarts).toEqual(restarts);
    await expect(other.locator('[data-testid="pod-events"] tbody tr')).toHaveText(events);
    await expect(other.getByTestId('notice')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a tampered link opens the default state with a specific message; unknown parameters are named', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('./?s=AbCdEfGh_broken&colour=purple&lang=en');
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText("This link's saved state could not be opened");
    await expect(notice).toContainText('truncated or corrupted');
    await expect(notice).toContainText('Unknown URL parameter "colour" ignored');
    await expect(page.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
    // The notice is kept as a message, not as text: it follows a switch of language.
    await page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: '中文' }).check();
    await expect(notice).toContainText('这个链接保存的状态无法打开');
    await expect(notice).toContainText('已忽略未知的 URL 参数 "colour"');
    expect(errors).toEqual([]);
  });

  test('a link that asks for a far-off time is refused at once instead of freezing the tab', async ({
    page,
  }) => {
    await page.goto('./?t=99999999999999&lang=en');
    await expect(page.getByTestId('notice')).toContainText('URL parameter t="99999999999999" is not valid');
    await expect(page.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
  });

  test('export and import the state as a JSON file; a corrupted file changes nothing', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('kill-pause-web').click();
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-json').click(),
    ]);
    const json = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString());
    expect(JSON.parse(json)).toMatchObject({
      v: 1,
      scenario: 'sidecar',
      log: [[expect.any(Number), { type: 'killSandbox' }]],
    });

    await page.getByTestId('reset').click();
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '0');
    await page
      .getByTestId('import-json')
      .setInputFiles({ name: 's.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect(page.getByTestId('notice')).toContainText('State imported: 1 action replayed.');
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');

    await page
      .getByTestId('import-json')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"v":1,"scen') });
    await expect(page.getByTestId('notice')).toContainText('Import failed');
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');

    // Valid JSON that is not a PodScope state at all: said so, not reported as a wrong version.
    await page.getByTestId('import-json').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"not":"podscope"}'),
    });
    await expect(page.getByTestId('notice').locator('span')).toHaveText(
      'Import failed: this is not a PodScope saved state. Nothing was changed.',
    );
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');

    // A well-formed file with an action the engine refuses: the session it would replace stays as it was.
    const refused = JSON.stringify({
      v: 1,
      scenario: 'sidecar',
      seed: 1,
      at: 20_000,
      log: [[5_000, { type: 'killContainer', pod: 'web', container: 'nope' }]],
    });
    await page
      .getByTestId('import-json')
      .setInputFiles({ name: 'refused.json', mimeType: 'application/json', buffer: Buffer.from(refused) });
    await expect(page.getByTestId('notice')).toContainText('Import failed');
    await expect(page.getByTestId('notice')).toContainText('"nope"');
    await expect(page.getByTestId('notice')).toContainText('Nothing was changed');
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');
  });

  test('the picture exports as a standalone SVG without buttons', async ({ page }) => {
    await openApp(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-svg').click(),
    ]);
    const svg = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString());
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('net:[');
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toContain('class=');
  });

  test('the picture exports as a PNG under the served Content-Security-Policy', async ({ page }) => {
    const errors = watchErrors(page);
    const csp: string[] = [];
    page.on('response', (response) => {
      const header = response.headers()['content-security-policy'];
      if (header) csp.push(header);
    });
    await openApp(page, { lang: 'zh-CN' });
    expect(csp.length).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page.getByTestId('export-png').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await expect(page.getByTestId('notice')).toContainText('图片已保存为 PNG');
    expect(errors).toEqual([]);
  });

  test("under a policy without blob: images, the PNG export says why in the reader's language", async ({
    page,
  }) => {
    // A host that serves a stricter policy than README "Serving": the page's document gets no img-src.
    await page.route(
      (url) => url.pathname.endsWith('/'),
      async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self'";
        await route.fulfill({ response, headers });
      },
    );
    await openApp(page, { lang: 'zh-CN' });
    await page.getByTestId('export-png').click();
    await expect(page.getByTestId('notice').locator('span')).toHaveText(
      '无法导出图片：图片无法绘制（可能被本页的安全策略阻止）',
    );
  });
});

test.describe('presenter mode and shortcuts', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    test(`presenter mode at 1280×720 (${lang})`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await openApp(page, { lang });
      await page.keyboard.press('f');
      await expect(page.getByTestId('exit-presenter')).toBeVisible();
      await expect(page.getByRole('banner')).toHaveCount(0);
      await page.keyboard.press('p'); // kill the pause container of the selected Pod
      await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');
      await expect(page.getByTestId('presenter-line')).toContainText(lang === 'en' ? 'restarted' : '已重启');
      await page.keyboard.press('n');
      const path = testInfo.outputPath(`presenter-1280x720-${lang}.png`);
      await page.screenshot({ path });
      await testInfo.attach(`presenter-${lang}`, { path, contentType: 'image/png' });
      // The back row: the Pod name and the IP are drawn at least 24 px tall on screen.
      const nameHeight = await page
        .locator('[data-testid="pod-web"] .pod-name')
        .evaluate((n) => n.getBoundingClientRect().height);
      expect(nameHeight).toBeGreaterThanOrEqual(24);
      await expectNoAxeViolations(page);
      await page.getByTestId('exit-presenter').click();
      await expect(page.getByRole('banner')).toBeVisible();
    });
  }

  test('presenter mode on a 5:4 projector draws the Pod in the orientation that fits it larger', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 1024 });
    await openApp(page);
    const canvas = page.getByTestId('pod-canvas');
    await page.keyboard.press('f');
    await expect(page.getByTestId('exit-presenter')).toBeVisible();
    const frame = (await page.locator('.canvas-frame').boundingBox())!;
    const drawn = (await canvas.boundingBox())!;
    // Whichever orientation it chose, the other would have drawn the Node smaller in this frame.
    const other = Number(await canvas.getAttribute('data-width')) === 1046 ? [828, 660] : [1046, 572];
    const otherScale = Math.min(frame.width / other[0]!, frame.height / other[1]!);
    expect(drawn.width / Number(await canvas.getAttribute('data-width'))).toBeGreaterThanOrEqual(otherScale);
  });

  test('presenter mode on a wall: the lesson reads in proportion (title ≥ text, hints ≥ 0.8 of it)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?presenter=1&lesson=kill-pause');
    await expect(page.getByTestId('lesson-prediction')).toBeVisible();
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const text = await size('.lesson-look');
    expect(text).toBeGreaterThanOrEqual(20);
    expect(await size('.lesson-step-title')).toBeGreaterThanOrEqual(text);
    for (const small of ['.lesson-step-count', '.lesson-hint'])
      expect(await size(small), small).toBeGreaterThanOrEqual(0.8 * text);
    // A column that holds ~40 characters a line, not 26rem on a 1920 px wall.
    expect((await page.locator('.presenter-aside').boundingBox())!.width).toBeGreaterThan(520);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    test(`presenter mode with a two-Pod lesson on a 1024×768 projector draws full Pods (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(`./?presenter=1&lesson=kill-app&lang=${lang}`);
      await expect(page.getByTestId('lesson-prediction')).toBeVisible();
      // At 26rem the lesson left the drawing room for compact Pods only, without their namespace rings.
      await expect(page.locator('.pod')).toHaveCount(2);
      await expect(page.locator('.pod.compact')).toHaveCount(0);
      // Full Pods drawn no smaller than presenter mode's threshold for them (PROJECTED_COMPACT_BELOW).
      const canvas = page.getByTestId('pod-canvas');
      const scale = (await canvas.boundingBox())!.width / Number(await canvas.getAttribute('data-width'));
      expect(scale).toBeGreaterThanOrEqual(0.6);
      await expectNoAxeViolations(page);
    });
  }

  test('presenter mode at 1024×768: Previous and Next stay on screen below a long step, before and after acting', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('./?presenter=1&lesson=kill-app&step=2&lang=en');
    await expect(page.getByTestId('lesson-prediction')).toBeVisible();
    await expect(page.getByTestId('lesson-next')).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('lesson-prev')).toBeInViewport({ ratio: 1 });
    await page.getByTestId('lesson-prediction').getByRole('radio').nth(1).check();
    await page.getByTestId('lesson-act').click();
    await expect(page.getByTestId('lesson-result')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('lesson-next')).toBeInViewport({ ratio: 1 });
    // Not hiding the step: scrolled to its end, the result sits above the buttons.
    await page.locator('.side-panel-scroll, .presenter-aside').evaluateAll((boxes) => {
      for (const box of boxes) box.scrollTop = box.scrollHeight;
    });
    const result = (await page.getByTestId('lesson-result').boundingBox())!;
    const nav = (await page.locator('.lesson-nav:not(.secondary)').boundingBox())!;
    expect(result.y + result.height).toBeLessThanOrEqual(nav.y + 1);
  });

  test('presenter mode at 1024×768: the narration wrapping after a kill does not swap in compact Pods', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('./?presenter=1&lesson=kill-pause&lang=en');
    await expect(page.locator('.pod')).toHaveCount(2);
    await expect(page.locator('.pod.compact')).toHaveCount(0);
    const strip = page.locator('.presenter-strip');
    const before = (await strip.boundingBox())!.height;
    await page.keyboard.press('p');
    await expect(page.getByTestId('presenter-line')).toContainText('Pod IP of web');
    // The line now takes two lines, so the drawing's frame is shorter: the Pods stay full.
    expect((await strip.boundingBox())!.height).toBeGreaterThan(before);
    await page.waitForTimeout(500);
    await expect(page.locator('.pod.compact')).toHaveCount(0);
  });

  for (const [width, height] of [
    [800, 600],
    [600, 800],
    [1024, 768],
  ] as const) {
    test(`presenter mode with a lesson on a ${width}×${height} projector fits one screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('./?presenter=1&lesson=kill-app');
      await expect(page.getByTestId('exit-presenter')).toBeVisible();
      await expect(page.getByTestId('lesson-prediction')).toBeVisible();
      // Nothing scrolls sideways and the whole Node is inside its frame (it used to be 640 px wide and scroll).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const frame = (await page.locator('.canvas-frame').boundingBox())!;
      const drawn = (await page.getByTestId('pod-canvas').boundingBox())!;
      expect(drawn.x).toBeGreaterThanOrEqual(frame.x - 0.5);
      expect(drawn.y).toBeGreaterThanOrEqual(frame.y - 0.5);
      expect(drawn.x + drawn.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      expect(drawn.y + drawn.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
      // The exit button and the question stay on screen; the question is drawn inside its box, under the border.
      const exit = (await page.getByTestId('exit-presenter').boundingBox())!;
      expect(exit.y + exit.height).toBeLessThanOrEqual(height);
      const box = (await page.getByTestId('lesson-prediction').boundingBox())!;
      const question = (await page.locator('.lesson-question').boundingBox())!;
      expect(question.y).toBeGreaterThan(box.y);
      await expectNoAxeViolations(page);
    });
  }

  test('? lists the shortcuts; keys drive the simulation but not while typing', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    // Every key the README lists, the presenter's lesson-step keys and Esc included.
    for (const key of [
      'Space',
      '.',
      'k',
      'p',
      'Delete',
      'n',
      'j',
      '+',
      '-',
      'r',
      'f',
      'l',
      'PageDown',
      'PageUp',
      '→',
      '←',
      '?',
    ])
      await expect(dialog.locator('kbd', { hasText: key }).first()).toBeVisible();
    await expect(dialog).toContainText('Esc');
    // Centred in the window (a reset stylesheet that zeroes margins pins a modal to the top-left corner).
    const box = (await dialog.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThan(2);
    expect(Math.abs(box.y + box.height / 2 - viewport.height / 2)).toBeLessThan(2);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('n');
    await expect(page.getByTestId('ns-net')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('exit-code').focus();
    await page.keyboard.press('k');
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-restarts', '0');
    await page.keyboard.press('Tab'); // out of the field: k kills the selected container (app)
    await page.keyboard.press('k');
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-restarts', '1');
    await expect(container(page, 'web', 'log-shipper')).toHaveAttribute('data-restarts', '0');
  });
});
