import { expect, test, type Page } from '@playwright/test';
import { container, expectNoAxeViolations, openApp, tabTo, watchErrors } from './helpers';

/** Two nginx containers that both declare port 80: the second one cannot bind it. */
const CLASH = `apiVersion: v1
kind: Pod
metadata:
  name: duo
spec:
  containers:
  - name: app
    image: nginx:1.27
    ports:
    - containerPort: 80
  - name: sidecar
    image: nginx:1.27
    ports:
    - containerPort: 80
`;

/** The same Pod, fixed: the sidecar is a shell that sleeps. */
const PAIR = `apiVersion: v1
kind: Pod
metadata:
  name: duo
spec:
  containers:
  - name: app
    image: nginx:1.27
    ports:
    - containerPort: 80
  - name: sidecar
    image: busybox:1.36
    command: ["sleep", "infinity"]
`;

/** One container stops at once on TERM; the other is PID 1 with no handler, so only the SIGKILL stops it. */
const STUBBORN = `apiVersion: v1
kind: Pod
metadata:
  name: duo
spec:
  terminationGracePeriodSeconds: 60
  containers:
  - name: graceful
    image: busybox:1.36
    command: ["sh", "-c", "trap 'exit 0' TERM; sleep infinity & wait"]
  - name: stubborn
    image: busybox:1.36
    command: ["sleep", "infinity"]
`;

async function openFreePlay(page: Page, options: Parameters<typeof openApp>[1] = {}) {
  await openApp(page, options);
  await page.getByTestId('tab-freeplay').click();
  await expect(page.locator('.cm-content')).toBeVisible();
}

