import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';

/** The example host page: an iframe sandbox="allow-scripts", served with the strict CSP (vite preview). */
async function openHost(page: Page) {
  const errors = watchErrors(page);
  const csp: string[] = [];
  page.on('response', (response) => {
    const header = response.headers()['content-security-policy'];
    if (header && response.url().endsWith('.html')) csp.push(header);
  });
  await page.goto('./embed-example.html');
  const log = page.locator('#log li');
  await expect(log.filter({ hasText: /^ready:/ })).toHaveCount(1);
  return { errors, csp, log };
}

test.describe('embed mode', () => {
  test('inside <iframe sandbox="allow-scripts"> under the strict CSP: loads cleanly, obeys and reports', async ({
    page,
  }) => {
    const { errors, csp, log } = await openHost(page);
    expect(csp.join(' ')).toContain("default-src 'self'; script-src 'self'; style-src 'self'");
    const frame = page.frameLocator('#podscope');
    await expect(frame.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
    await expect(frame.getByRole('banner')).toHaveCount(0);
    const ip = await frame.getByTestId('ip-web').getAttribute('data-ip');

    // Kill the pause container from the host: a state message with a new IP comes back.
    await page.getByRole('button', { name: 'Kill the pause container' }).click();
    await expect(log.filter({ hasText: /^event: SandboxChanged/ })).toHaveCount(1);
    const newState = log.filter({ hasText: /^state: web Running 10\.244\.1\.\d+$/ }).last();
    await expect(newState).not.toHaveText(`state: web Running ${ip}`);
    await expect(frame.getByTestId('ip-web')).not.toHaveAttribute('data-ip', ip!);

    // A malformed message gets an error back and changes nothing.
    const before = await frame.getByTestId('pause-web').getAttribute('data-attempt');
    await page.getByRole('button', { name: 'Send a malformed message' }).click();
    await expect(log.filter({ hasText: 'unknown message type \\"formatDisk\\"' })).toHaveCount(1);
    await expect(frame.getByTestId('pause-web')).toHaveAttribute('data-attempt', before!);

    // A well-formed action the engine refuses: the reply carries the engine's own reason.
    await page.evaluate(() =>
      (document.getElementById('podscope') as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'killContainer', pod: 'web', container: 'nope', id: 'k1' },
        '*',
      ),
    );
    await expect(log.filter({ hasText: /^error: .*not found in pod.*"id":"k1"/ })).toHaveCount(1);
    // A seek past the recorded history is refused with a reason, and the clock stays.
    await page.evaluate(() =>
      (document.getElementById('podscope') as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'seek', t: 1e12, id: 's1' },
        '*',
      ),
    );
    await expect(
      log.filter({
        hasText: /^error: .*seek: t 1000000000000 is past the recorded history \(0–\d+ ms\).*"id":"s1"/,
      }),
    ).toHaveCount(1);
    expect(Number(await frame.getByTestId('scrubber').inputValue())).toBeLessThan(1e12);

    // It reports its content height so the host can size the frame.
    await expect(log.filter({ hasText: /^resize: .*"height":\d+/ }).first()).toBeVisible();
    // Namespace highlighting from the host.
    await page.getByRole('button', { name: 'Highlight the network namespace' }).click();
    await expect(frame.getByTestId('ns-net')).toHaveAttribute('aria-pressed', 'true');
    expect(errors).toEqual([]);
  });

  test('?origin= restricts which hosts may drive it, and which it reports to', async ({ page }) => {
    const { log } = await openHost(page);
    await page.evaluate(() => {
      const frame = document.getElementById('podscope') as HTMLIFrameElement;
      frame.src = './index.html?embed=1&controls=minimal&origin=https://docs.example.com';
    });
    const frame = page.frameLocator('#podscope');
    await expect(frame.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
    await page.getByRole('button', { name: 'Kill the pause container' }).click();
    await expect(log.filter({ hasText: 'is not accepted by this embed' })).toHaveCount(1);
    // The refusal carries the message's id, as every error reply does.
    await page.evaluate(() =>
      (document.getElementById('podscope') as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'killSandbox', pod: 'web', id: 'o1' },
        '*',
      ),
    );
    await expect(log.filter({ hasText: /is not accepted by this embed.*"id":"o1"/ })).toHaveCount(1);
    await expect(frame.getByTestId('pause-web')).toHaveAttribute('data-attempt', '0');
    // Nothing it sends unasked reached this page: only the first embed's ready, no state or resize of its own.
    const unasked = await log.allTextContents();
    expect(unasked.filter((line) => /^ready:/.test(line))).toHaveLength(1);

    // Listed, this page's origin may drive it and hears from it.
    const logged = unasked.length;
    await page.evaluate(() => {
      const frame = document.getElementById('podscope') as HTMLIFrameElement;
      frame.src = `./index.html?embed=1&controls=minimal&origin=https://docs.example.com&origin=${encodeURIComponent(location.origin)}`;
    });
    await expect(log.filter({ hasText: /^ready:/ })).toHaveCount(2);
    await page.getByRole('button', { name: 'Kill the pause container' }).click();
    await expect(log.filter({ hasText: /^event: SandboxChanged/ })).toHaveCount(1);
    await expect(frame.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');
    expect((await log.allTextContents()).length).toBeGreaterThan(logged);
  });

  test('with controls=full, the page-level keys (f, ?, l) stay with the host; the simulation keys work', async ({
    page,
  }) => {
    const { errors, log } = await openHost(page);
    await page.evaluate(() => {
      const frame = document.getElementById('podscope') as HTMLIFrameElement;
      frame.src = './index.html?embed=1&controls=full&lang=en';
    });
    await expect(log.filter({ hasText: /^ready:/ })).toHaveCount(2);
    const frame = page.frameLocator('#podscope');
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await frame.getByTestId('scrubber').focus();
    await page.keyboard.press('Tab'); // off the scrubber, onto a button: keys reach the shortcuts
    for (const key of ['f', '?', 'l']) await page.keyboard.press(key);
    await expect(frame.getByRole('dialog')).toHaveCount(0);
    await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
    // f asked for full screen, which a frame without allow="fullscreen" refuses with a console violation.
    expect(messages.filter((m) => /fullscreen/i.test(m))).toEqual([]);
    // The simulation's own keys still work: n highlights the next namespace kind.
    await page.keyboard.press('n');
    await expect(frame.getByTestId('ns-net')).toHaveAttribute('aria-pressed', 'true');
    expect(errors).toEqual([]);
  });

  test('an empty Node in an embed does not point at the presets it has not got, in either language', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto('./?embed=1&lang=en&scenario=empty&controls=none');
    await expect(page.locator('.node-empty')).toHaveText('No Pods on this Node.');
    await page.goto('./?embed=1&lang=zh-CN&scenario=empty&controls=none');
    await expect(page.locator('.node-empty')).toHaveText('这个节点上没有 Pod。');
    // The full app, which has them, still does.
    await page.goto('./?lang=en&scenario=empty');
    await expect(page.locator('.node-empty')).toHaveText('No Pods on this Node. Create one from a preset.');
    expect(errors).toEqual([]);
  });

  test('fits a 320×240 frame', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 240 });
    await page.goto('./?embed=1&controls=none');
    const canvas = page.getByTestId('pod-canvas');
    await expect(page.getByTestId('pod-web')).toBeVisible();
    const box = await canvas.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
    expect(box!.height).toBeLessThanOrEqual(240);
    expect(box!.width).toBeGreaterThan(250);
  });

  for (const [width, height, minDrawn] of [
    [640, 400, 0.75],
    [320, 240, 0.45],
    [400, 480, 0.45],
  ] as const) {
    test(`a ${width}×${height} frame with every control still gives the drawing most of its height`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('./?embed=1&lang=en');
      await expect(page.getByTestId('pod-web')).toBeVisible();
      // Stacked, the time bar and the namespace legend left the drawing 170 of 400 px (and none of 240).
      const drawn = (await page.getByTestId('pod-canvas').boundingBox())!;
      expect(drawn.height / height).toBeGreaterThanOrEqual(minDrawn);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The icon-only buttons keep their words as accessible names; the legend's buttons stay reachable.
      await page.getByRole('button', { name: 'Step to next event' }).click();
      for (const id of ['play-pause', 'step', 'speed', 'reset'])
        await expect(page.getByTestId(id), id).toBeInViewport({ ratio: 1 });
      // The canvas's kill buttons: each a 24 × 24 px target however small it is drawn, and Tab meets them in
      // reading order (app, pause, sidecar).
      const kills = ['kill-web-app', 'kill-pause-web', 'kill-web-log-shipper'];
      for (const id of kills) {
        const hit = await page.getByTestId(id).evaluate((button) => {
          const r = button.getBoundingClientRect();
          const x = r.x + r.width / 2;
          const y = r.y + r.height / 2;
          return [x - 11, x + 11].every((px) =>
            [y - 11, y + 11].every((py) => document.elementFromPoint(px, py) === button),
          );
        });
        expect(hit, id).toBe(true);
      }
      const order = await page.evaluate(() =>
        [
          ...(document
            .querySelector('[data-testid="pod-web"]')
            ?.closest('.pod-frame')
            ?.querySelectorAll('.canvas-button') ?? []),
        ].map((b) => b.getAttribute('data-testid')),
      );
      expect(order).toEqual(kills);
      // Tabbing along the legend's row scrolls each button wholly into view, focus ring and all.
      await page.getByTestId('ns-net').focus();
      for (const id of ['ns-ipc', 'ns-uts', 'ns-pid']) {
        await page.keyboard.press('Tab');
        await expect(page.getByTestId(id)).toBeFocused();
        await expect(page.getByTestId(id), id).toBeInViewport({ ratio: 1 });
      }
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('ns-pid')).toHaveAttribute('aria-pressed', 'true');
      // Choosing a kind does not take the drawing's room (a row announces its caption instead of showing it).
      const after = (await page.getByTestId('pod-canvas').boundingBox())!;
      expect(after.height / height).toBeGreaterThanOrEqual(minDrawn);
      await expectNoAxeViolations(page);
    });
  }

  test('a 640×400 frame shows the chosen kind’s explanation whole, at the head of its legend column', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto('./?embed=1&lang=en&ns=pid&controls=full');
    await expect(page.getByTestId('ns-caption')).toContainText('Per container');
    await expect(page.getByTestId('ns-caption')).toBeInViewport({ ratio: 1 });
    await page.goto('./?embed=1&lang=zh-CN&ns=mnt&controls=full');
    await expect(page.getByTestId('ns-caption')).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page);
  });

  test('a kind chosen in the URL shows pressed in a 320×240 frame, scrolled into its one-row legend', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 240 });
    await page.goto('./?embed=1&lang=en&ns=user');
    await expect(page.getByTestId('ns-user')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('ns-user')).toBeInViewport({ ratio: 1 });
    // The n key moves the choice on (to cgroup): the row follows it.
    await page.keyboard.press('n');
    await expect(page.getByTestId('ns-cgroup')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('ns-cgroup')).toBeInViewport({ ratio: 1 });
  });

  test('draws a 900×400 frame in landscape, the arrangement that fits it larger', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 400 });
    await page.goto('./?embed=1&lang=en&controls=none');
    const layers = page.getByTestId('pod-web').locator('.ns-layer[data-ns="net"] .ns-layer-box');
    const volume = page.getByTestId('volume-web-logs');
    await expect(volume).toBeVisible();
    // The volume sits beside the namespace layers, not below them.
    const [net, logs] = [await layers.boundingBox(), await volume.boundingBox()];
    expect(logs!.x).toBeGreaterThan(net!.x + net!.width);
    expect(logs!.y).toBeLessThan(net!.y + net!.height);
  });
});

test('the single-file build works from file:// with no network, lessons included', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) external.push(request.url());
  });
  const errors = watchErrors(page);
  await page.goto(`file://${process.cwd()}/dist-single/podscope.html?lang=en`);
  await expect(page.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
  await page.getByTestId('kill-pause-web').click();
  await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');

  // A lesson runs offline too (its lazy chunk is inlined in the one file).
  await page.goto(`file://${process.cwd()}/dist-single/podscope.html?lesson=kill-pause&lang=en`);
  await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-step', '1');
  await page.getByTestId('lesson-choice-changes').check();
  await page.getByTestId('lesson-act').click();
  await expect(page.getByTestId('lesson-result')).toBeVisible();
  await expect(page.getByTestId('lesson-explain')).toContainText('SandboxChanged');
  expect(external).toEqual([]);
  expect(errors).toEqual([]);
});
