import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../store/safeStorage';
import { chooseFirstFrame, type FirstFrameInput } from './choose';

/** A Storage holding `entries` (the preferences store's keys). */
function storageWith(entries: Record<string, string> = {}) {
  const data = new Map(Object.entries(entries));
  return createSafeStorage({
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  } as Storage);
}

const desktop = { width: 1280, height: 720 };
const phone = { width: 390, height: 844 };
const choose = (input: Partial<FirstFrameInput>) =>
  chooseFirstFrame({ search: '', storage: storageWith(), languages: ['en-US'], viewport: desktop, ...input });

describe('chooseFirstFrame', () => {
  it('shows the default page in the browser language, drawn for the screen', () => {
    expect(choose({})).toEqual({ lang: 'en', theme: 'system', orientation: 'landscape', prerendered: true });
    expect(choose({ languages: ['zh-TW', 'en'], viewport: phone })).toEqual({
      lang: 'zh-CN',
      theme: 'system',
      orientation: 'portrait',
      prerendered: true,
    });
  });

  it('follows stored preferences, and the URL over them, as the preferences store does', () => {
    const storage = storageWith({ 'podscope.lang': 'zh-CN', 'podscope.theme': 'dark' });
    expect(choose({ storage })).toMatchObject({ lang: 'zh-CN', theme: 'dark', prerendered: true });
    expect(choose({ storage, search: '?lang=en&theme=light' })).toMatchObject({
      lang: 'en',
      theme: 'light',
      prerendered: true,
    });
    // Corrupted stored values fall back like the store does.
    const corrupted = storageWith({ 'podscope.lang': '<b>', 'podscope.theme': 'neon' });
    expect(choose({ storage: corrupted, languages: ['zh-CN'] })).toMatchObject({
      lang: 'zh-CN',
      theme: 'system',
    });
  });

  it('waits for the app whenever the URL opens anything but the default page', () => {
    for (const search of [
      '?embed=1',
      '?lesson=kill-pause',
      '?s=AbCd',
      '?presenter=1',
      '?autoplay=0',
      '?lang=fr', // a bad value: the app will show a notice the prerendered page lacks
      '?theme=neon',
      '?colour=purple',
      '?lang=en&t=5000',
    ]) {
      expect(choose({ search }).prerendered, search).toBe(false);
    }
    // Still resolved, so the startup script can set <html lang> and the theme before the first paint.
    expect(choose({ search: '?embed=1&lang=zh-CN&theme=dark' })).toMatchObject({
      lang: 'zh-CN',
      theme: 'dark',
    });
  });

  it('picks the orientation the canvas will pick for the window', () => {
    expect(choose({ viewport: { width: 1920, height: 1080 } }).orientation).toBe('landscape');
    expect(choose({ viewport: { width: 1024, height: 1366 } }).orientation).toBe('portrait');
    // A tablet: the stacked layout scrolls, so its width decides (the app draws landscape from 700 px).
    expect(choose({ viewport: { width: 760, height: 1000 } }).orientation).toBe('landscape');
    expect(choose({ viewport: { width: 700, height: 1000 } }).orientation).toBe('portrait');
  });
});
