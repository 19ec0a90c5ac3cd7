import { expect, test } from '@playwright/test';
import { container, expectNoAxeViolations, openApp, tabTo, watchErrors } from './helpers';

test.describe('the Pod canvas', () => {
  test('first load shows the example Pod running: pause at the centre, app and sidecar sharing an emptyDir', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '0');
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-state', 'running');
    await expect(container(page, 'web', 'log-shipper')).toHaveAttribute('data-state', 'running');
    await expect(container(page, 'web', 'log-shipper')).toContainText('sidecar');
    await expect(page.getByTestId('volume-web-logs')).toContainText('emptyDir');
    await expect(page.getByTestId('ip-web')).toHaveAttribute('data-ip', /^10\.244\.1\.\d+$/);
    expect(errors).toEqual([]);
  });

  for (const [width, height, lang] of [
    [1280, 720, 'en'],
    [1024, 768, 'en'],
    [1024, 768, 'zh-CN'],
    [390, 844, 'zh-CN'],
  ] as const) {
    test(`the Node's podCIDR, IP and net id stay clear of its IP pool (${width}×${height}, ${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await openApp(page, { lang });
      const meta = await page.locator('.node-meta').boundingBox();
      const pool = await page.getByTestId('ip-pool').boundingBox();
      expect(meta!.x + meta!.width).toBeLessThan(pool!.x);
    });
  }

  test('every card line is clear of the next and of the namespace chips, in a sidecar card (one line more) too', async ({
    page,
  }) => {
    await openApp(page, { lang: 'zh-CN' });
    for (const name of ['app', 'log-shipper']) {
      const card = container(page, 'web', name);
      const state = (await card.locator('.container-state').boundingBox())!;
      const restarts = (await card.locator('.container-restarts').boundingBox())!;
      // The state line (14 px, CJK) ran into the restarts line under it in the sidecar card.
      expect(state.y + state.height, name).toBeLessThanOrEqual(restarts.y);
      const firstChip = (await card.locator('.ns-chip rect').first().boundingBox())!;
      const joined = (await card.locator('.joined-row').boundingBox())!;
      const box = (await card.locator('.container-box').boundingBox())!;
      // The chip (drawn over it) leaves the restarts line's glyphs alone: its top is below the line's middle.
      expect(restarts.y + restarts.height / 2, name).toBeLessThan(firstChip.y);
      expect(joined.y + joined.height, name).toBeLessThanOrEqual(box.y + box.height);
    }
  });

  for (const lang of ['en', 'zh-CN'] as const)
    test(`long card lines (a backed-off crash, its countdown) stay inside the card (${lang})`, async ({
      page,
    }) => {
      await openApp(page, { lang });
      const app = container(page, 'web', 'app');
      await page.getByTestId('kill-web-app').click();
      await expect(app).toHaveAttribute('data-restarts', '1');
      await expect(app).toHaveAttribute('data-state', 'running');
      await page.getByTestId('kill-web-app').click();
      // The kubelet backs off: the card counts down while STATUS still says Error (exit 137).
      await expect(app.locator('.container-restarts')).toContainText(lang === 'en' ? 'retry in' : '秒后重试');
      await page.getByTestId('play-pause').click(); // hold the back-off on screen
      await expect(app).toHaveAttribute('data-state', 'terminated');
      await expect(app.locator('.container-state')).toContainText('137');
      const box = (await app.locator('.container-box').boundingBox())!;
      for (const line of ['.container-state', '.container-restarts', '.joined-row']) {
        const text = (await app.locator(line).boundingBox())!;
        expect(text.x + text.width, line).toBeLessThanOrEqual(box.x + box.width - 4);
      }
    });

  test('killing the app container restarts it with the same IP; the sidecar is untouched', async ({
    page,
  }) => {
    await openApp(page);
    const ip = await page.getByTestId('ip-web').getAttribute('data-ip');
    await page.getByTestId('kill-web-app').click();
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-restarts', '1');
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-state', 'running');
    await expect(page.getByTestId('ip-web')).toHaveAttribute('data-ip', ip!);
    await expect(container(page, 'web', 'log-shipper')).toHaveAttribute('data-restarts', '0');
    await expect(page.getByTestId('live-narration')).toContainText('app');
  });

  test('killing the pause container re-creates the sandbox: new IP, every container restarts', async ({
    page,
  }) => {
    await openApp(page);
    const ip = await page.getByTestId('ip-web').getAttribute('data-ip');
    await page.getByTestId('kill-pause-web').click();
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');
    await expect(page.getByTestId('ip-web')).not.toHaveAttribute('data-ip', ip!);
    await expect(page.getByTestId('ip-web')).toHaveAttribute('data-ip', /^10\.244\.1\.\d+$/);
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-restarts', '1');
    await expect(container(page, 'web', 'log-shipper')).toHaveAttribute('data-restarts', '1');
    await expect(page.getByText('SandboxChanged').first()).toBeVisible();
  });

  test("?scenario=shared-pid: the captions say every container joined pause's PID namespace too", async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('./?scenario=shared-pid&lang=en');
    await expect(page.getByTestId('pod-shared-pid')).toHaveAttribute('data-status', 'Running');
    await expect(page.getByTestId('pause-shared-pid').locator('.pause-holds')).toHaveText(
      'holds net · ipc · uts · pid',
    );
    for (const name of ['app', 'debug'])
      await expect(container(page, 'shared-pid', name).locator('.joined-row')).toHaveText(
        'joined pause: net · ipc · uts · pid',
      );
    // So does the legend: PID is shared in this Pod.
    await expect(page.getByTestId('ns-pid').locator('.ns-scope')).toHaveText('· shared');
    // The default Pod keeps a PID namespace per container.
    await page.goto('./?lang=en');
    await expect(page.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
    await expect(page.getByTestId('pause-web').locator('.pause-holds')).toHaveText('holds net · ipc · uts');
    await expect(container(page, 'web', 'app').locator('.joined-row')).toHaveText(
      'joined pause: net · ipc · uts',
    );
    await expect(page.getByTestId('ns-pid').locator('.ns-scope')).toHaveText('· own');
    expect(errors).toEqual([]);
  });

  test('an unknown ?scenario= says so and opens the default example', async ({ page }) => {
    await page.goto('./?scenario=no-such-thing&lang=en');
    await expect(page.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
    await expect(
      page.getByText('Unknown scenario "no-such-thing": opened the default example instead.'),
    ).toBeVisible();
  });

  test('dark theme: "no IP" and the struck-through old IP are drawn in readable colours', async ({
    page,
  }) => {
    await openApp(page, { theme: 'dark' });
    const ip = (await page.getByTestId('ip-web').getAttribute('data-ip')) ?? '';
    // The tag's own dark ink, right only on its filled (net-coloured) body.
    const tagInk = await page
      .locator('.ip-tag-body text')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.getByTestId('play-pause').click(); // pause the clock: the Pod stays without an IP
    await page.getByTestId('kill-pause-web').click();
    const noIp = page.locator('.ip-tag.no-ip .ip-tag-body text');
    await expect(noIp).toBeVisible();
    expect(await noIp.evaluate((el) => getComputedStyle(el).fill)).not.toBe(tagInk);
    expect(await noIp.evaluate((el) => getComputedStyle(el).fill)).not.toBe(pageBackground);
    await page.getByTestId('play-pause').click();
    const old = page.locator('.ip-tag .ip-old');
    await expect(old).toHaveText(ip);
    expect(await old.evaluate((el) => getComputedStyle(el).fill)).not.toBe(tagInk);
  });

  test('scrubbing back before a sandbox change takes back its narration and its struck-through old IP', async ({
    page,
  }) => {
    await openApp(page);
    const ip = (await page.getByTestId('ip-web').getAttribute('data-ip')) ?? '';
    const scrubber = page.getByTestId('scrubber');
    const before = Number(await scrubber.inputValue());
    await page.getByTestId('kill-pause-web').click();
    await expect(page.getByTestId('ip-web')).not.toHaveAttribute('data-ip', ip);
    await expect(page.getByTestId('ip-web')).not.toHaveAttribute('data-ip', '');
    const newIp = (await page.getByTestId('ip-web').getAttribute('data-ip')) ?? '';
    await expect(page.locator('.ip-old')).toHaveText(ip);
    await expect(page.locator('.narration-list')).toContainText(newIp);
    await page.getByTestId('play-pause').click();
    // Back to before the kill: the Pod has its first IP, and nothing tells of a later one.
    await scrubber.evaluate((input: HTMLInputElement, value) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, before);
    await expect(page.getByTestId('ip-web')).toHaveAttribute('data-ip', ip);
    await expect(page.locator('.ip-old')).toHaveCount(0);
    await expect(page.locator('.narration-list')).not.toContainText(newIp);
    // Played forward again (Space on the scrubber, where the seek left the focus), the change is told once.
    await scrubber.focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('ip-web')).toHaveAttribute('data-ip', newIp);
    await expect(page.locator('.narration-list li', { hasText: `→ ${newIp}` })).toHaveCount(1);
  });

  test('acting after scrubbing back says the rest of the timeline is gone, and the scrubber shows it', async ({
    page,
  }) => {
    await openApp(page);
    const scrubber = page.getByTestId('scrubber');
    const before = Number(await scrubber.inputValue());
    await page.getByTestId('kill-pause-web').click();
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');
    await page.getByTestId('play-pause').click();
    const end = Number(await scrubber.getAttribute('max'));
    await scrubber.evaluate((input: HTMLInputElement, value) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, before);
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '0');
    await expect(page.getByTestId('notice')).toHaveCount(0);
    await page.getByTestId('kill-web-app').click();
    await expect(page.getByTestId('notice')).toContainText(
      `Acting here, before the end of the timeline, starts it anew from this moment: what had played after it (up to ${(end / 1000).toFixed(1)} s)`,
    );
    // The pause kill after it is gone: the sandbox stays the first one.
    expect(Number(await scrubber.getAttribute('max'))).toBeLessThan(end);
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '0');
  });

  test('on a phone the drawing’s frame fades at its right edge until scrolled to the end', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page);
    const frame = page.locator('.canvas-frame');
    const fade = () => frame.evaluate((el) => getComputedStyle(el).getPropertyValue('--canvas-fade').trim());
    // The 640 px drawing is wider than the frame: the IP tag and the sidecar are off to the right.
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await frame.evaluate((el) => getComputedStyle(el).maskImage)).toContain('gradient');
    await expect.poll(fade).toBe('0');
    await frame.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await expect.poll(fade).toBe('1');
  });

  test('deleting the Pod: Terminating, then gone, and its IP is back in the pool', async ({ page }) => {
    await openApp(page);
    const ip = (await page.getByTestId('ip-web').getAttribute('data-ip'))!;
    await expect(page.getByTestId('ip-pool')).toHaveAttribute(
      'data-used',
      new RegExp(ip.replace(/\./g, '\\.')),
    );
    await page.getByTestId('grace-select').selectOption('5');
    // Paused, the Terminating state holds still long enough to read (nginx stops on SIGTERM within a virtual
    // second: on a busy machine the assertions' polling could miss it while time runs).
    await page.getByTestId('play-pause').click();
    await page.getByTestId('action-delete').click();
    // deletionTimestamp is set: the box drains with a grace countdown. (kubectl prints Terminating until the
    // phase turns terminal, then the terminal status.)
    await expect(page.getByTestId('pod-web')).toHaveClass(/terminating/);
    await expect(page.getByTestId('pod-web')).toContainText(/grace \d+s/);
    // Step by step to the kubelet's end of it: a finished Pod shows no grace left, though its object lingers.
    for (
      let i = 0;
      i < 20 &&
      !/Succeeded|Failed/.test((await page.getByTestId('pod-web').getAttribute('data-phase')) ?? '');
      i++
    )
      await page.getByTestId('step').click();
    await expect(page.getByTestId('pod-web')).toHaveAttribute('data-phase', /Succeeded|Failed/);
    await expect(page.getByTestId('pod-web')).not.toContainText(/grace \d+s/);
    await page.getByTestId('play-pause').click();
    await expect(page.getByTestId('pod-web')).toHaveCount(0, { timeout: 20_000 });
    await expect(page.getByTestId('ip-pool')).not.toHaveAttribute(
      'data-used',
      new RegExp(ip.replace(/\./g, '\\.')),
    );
  });

  test('the Network legend highlights every container with the pause container’s net id; PID ids differ', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('ns-net').click();
    await expect(page.getByTestId('ns-caption')).toContainText('localhost');
    const netIds = await page
      .locator('[data-testid^="container-web-"] [data-ns="net"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-ns-id')));
    const sandboxNet = await page
      .locator('[data-testid="pod-web"] .ns-layer[data-ns="net"]')
      .getAttribute('data-ns-id');
    expect(netIds).toHaveLength(2);
    expect(new Set(netIds)).toEqual(new Set([sandboxNet]));
    await expect(page.locator('[data-testid^="container-web-"].dimmed')).toHaveCount(0);

    await page.getByTestId('ns-pid').click();
    const pidIds = await page
      .locator('[data-testid^="container-web-"] [data-ns="pid"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-ns-id')));
    expect(new Set(pidIds).size).toBe(2);
    await expect(page.locator('[data-testid^="container-web-"].dimmed')).toHaveCount(2);
  });

  test('with shareProcessNamespace every container has the same PID namespace id', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('preset-select').selectOption('shared-pid');
    await page.getByTestId('create-pod').click();
    await expect(page.getByTestId('pod-shared-pid')).toHaveAttribute('data-status', 'Running', {
      timeout: 20_000,
    });
    await page.getByTestId('ns-pid').click();
    const pidIds = await page
      .locator('[data-testid^="container-shared-pid-"] [data-ns="pid"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-ns-id')));
    expect(pidIds).toHaveLength(2);
    expect(new Set(pidIds).size).toBe(1);
    await expect(page.locator('[data-testid^="container-shared-pid-"].dimmed')).toHaveCount(0);
  });

  test('the whole flow works from the keyboard alone', async ({ page }) => {
    test.setTimeout(180_000); // dozens of Tab round-trips: slow on a loaded machine, not broken
    await openApp(page);
    const ip = await page.getByTestId('ip-web').getAttribute('data-ip');
    await tabTo(page, 'kill-web-app');
    await page.keyboard.press('Enter');
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-restarts', '1');
    await tabTo(page, 'kill-pause-web');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('ip-web')).not.toHaveAttribute('data-ip', ip!);
    await tabTo(page, 'ns-net');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('ns-net')).toHaveAttribute('aria-pressed', 'true');
    await tabTo(page, 'grace-select');
    await page.keyboard.press('End'); // the last option: 0 s (force)
    await tabTo(page, 'action-delete');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pod-web')).toHaveCount(0, { timeout: 20_000 });
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`axe finds no violations (${lang}, ${theme})`, async ({ page }) => {
        await openApp(page, { lang, theme });
        await page.getByTestId('ns-net').click();
        await expectNoAxeViolations(page);
      });
    }
  }
});

test.describe('screenshots (test artifacts)', () => {
  for (const [width, height] of [
    [360, 740],
    [1280, 720],
    [1920, 1080],
  ] as const) {
    for (const lang of ['en', 'zh-CN'] as const) {
      test(`${width}×${height} ${lang}`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height });
        await openApp(page, { lang, theme: width === 1920 ? 'dark' : 'light' });
        await page.getByTestId('ns-net').click();
        const path = testInfo.outputPath(`podscope-${width}x${height}-${lang}.png`);
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`podscope-${width}x${height}-${lang}`, { path, contentType: 'image/png' });
        // The canvas must fit the viewport's width (no sideways scrolling of the page).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});
