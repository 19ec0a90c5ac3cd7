import { describe, expect, it, vi } from 'vitest';
import { createPreferencesStore } from './preferences';
import type { SafeStorage } from './safeStorage';

// The Chinese messages' chunk: loaded on the first switch; here it fails (the network dropped) on the first.
// (The test setup registers every catalogue, so the mock decides what counts as loaded.)
let failLoads = 1;
let chineseLoaded = false;
vi.mock('../i18n', async (original) => ({
  ...(await original<typeof import('../i18n')>()),
  isLanguageLoaded: (lang: string) => lang === 'en' || chineseLoaded,
  loadLanguage: () => {
    if (failLoads-- > 0) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    chineseLoaded = true;
    return Promise.resolve();
  },
}));

const memoryStorage = (): SafeStorage => {
  const items = new Map<string, string>();
  return {
    available: true,
    get: (key) => items.get(key) ?? null,
    set: (key, value) => (items.set(key, value), true),
    remove: (key) => void items.delete(key),
  };
};

describe('switching language', () => {
  it('keeps the page in its language and tells, when the messages cannot load; switches once they can', async () => {
    const onLanguageFailed = vi.fn();
    const prefs = createPreferencesStore({ storage: memoryStorage(), lang: 'en', onLanguageFailed });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    prefs.getState().setLang('zh-CN');
    expect(prefs.getState().pendingLang).toBe('zh-CN');
    await vi.waitFor(() => expect(onLanguageFailed).toHaveBeenCalledTimes(1));
    expect(prefs.getState()).toMatchObject({ lang: 'en', pendingLang: null });

    prefs.getState().setLang('zh-CN');
    await vi.waitFor(() => expect(prefs.getState().lang).toBe('zh-CN'));
    expect(onLanguageFailed).toHaveBeenCalledTimes(1);
  });
});
