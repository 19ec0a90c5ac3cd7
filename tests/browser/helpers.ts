import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Collects page errors and console errors so a test can assert the page stayed clean. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Opens the app in a language and theme (set through the same switches a user would use). */
export async function openApp(page: Page, options: { lang?: 'en' | 'zh-CN'; theme?: 'light' | 'dark' } = {}) {
  await page.goto('./');
  const lang = options.lang ?? 'en';
  await page.getByRole('radio', { name: lang === 'en' ? 'English' : '中文' }).check();
  if (options.theme) {
    const names = { en: { light: 'Light', dark: 'Dark' }, 'zh-CN': { light: '浅色', dark: '深色' } };
    await page.getByRole('radio', { name: names[lang][options.theme] }).check();
  }
  await expect(page.getByTestId('pod-web')).toHaveAttribute('data-status', 'Running');
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Presses Tab until the element with this test id has focus: proves it is reachable by keyboard. */
export async function tabTo(page: Page, testId: string, maxPresses = 120) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testId) return;
  }
  throw new Error(`${testId} was not reached with Tab in ${maxPresses} presses`);
}

export const container = (page: Page, pod: string, name: string) =>
  page.getByTestId(`container-${pod}-${name}`);
