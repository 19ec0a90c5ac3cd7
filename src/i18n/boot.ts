import type { Lang } from './lang';

/**
 * The startup script's own messages: it runs before any catalogue has loaded (src/boot.ts), so the few
 * words it may need to show travel with it, in both languages.
 */
export const bootMessages: Record<Lang, { startFailed: string }> = {
  en: { startFailed: 'PodScope could not start ({error}). Reload the page to try again.' },
  'zh-CN': { startFailed: 'PodScope 未能启动({error})。请刷新页面重试。' },
};
