import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppRoot } from '../AppRoot';
import { startFromUrl } from '../embed/startup';
import type { Lang } from '../i18n';
import { FIT_LANDSCAPE_RATIO, largestOrientationOf } from '../view/canvas/frameGuess';
import type { Orientation } from '../view/canvas/layout';
import type { FirstFrameChoice } from './choose';
import { renderFirstFrames } from './render';
import { revealFirstFrame, showStartupError } from './reveal';
import { FIRST_FRAME_VIEWPORTS } from './variants';

let markup = '';
let frames: Document;
beforeAll(async () => {
  markup = `<div id="root">${await renderFirstFrames()}</div>`;
  frames = pageWithFrames();
});

/** A fresh page whose #root holds the four prerendered frames, as the built index.html does. */
function pageWithFrames(): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

const variant = (doc: Document, name: string) =>
  [...doc.querySelectorAll<HTMLElement>('[data-first-frame]')].find((e) => e.dataset.firstFrame === name);

/** The app's own first client render, for the same language and viewport. */
async function clientFirstRender(lang: Lang, orientation: Orientation): Promise<HTMLElement> {
  const startup = await startFromUrl('', [lang]);
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() =>
    root.render(<AppRoot startup={startup} firstViewport={FIRST_FRAME_VIEWPORTS[orientation]} />),
  );
  unmounts.push(() => root.unmount());
  return container;
}
const unmounts: (() => void)[] = [];
afterEach(() => unmounts.splice(0).forEach((unmount) => unmount()));

/** Tag and class of every element, in document order: the page's structure without its identities. */
const shape = (root: Element) =>
  [...root.querySelectorAll('*')].map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`);

describe('the prerendered first frames', () => {
  it('are four hidden, inert copies of the default page: each language, wide and narrow', () => {
    const names = [...frames.querySelectorAll<HTMLElement>('[data-first-frame]')].map(
      (e) => e.dataset.firstFrame,
    );
    expect(names).toEqual(['zh-CN landscape', 'zh-CN portrait', 'en landscape', 'en portrait']);
    for (const frame of frames.querySelectorAll<HTMLElement>('[data-first-frame]')) {
      expect(frame.hidden).toBe(true);
      expect(frame.hasAttribute('inert')).toBe(true);
      expect(frame.getAttribute('aria-hidden')).toBe('true');
    }
    expect(variant(frames, 'en landscape')?.textContent).toContain('See inside a Kubernetes Pod');
    expect(variant(frames, 'zh-CN portrait')?.textContent).toContain('看清 Kubernetes Pod 的内部');
  });

  it('set where an embed or presenter mode switches orientation: where the other draws the Pod larger', () => {
    const node = (name: string) => {
      const canvas = variant(frames, name)!.querySelector<HTMLElement>('.pod-canvas')!;
      return { width: Number(canvas.dataset.width), height: Number(canvas.dataset.height) };
    };
    const drawings = { landscape: node('en landscape'), portrait: node('en portrait') };
    expect(FIT_LANDSCAPE_RATIO).toBeCloseTo(drawings.landscape.width / drawings.portrait.height, 9);
    const scale = (frame: { width: number; height: number }, orientation: Orientation) =>
      Math.min(frame.width / drawings[orientation].width, frame.height / drawings[orientation].height);
    for (let ratio = 0.5; ratio <= 3; ratio += 0.05) {
      const frame = { width: 600 * ratio, height: 600 };
      const chosen = largestOrientationOf(frame);
      const other = chosen === 'landscape' ? 'portrait' : 'landscape';
      expect(scale(frame, chosen), `ratio ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(scale(frame, other));
    }
  });

  it('carry no ids, test ids, radio names or style attributes (the CSP refuses those)', () => {
    const all = [...frames.querySelectorAll('[data-first-frame] *')];
    for (const attribute of ['id', 'data-testid', 'name', 'for', 'style'])
      expect(all.filter((e) => e.hasAttribute(attribute)).length, attribute).toBe(0);
    expect(all.filter((e) => e.hasAttribute('data-style')).length).toBeGreaterThan(5);
  });

  it.each([
    ['en', 'landscape'],
    ['zh-CN', 'portrait'],
  ] as const)('are what the app itself renders first (%s, %s)', async (lang, orientation) => {
    const prerendered = variant(frames, `${lang} ${orientation}`)!;
    const live = await clientFirstRender(lang, orientation);
    expect(shape(prerendered)).toEqual(shape(live));
    expect(prerendered.textContent).toBe(live.textContent);
    // The Node is drawn the same size: same viewBox, same Pod boxes.
    const geometry = (root: Element) =>
      [...root.querySelectorAll('svg[viewBox]')].map((svg) => svg.getAttribute('viewBox'));
    expect(geometry(prerendered)).toEqual(geometry(live));
  });
});

describe('revealFirstFrame', () => {
  const choice = (over: Partial<FirstFrameChoice>): FirstFrameChoice => ({
    lang: 'en',
    theme: 'system',
    orientation: 'landscape',
    prerendered: true,
    ...over,
  });

  it('shows only the matching frame, styled through the CSSOM, with the reader’s theme', () => {
    const doc = pageWithFrames();
    expect(
      revealFirstFrame(doc, choice({ lang: 'zh-CN', orientation: 'portrait', theme: 'dark' }), false),
    ).toBe(true);
    const shown = [...doc.querySelectorAll<HTMLElement>('[data-first-frame]')].filter((e) => !e.hidden);
    expect(shown.map((e) => e.dataset.firstFrame)).toEqual(['zh-CN portrait']);
    const canvas = shown[0]!.querySelector<HTMLElement>('.pod-canvas')!;
    expect(canvas.style.getPropertyValue('--canvas-w')).toBe(canvas.dataset.width);
    const checked = [...shown[0]!.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
      .filter((r) => r.checked)
      .map((r) => r.value);
    expect(checked).toEqual(['zh-CN', 'dark']);
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.documentElement.classList.contains('dark')).toBe(true);
  });

  it('shows none when the URL opens something else, yet still sets language and theme', () => {
    const doc = pageWithFrames();
    expect(revealFirstFrame(doc, choice({ prerendered: false, theme: 'system' }), true)).toBe(false);
    expect([...doc.querySelectorAll<HTMLElement>('[data-first-frame]')].every((e) => e.hidden)).toBe(true);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.documentElement.classList.contains('dark')).toBe(true);
  });

  it('shows none on a page without frames (the dev server)', () => {
    const doc = new DOMParser().parseFromString('<div id="root"></div>', 'text/html');
    expect(revealFirstFrame(doc, choice({}), false)).toBe(false);
  });
});

describe('showStartupError', () => {
  it('says, as an alert in the reader’s language, that the app could not start', () => {
    const doc = new DOMParser().parseFromString('<div id="root"></div>', 'text/html');
    showStartupError(doc, 'zh-CN', new TypeError('Failed to fetch dynamically imported module'));
    const alert = doc.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(
      'PodScope 未能启动(Failed to fetch dynamically imported module)。请刷新页面重试。',
    );
  });
});