/** Pastes `text` into the editor (CodeMirror lives in a shadow root; Playwright's locators reach into it). */
async function paste(page: Page, text: string) {
  await page.locator('.cm-content').evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Replaces the editor's text: select all, then paste, as a user would. */
async function setManifest(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await paste(page, text);
}

/** Runs a terminal command and returns the text of its transcript entry. */
async function run(page: Page, command: string): Promise<string> {
  const input = page.getByTestId('terminal-input');
  const before = await page.getByTestId('terminal-entry').count();
  await input.fill(command);
  await input.press('Enter');
  const entry = page.getByTestId('terminal-entry').nth(before);
  await expect(entry).toContainText(command);
  return (await entry.locator('.fp-output').textContent()) ?? '';
}

/** Namespace ids from `ls -l /proc/self/ns` output: { net: 4026532281, … }. */
function nsIds(output: string): Record<string, string> {
  const pairs = [...output.matchAll(/ (\w+) -> '\w+:\[(\d+)\]'/g)].map((m): [string, string] => [
    m[1] ?? '',
    m[2] ?? '',
  ]);
  return Object.fromEntries(pairs);
}

test.describe('free play: manifest editor and terminal', () => {
  test('a port clash: the second container crash-loops and kubectl logs says why', async ({ page }) => {
    const errors = watchErrors(page);
    await openFreePlay(page);
    await setManifest(page, CLASH);
    await expect(page.getByTestId('problems-none')).toBeVisible();
    await page.getByTestId('fp-apply').click();
    await expect(page.getByTestId('fp-status')).toContainText('pod/duo created');
    // Its second crash is backed off: the card counts down; STATUS says Error until the kubelet's next sync.
    await expect(container(page, 'duo', 'sidecar')).toContainText('retry in', { timeout: 30_000 });
    await expect(container(page, 'duo', 'sidecar')).toHaveAttribute('data-state', 'terminated');
    await expect(container(page, 'duo', 'app')).toHaveAttribute('data-state', 'running');
    expect(await run(page, 'kubectl describe pod duo')).toContain(
      'Back-off restarting failed container sidecar in pod duo_default',
    );
    expect(await run(page, 'kubectl logs duo -c sidecar')).toContain(
      'bind() to 0.0.0.0:80 failed (98: Address already in use)',
    );
    expect(await run(page, 'kubectl get pods')).toMatch(/duo\s+1\/2\s+(Error|CrashLoopBackOff)/);
    expect(await run(page, 'kubectl exec duo -c sidecar -- hostname')).toContain(
      'error: unable to upgrade connection: container not found ("sidecar")',
    );
    expect(errors).toEqual([]);
  });

  test('containers of a Pod share net, ipc and uts but not mnt and pid', async ({ page }) => {
    await openFreePlay(page);
    await setManifest(page, PAIR);
    await page.getByTestId('fp-apply').click();
    await expect(container(page, 'duo', 'sidecar')).toHaveAttribute('data-state', 'running', {
      timeout: 20_000,
    });
    await expect(container(page, 'duo', 'app')).toHaveAttribute('data-state', 'running');
    expect((await run(page, 'kubectl exec duo -c app -- hostname')).trim()).toBe('duo');
    expect((await run(page, 'kubectl exec duo -c sidecar -- hostname')).trim()).toBe('duo');
    const app = nsIds(await run(page, 'kubectl exec duo -c app -- ls -l /proc/self/ns'));
    const sidecar = nsIds(await run(page, 'kubectl exec duo -c sidecar -- ls -l /proc/self/ns'));
    for (const kind of ['net', 'ipc', 'uts']) expect(app[kind], kind).toBe(sidecar[kind]);
    for (const kind of ['mnt', 'pid']) expect(app[kind], kind).not.toBe(sidecar[kind]);
    // localhost is the shared network namespace: nginx in the other container answers.
    expect(await run(page, 'kubectl exec duo -c sidecar -- curl localhost:80')).toContain(
      'Welcome to nginx!',
    );
    expect(await run(page, 'kubectl exec duo -c sidecar -- curl localhost:81')).toContain(
      'Failed to connect to localhost port 81: Connection refused',
    );
  });

  test('crictl shows the sandbox; killing pause makes a new one with attempt 1 and a new IP', async ({
    page,
  }) => {
    await openFreePlay(page);
    const pods = await run(page, 'crictl pods');
    const first = /^([0-9a-f]{13})\s+.*\s+Ready\s+web\s+default\s+0\s+\(default\)$/m.exec(pods);
    expect(first, pods).not.toBeNull();
    const oldIp = /"ip": "([\d.]+)"/.exec(await run(page, `crictl inspectp ${first![1]}`))?.[1];
    expect(oldIp).toMatch(/^10\.244\.1\.\d+$/);
    await page.getByTestId('kill-pause-web').click();
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '1', { timeout: 20_000 });
    const after = await run(page, 'crictl pods');
    const second = /^([0-9a-f]{13})\s+.*\s+Ready\s+web\s+default\s+1\s+\(default\)$/m.exec(after);
    expect(second, after).not.toBeNull();
    expect(after).toMatch(new RegExp(`^${first![1]}\\s+.*NotReady\\s+web\\s+default\\s+0`, 'm'));
    const newIp = /"ip": "([\d.]+)"/.exec(await run(page, `crictl inspectp ${second![1]}`))?.[1];
    expect(newIp).toMatch(/^10\.244\.1\.\d+$/);
    expect(newIp).not.toBe(oldIp);
    expect(await run(page, 'lsns -t net')).toMatch(
      /\bnet\s+\d+\s+\d+\s+65535\s+\d+\s+\/run\/netns\/cni-[\da-f-]+\s+\/pause/,
    );
  });

  test('the editor locates errors: YAML line/column, field paths, a Deployment, hostile YAML', async ({
    page,
  }) => {
    await openFreePlay(page);
    const problems = page.getByTestId('problems');
    await setManifest(page, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n bad: [\n');
    await expect(problems).toContainText(/Line \d+, column \d+/);

    await setManifest(
      page,
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  restartPolicy: Sometimes\n  containers:\n  - name: app\n',
    );
    await expect(problems).toContainText(
      'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    );
    await expect(problems).toContainText('spec.containers[0].image: Required value');
    await expect(problems).toContainText('Line 6, column 18');
    await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
    await page.getByTestId('fp-apply').click();
    await expect(page.getByTestId('fp-status')).toContainText('Not applied');

    // Two Pods in one text: named at the second document, with the UI's own sentence.
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: nginx\n';
    await setManifest(page, `${pod}---\n${pod}`);
    await expect(problems).toContainText('One Pod at a time: the text holds 2 documents.');
    await expect(problems).toContainText('Line 9, column 1'); // the --- that starts the second
    // A stray --- at the end is an empty document, skipped as kubectl does.
    await setManifest(page, `${pod}---\n`);
    await expect(page.getByTestId('problems-none')).toBeVisible();

    await setManifest(page, 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n');
    await expect(problems).toContainText(
      'only kind: Pod (apiVersion: v1) can be applied here, not kind: Deployment. To try the Pod of a Deployment, copy its spec.template into a Pod.',
    );

    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, n] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const prev = String.fromCharCode(97 + i);
      laughs.push(`${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    await setManifest(page, laughs.join('\n'));
    await expect(problems).toContainText('billion laughs', { timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(5_000);

    // 5 MB pasted at once is refused before it reaches the document.
    await paste(page, 'x'.repeat(5_000_000));
    await expect(page.getByTestId('fp-status')).toContainText('That change was refused');
    await expect(problems).toContainText('billion laughs');
  });

  test('a long Pod name is shortened beside the IP tag, whole in its tooltip', async ({ page }) => {
    await openFreePlay(page);
    const name = `frontend-${'very-'.repeat(20)}long`;
    await setManifest(page, PAIR.replace('name: duo', `name: ${name}`));
    await page.getByTestId('fp-apply').click();
    const header = page.getByTestId(`pod-${name}`).locator('.pod-name');
    await expect(header).toContainText('…');
    await expect(header.locator('title')).toHaveText(name);
    const nameBox = await header.boundingBox();
    const tagBox = await page.getByTestId(`ip-${name}`).locator('rect').boundingBox();
    expect(nameBox && tagBox && nameBox.x + nameBox.width).toBeLessThan(tagBox?.x ?? 0);
    // A short name is left as it is.
    await expect(page.getByTestId('pod-web').locator('.pod-name')).toHaveText('web');
  });

  test('a 253-character name wraps in the Apply status and the problem list, inside the panel', async ({
    page,
  }) => {
    await openFreePlay(page);
    /** Every element of `selector` ends inside the free-play panel and scrolls no text sideways. */
    const fitsPanel = (selector: string) =>
      page.evaluate((sel) => {
        const panel = document.querySelector('.freeplay')?.getBoundingClientRect();
        const elements = [...document.querySelectorAll(sel)];
        return (
          elements.length > 0 &&
          elements.every(
            (el) =>
              el.getBoundingClientRect().right <= (panel?.right ?? 0) + 0.5 &&
              el.scrollWidth <= el.clientWidth,
          )
        );
      }, selector);
    const name = 'a'.repeat(253);
    await setManifest(page, PAIR.replace('name: duo', `name: ${name}`));
    await page.getByTestId('fp-apply').click();
    await expect(page.getByTestId('fp-status')).toContainText(`Applied: pod/${name} created.`);
    expect(await fitsPanel('[data-testid="fp-status"]')).toBe(true);

    // The problem list: a long unbroken kind in the UI's sentence, a long name in the API server's message.
    await setManifest(page, PAIR.replace('kind: Pod', `kind: ${'K'.repeat(200)}`));
    await expect(page.locator('.fp-summary')).toContainText('K'.repeat(200));
    expect(await fitsPanel('.fp-problem, .fp-summary')).toBe(true);
    await setManifest(page, PAIR.replace('name: duo', `name: ${'b'.repeat(254)}`));
    await expect(page.locator('.fp-message')).toContainText('b'.repeat(254));
    expect(await fitsPanel('.fp-problem, .fp-summary, .fp-message')).toBe(true);
  });

  test('a new image changes the Pod in place: same sandbox and IP, the container restarts', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openFreePlay(page);
    await setManifest(page, PAIR);
    await page.getByTestId('fp-apply').click();
    await expect(container(page, 'duo', 'sidecar')).toHaveAttribute('data-state', 'running', {
      timeout: 20_000,
    });
    const sandbox = await page.getByTestId('pause-duo').getAttribute('data-attempt');
    const ip = await run(page, 'kubectl exec duo -c app -- hostname -i');
    await setManifest(page, PAIR.replace('nginx:1.27', 'nginx:1.28'));
    expect(await run(page, 'kubectl apply -f -')).toBe('pod/duo configured');
    await expect(container(page, 'duo', 'app')).toHaveAttribute('data-restarts', '1', { timeout: 20_000 });
    await expect(container(page, 'duo', 'app')).toHaveAttribute('data-state', 'running', { timeout: 20_000 });
    await expect(container(page, 'duo', 'sidecar')).toHaveAttribute('data-restarts', '0');
    await expect(page.getByTestId('pause-duo')).toHaveAttribute('data-attempt', sandbox ?? '');
    expect(await run(page, 'kubectl exec duo -c app -- hostname -i')).toBe(ip);
    expect(await run(page, 'kubectl get events')).toContain(
      'Container app definition changed, will be restarted',
    );
    // The editor's Apply says what happened, in the same words for a label.
    await setManifest(
      page,
      PAIR.replace('nginx:1.27', 'nginx:1.28').replace(
        '  name: duo\n',
        '  name: duo\n  labels:\n    tier: web\n',
      ),
    );
    await page.getByTestId('fp-apply').click();
    await expect(page.getByTestId('fp-status')).toContainText(
      'Applied: pod/duo configured. Changed in place',
    );
    await expect(container(page, 'duo', 'app')).toHaveAttribute('data-restarts', '1');

    // A link to the session replays those applies over the Pod in a new page, whose first load lacks the
    // comparison an apply over an existing Pod needs: the shared session's code brings it.
    await page.getByTestId('play-pause').click();
    await page.getByTestId('copy-link').click();
    await expect(page.getByTestId('notice')).toContainText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const other = await browser.newPage();
    const errors = watchErrors(other);
    await other.goto(link.replace(/^.*\?/, './?') + '&autoplay=0');
    await expect(container(other, 'duo', 'app')).toHaveAttribute('data-restarts', '1');
    await expect(other.getByTestId('pause-duo')).toHaveAttribute('data-attempt', sandbox ?? '');
    await expect(other.getByTestId('notice')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('on a phone, Apply brings the drawing into view, where the new Pod appears', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openFreePlay(page);
    await setManifest(page, PAIR);
    await page.getByTestId('fp-apply').scrollIntoViewIfNeeded();
    const canvasTop = () =>
      page.evaluate(() => document.getElementById('canvas')!.getBoundingClientRect().top);
    expect(await canvasTop()).toBeLessThan(-100);
    await page.getByTestId('fp-apply').click();
    await expect.poll(canvasTop).toBeGreaterThan(-100);
    await expect(page.getByTestId('pod-duo')).toBeInViewport();
  });

  test('a misspelt image fails to pull: ErrImagePull, then ImagePullBackOff, on the card and in kubectl', async ({
    page,
  }) => {
    await openFreePlay(page);
    await setManifest(
      page,
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: typo\nspec:\n  containers:\n  - name: app\n    image: ngnix\n',
    );
    await page.getByTestId('fp-apply').click();
    await expect(page.getByTestId('pod-typo')).toBeVisible();
    await expect(page.getByTestId('status-typo')).toContainText(/ErrImagePull|ImagePullBackOff/, {
      timeout: 20_000,
    });
    await expect(container(page, 'typo', 'app')).toContainText(/ErrImagePull|ImagePullBackOff/);
    const events = await run(page, 'kubectl get events --sort-by=.lastTimestamp');
    expect(events).toContain(
      'Failed to pull image "ngnix": failed to pull and unpack image "docker.io/library/ngnix:latest"',
    );
    expect(events).toContain('Error: ErrImagePull');
  });

  test('switches edit the manifest, and applying it changes the picture', async ({ page }) => {
    await openFreePlay(page);
    await page.getByTestId('switch-shareProcessNamespace').check();
    await expect(page.locator('.cm-content')).toContainText('shareProcessNamespace: true');
    await page.getByTestId('switch-restartPolicy').selectOption('Never');
    await expect(page.locator('.cm-content')).toContainText('restartPolicy: Never');
    await page.getByTestId('fp-apply').click();
    await expect(page.getByTestId('fp-status')).toContainText(
      'Applied: pod/web replaced. Of a Pod only the container images, labels and annotations can change in place',
    );
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-state', 'running', { timeout: 20_000 });
    const pidIds = await page
      .locator('[data-testid^="container-web-"] [data-ns="pid"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-ns-id')));
    expect(new Set(pidIds).size).toBe(1);
    // From the BusyBox sidecar (nginx's slim image has no ps): pause is PID 1 of the shared namespace.
    expect(await run(page, 'kubectl exec web -c log-shipper -- ps aux')).toMatch(
      /^ +1 65535 +0:00 \/pause$/m,
    );
    // Applying the same manifest again changes nothing: same Pod, same sandbox.
    const sandbox = await page.getByTestId('pause-web').getAttribute('data-attempt');
    await page.getByTestId('fp-apply').click();
    await expect(page.getByTestId('fp-status')).toContainText('Applied: pod/web unchanged.');
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', sandbox ?? '');
    expect(await run(page, 'kubectl apply -f -')).toBe('pod/web unchanged');
    await page.getByTestId('switch-shareProcessNamespace').uncheck();
    await expect(page.locator('.cm-content')).not.toContainText('shareProcessNamespace');
    // And the other way: editing the text moves the switches.
    await setManifest(page, PAIR.replace('spec:\n', 'spec:\n  hostIPC: true\n'));
    await expect(page.getByTestId('switch-hostIPC')).toBeChecked();
    await expect(page.getByTestId('switch-restartPolicy')).toHaveValue('Always');
  });

  test('hostNetwork and hostIPC: pause holds only what is the Pod’s own; the Node’s namespaces say (host)', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openFreePlay(page);
    await setManifest(page, PAIR.replace('spec:\n', 'spec:\n  hostIPC: true\n'));
    await page.getByTestId('fp-apply').click();
    await expect(container(page, 'duo', 'sidecar')).toHaveAttribute('data-state', 'running', {
      timeout: 20_000,
    });
    // hostIPC: IPC is the Node's; pause still holds the Pod's own network and UTS namespaces.
    await expect(page.getByTestId('pause-duo').locator('.pause-holds')).toHaveText('holds net · uts');
    for (const name of ['app', 'sidecar'])
      await expect(container(page, 'duo', name).locator('.joined-row')).toHaveText('joined pause: net · uts');
    await page.getByTestId('ns-ipc').click();
    await expect(container(page, 'duo', 'app').locator('.ns-chip.emphasised')).toHaveText(
      /^ipc:\[\d+\] \(host\)$/,
    );
    await page.getByTestId('ns-net').click();
    await expect(container(page, 'duo', 'app').locator('.ns-chip.emphasised')).toHaveText(
      /^net:\[\d+\] = pause$/,
    );
    // hostNetwork as well (the Node's UTS comes with it): pause holds nothing of the Pod's, and says nothing.
    await setManifest(page, PAIR.replace('spec:\n', 'spec:\n  hostIPC: true\n  hostNetwork: true\n'));
    await page.getByTestId('fp-apply').click();
    await expect(page.getByTestId('fp-status')).toContainText('pod/duo replaced');
    await expect(container(page, 'duo', 'sidecar')).toHaveAttribute('data-state', 'running', {
      timeout: 20_000,
    });
    await expect(page.getByTestId('pause-duo')).toHaveAttribute('data-attempt', '0');
    await expect(page.getByTestId('pause-duo').locator('.pause-holds')).toHaveCount(0);
    await expect(container(page, 'duo', 'app').locator('.ns-chip.emphasised')).toHaveText(
      /^net:\[\d+\] \(host\)$/,
    );
    await page.getByTestId('ns-net').click();
    await expect(container(page, 'duo', 'app').locator('.ns-chip.emphasised')).toHaveCount(0);
    await expect(container(page, 'duo', 'app')).not.toContainText('joined pause');
    expect(errors).toEqual([]);
  });

  test('names from YAML and commands are shown as text, never as HTML', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openFreePlay(page);
    const hostile = '<img src=x onerror=alert(1)>';
    await setManifest(
      page,
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: "${hostile}"\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n`,
    );
    await expect(page.getByTestId('problems')).toContainText(`metadata.name: Invalid value: "${hostile}"`);
    expect(await run(page, `kubectl describe pod '${hostile}'`)).toContain(`pods "${hostile}" not found`);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('switching tabs keeps the edited manifest, the terminal history and the half-typed line', async ({
    page,
  }) => {
    await openFreePlay(page);
    await setManifest(page, PAIR);
    await run(page, 'kubectl get pods');
    const entries = await page.getByTestId('terminal-entry').count();
    await page.getByTestId('terminal-input').fill('kubectl describe po');
    await page.getByTestId('tab-status').click();
    await expect(page.getByTestId('tab-freeplay')).toHaveAttribute('aria-selected', 'false');
    await expect(page.locator('.cm-content')).toBeHidden();
    await page.getByTestId('tab-freeplay').click();
    await expect(page.locator('.cm-content')).toContainText('name: duo');
    await expect(page.getByTestId('terminal-entry')).toHaveCount(entries);
    await expect(page.getByTestId('terminal-input')).toHaveValue('kubectl describe po');
  });

  test('typing in the editor never runs a shortcut (its shadow root hides it from the window)', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openFreePlay(page);
    const speed = await page.getByTestId('speed').inputValue();
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+End');
    // Every key here is a shortcut outside the editor: kill pause (p), kill a container (k), reset (r),
    // slower/faster (- +), next Pod (n), play/pause (space), step (.), help (?).
    const typed = '# kept: p k r - + n . ?';
    await page.keyboard.type(`\n${typed}`);
    await expect(page.locator('.cm-content')).toContainText(typed);
    await expect(page.getByTestId('speed')).toHaveValue(speed);
    await expect(page.getByTestId('pause-web')).toHaveAttribute('data-attempt', '0');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('fp-editor');
    expect(errors).toEqual([]);
  });

  test('a delete held up by a container that ignores TERM: the card shows the exit, kubectl the status the sync began with', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openFreePlay(page);
    await setManifest(page, STUBBORN);
    await page.getByTestId('fp-apply').click();
    const graceful = container(page, 'duo', 'graceful');
    await expect(container(page, 'duo', 'stubborn')).toHaveAttribute('data-state', 'running', {
      timeout: 20_000,
    });
    await expect(graceful).toHaveAttribute('data-state', 'running');
    expect(await run(page, 'kubectl delete pod duo')).toContain('pod "duo" deleted from default namespace');
    // The runtime: graceful exited 0 on its TERM. The API: what the kubelet wrote when its sync began.
    await expect(graceful).toHaveAttribute('data-state', 'terminated');
    await expect(graceful).toHaveAttribute('data-api-state', 'Running');
    await expect(graceful).toContainText('kubectl still says Running');
    await expect(page.getByTestId('live-narration')).toContainText(
      'graceful exited (0); kubectl shows it once the kubelet’s current sync is done',
    );
    expect(await run(page, 'kubectl get pods')).toMatch(/duo\s+2\/2\s+Terminating/);
    expect(await run(page, 'crictl ps -a')).toMatch(/Exited\s+graceful/);
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    test(`a compact terminating Pod on a phone: the grace countdown ends the status line without covering it (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openFreePlay(page, { lang });
      await setManifest(page, STUBBORN);
      await page.getByTestId('fp-apply').click();
      await expect(container(page, 'duo', 'stubborn')).toHaveAttribute('data-state', 'running', {
        timeout: 20_000,
      });
      await run(page, 'kubectl delete pod duo');
      const pod = page.getByTestId('pod-duo');
      await expect(pod.locator('.grace')).toBeVisible();
      // The compact card draws graceful's exit; what kubectl still says is its tooltip.
      const graceful = container(page, 'duo', 'graceful');
      await expect(graceful).toHaveAttribute('data-api-state', 'Running');
      await expect(graceful.locator('> title')).toHaveText(
        lang === 'en' ? 'kubectl still says Running' : 'kubectl 仍显示 Running',
      );
      const boxes = await pod.evaluate((g) => {
        const box = (selector: string) => {
          const r = (g.querySelector(selector) as SVGGraphicsElement).getBBox();
          return { left: r.x, right: r.x + r.width, top: r.y, bottom: r.y + r.height };
        };
        return {
          grace: box('.grace'),
          status: box('.pod-status text'),
          width: (g as SVGGElement).ownerSVGElement!.viewBox.baseVal.width,
        };
      });
      expect(boxes.status.right).toBeLessThan(boxes.grace.left);
      expect(boxes.grace.right).toBeLessThanOrEqual(boxes.width);
      // Same line: the countdown is not pushed over the containers or the name.
      expect(Math.abs(boxes.status.bottom - boxes.grace.bottom)).toBeLessThan(4);
    });
  }

  test('a 63-character container name is cut to its card, whole in its tooltip', async ({ page }) => {
    const long = `c${'x'.repeat(61)}z`;
    await openFreePlay(page);
    await setManifest(
      page,
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: longname\nspec:\n  containers:\n  - name: ${long}\n    image: busybox:1.36\n    command: ["sleep", "3600"]\n`,
    );
    await page.getByTestId('fp-apply').click();
    const card = page.getByTestId(`container-longname-${long}`);
    await expect(card).toHaveAttribute('data-state', 'running');
    const name = card.locator('.container-name');
    await expect(name).toContainText('…');
    await expect(name.locator('title')).toHaveText(long);
    // The name ends before the kill button, inside the card.
    const nameBox = (await name.boundingBox())!;
    const kill = (await page.getByTestId(`kill-longname-${long}`).boundingBox())!;
    expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(kill.x);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    test(`on a phone, PodScope’s note about a command wraps inside the terminal, apart from the tool’s output (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openFreePlay(page, { lang });
      // nginx has no ps: the runtime's error is tool output (it may scroll); the note is prose that wraps.
      const output = await run(page, 'kubectl exec web -c app -- ps aux');
      expect(output).toMatch(/exec: "ps": executable file not found in \$PATH: unknown$/);
      const entry = page.getByTestId('terminal-entry').last();
      const note = entry.getByTestId('terminal-note');
      await expect(note).toContainText(lang === 'en' ? 'The nginx image has no ps' : 'nginx 镜像里没有 ps');
      await expect(note).toContainText(lang === 'en' ? 'PodScope' : 'PodScope 说明');
      const box = await note.evaluate((el) => {
        const log = el.closest('[data-testid="terminal-output"]')!.getBoundingClientRect();
        const own = el.getBoundingClientRect();
        return { overflow: el.scrollWidth - el.clientWidth, right: own.right - log.right, lines: own.height };
      });
      expect(box.overflow).toBeLessThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(0);
      // Several lines: it wrapped rather than running off to the right.
      expect(box.lines).toBeGreaterThan(60);
    });
  }

  test('kubectl get -o yaml pasted into the editor applies as unchanged: what admission added is no change', async ({
    page,
  }) => {
    await openFreePlay(page);
    await expect(container(page, 'web', 'app')).toHaveAttribute('data-state', 'running', { timeout: 20_000 });
    const yaml = await run(page, 'kubectl get pod web -o yaml');
    expect(yaml).toContain('mountPath: /var/run/secrets/kubernetes.io/serviceaccount');
    await setManifest(page, yaml);
    await page.getByTestId('fp-apply').click();
    await expect(page.getByTestId('fp-status')).toContainText('Applied: pod/web unchanged.');
    // The same Pod (same UID), not one deleted and created again.
    const uid = (text: string) => /^ {2}uid: (\S+)$/m.exec(text)?.[1];
    expect(uid(yaml)).toMatch(/^[\da-f-]{36}$/);
    expect(uid(await run(page, 'kubectl get pod web -o yaml'))).toBe(uid(yaml));
    // The canvas draws the volumes the manifest declares, not admission's.
    await expect(page.locator('[data-testid^="volume-web-kube-api-access"]')).toHaveCount(0);
  });

  test('the keyboard hints show with a keyboard and mouse, not on a touch screen; wide output shades its edge', async ({
    page,
    browser,
  }) => {
    await openFreePlay(page);
    await expect(page.getByTestId('terminal-keys')).toBeVisible();
    await expect(page.getByTestId('editor-keys')).toBeVisible();
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const touch = await phone.newPage();
    await openFreePlay(touch);
    await expect(touch.getByTestId('terminal-input')).toBeVisible();
    await expect(touch.getByTestId('terminal-keys')).toBeHidden();
    await expect(touch.getByTestId('editor-keys')).toBeHidden();
    // Still the input's description for a screen reader.
    expect(await touch.getByTestId('terminal-input').getAttribute('aria-describedby')).toContain('-keys');
    // A table wider than the phone scrolls sideways; the log's edges carry shades that say so.
    await run(touch, 'kubectl get pods -o wide');
    const log = touch.locator('.fp-log');
    expect(await log.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const style = await log.evaluate((el) => {
      const { backgroundImage, backgroundAttachment } = getComputedStyle(el);
      return { backgroundImage, backgroundAttachment };
    });
    expect(style.backgroundImage.match(/radial-gradient/g)).toHaveLength(2);
    expect(style.backgroundAttachment).toMatch(/^local, local, scroll, scroll/);
    await phone.close();
  });

  test('select all, then type: the typed text replaces everything, with no CSP error', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./?lang=en');
    await expect(page.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
    await page.getByTestId('tab-freeplay').click();
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('x');
    await expect(page.locator('.cm-content')).toHaveText('x');
    // Give a late violation report time to arrive before checking.
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
  });

  test('an IME composition over a selection in one line replaces it, with no CSP error', async ({ page }) => {
    const errors = watchErrors(page);
    await openFreePlay(page, { lang: 'zh-CN' });
    await page.locator('.cm-content').click();
    // The first line, `apiVersion: v1`: a key and a value, two highlighted elements.
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('Shift+End');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'ni', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '你' });
    await expect(page.locator('.cm-line').first()).toHaveText('你');
    await expect(page.locator('.cm-line').nth(1)).toHaveText('kind: Pod');
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
  });

  test('keyboard only: into the editor and out with Esc, Tab; the terminal with history and completion', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openApp(page);
    // Start on the tab list (reaching it by Tab is the canvas tests' business), then keys only.
    await page.getByTestId('tab-status').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tab-freeplay')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.cm-content')).toBeVisible();
    await tabTo(page, 'fp-editor');
    await page.keyboard.press('Tab'); // indents: the editor keeps the focus
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('fp-editor');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('fp-apply');

    await tabTo(page, 'terminal-input');
    await page.keyboard.type('kubectl get po');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('terminal-input')).toHaveValue('kubectl get pods ');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('terminal-output')).toContainText(/web\s+2\/2\s+Running/);
    await page.keyboard.press('ArrowUp');
    await expect(page.getByTestId('terminal-input')).toHaveValue('kubectl get pods ');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'terminal-output',
    );
    await page.keyboard.press('Tab'); // back to the (now filled) input
    await page.keyboard.press('Tab'); // completes the Pod's name
    await expect(page.getByTestId('terminal-input')).toHaveValue('kubectl get pods web ');
    await page.keyboard.press('Tab'); // nothing left to complete: Tab moves on
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'terminal-run',
    );
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations with the tab open (${theme})`, async ({ page }) => {
      await openFreePlay(page, { theme });
      await run(page, 'kubectl get pods');
      await setManifest(
        page,
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  restartPolicy: Sometimes\n',
      );
      await expect(page.getByTestId('problems')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
