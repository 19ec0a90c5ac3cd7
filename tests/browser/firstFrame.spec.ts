import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

/** The app's own script (src/main.tsx's chunk): refused, so only what index.html and the startup script do shows. */
const APP_SCRIPT = /\/assets\/main-[\w-]+\.js$/;

const visibleFrame = (page: Page) => page.locator('[data-first-frame]:not([hidden])');

test.describe('the prerendered first frame', () => {
  test('shows the default page without the app’s script, under the CSP, and says so if that script never runs', async ({
    page,
  }) => {
    const console: string[] = [];
    page.on('console', (message) => console.push(message.text()));
    await page.route(APP_SCRIPT, (route) => route.abort());
    await page.goto('./');

    await expect(visibleFrame(page)).toHaveCount(1);
    await expect(visibleFrame(page)).toHaveAttribute('data-first-frame', 'en landscape');
    // The Pod is drawn with its geometry: the styles that travel as data-style were applied.
    const pod = visibleFrame(page).locator('.pod-frame');
    await expect(pod).toBeVisible();
    expect((await pod.boundingBox())?.width).toBeGreaterThan(400);
    await expect(visibleFrame(page).locator('.pod-name')).toHaveText('web');
    // Not interactive until the app is there (inert), and out of the accessibility tree.
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    // The app never arrives: an alert says so instead of leaving a page that looks alive.
    await expect(page.getByRole('alert')).toContainText('PodScope could not start');
    expect(console.filter((text) => /Content Security Policy/.test(text))).toEqual([]);
  });

  test('matches the reader: Chinese on a phone, dark', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      colorScheme: 'dark',
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.route(APP_SCRIPT, (route) => route.abort());
    await page.goto('./');
    await expect(visibleFrame(page)).toHaveAttribute('data-first-frame', 'zh-CN portrait');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expect(visibleFrame(page).locator('h1 + p')).toHaveText('看清 Kubernetes Pod 的内部');
    await expect(page.getByRole('alert')).toContainText('PodScope 未能启动');
    await context.close();
  });

  test('is not shown for a page the app opens differently (embed, lesson, shared link)', async ({ page }) => {
    await page.route(APP_SCRIPT, (route) => route.abort());
    for (const query of ['?embed=1', '?lesson=kill-pause&lang=en', '?lang=en&autoplay=0']) {
      await page.goto(`./${query}`);
      await expect(page.getByRole('alert')).toBeVisible();
      await expect(visibleFrame(page)).toHaveCount(0);
    }
  });

  test('is on screen before the live app replaces it, which then works, with no console errors', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    // When the live app's page (an .app outside any frame) enters the document, and what was painted by then.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#root > .app')) return;
        observer.disconnect();
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        (window as unknown as { appArrived: unknown }).appArrived = {
          fcp: fcp?.startTime ?? null,
          at: performance.now(),
        };
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('./');
    await expect(page.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
    await expect(page.locator('[data-first-frame]')).toHaveCount(0);
    // The startup script waited for the frame's paint: the first contentful paint happened before the app
    // replaced it (so it is the frame's, and Largest Contentful Paint can count the frame's text). It waits
    // 500 ms at most (src/firstFrame/painted.ts): on a machine too busy to paint by then, the app may come
    // first, but never sooner than that.
    const arrived = await page.evaluate(
      () => (window as unknown as { appArrived: { fcp: number | null; at: number } }).appArrived,
    );
    if (arrived.fcp === null) expect(arrived.at).toBeGreaterThanOrEqual(500);
    await expect(page.locator('.app')).toHaveCount(1);
    await page.getByTestId('kill-pause-web').click();
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');
    expect(errors).toEqual([]);
  });

  for (const [width, height] of [
    [1024, 768],
    [1280, 720],
    [1280, 1024],
    [1440, 900],
    [1680, 1050],
    [1920, 1080],
    [960, 600],
    [800, 1280],
    [760, 1000],
    [390, 844],
  ] as const) {
    test(`is drawn in the orientation the app then draws (${width}×${height})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      // The Node's drawn size in the frame (as the startup script styled it) and in the app that replaces it.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const frame = document.querySelector('[data-first-frame]:not([hidden]) .pod-canvas');
          if (frame) {
            (window as unknown as { frameNode: unknown }).frameNode = (frame as HTMLElement).dataset.width;
            observer.disconnect();
          }
        }).observe(document, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['hidden'],
        });
      });
      await page.goto('./');
      await expect(page.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
      const frameNode = await page.evaluate(() => (window as unknown as { frameNode?: string }).frameNode);
      expect(frameNode).toBeDefined();
      await expect(page.getByTestId('pod-canvas')).toHaveAttribute('data-width', frameNode!);
    });
  }

  test('and the live app play no entry animation for what was already there, only for what changes', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const started: string[] = [];
      (window as unknown as { started: string[] }).started = started;
      document.addEventListener(
        'animationstart',
        (event) => started.push(`${event.animationName} ${(event.target as Element).getAttribute('class')}`),
        true,
      );
    });
    const started = () => page.evaluate(() => (window as unknown as { started: string[] }).started);
    await page.goto('./');
    await expect(page.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
    await expect(page.locator('[data-first-frame]')).toHaveCount(0);
    // Neither the frame nor the app that replaced it made the Pod's layers grow or its pause rise in.
    expect(await started()).toEqual([]);
    await page.getByTestId('kill-pause-web').click();
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1');
    // The new sandbox does: its pause rises in and its namespace layers grow out of it.
    await expect
      .poll(started)
      .toEqual(expect.arrayContaining(['rise-in pause-body', 'layers-grow ns-layer-box']));
  });
});
