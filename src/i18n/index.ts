import { en, type Catalogue, type MessageKey } from './en';
import { LANGS, type Lang } from './lang';

export type { MessageKey };
export { LANGS, isLang, type Lang } from './lang';

/** The first page's messages, plus what lazily loaded areas (lessons, free play) register. */
const messages: Record<Lang, Partial<Catalogue>> = { en: { ...en }, 'zh-CN': {} };
const loaded = new Set<Lang>(['en']);

export function isLanguageLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/**
 * The first page's Chinese messages come in their own chunk (~3 KB): a Chinese reader fetches it before
 * the first render (main.tsx) or when switching language; an English reader never does.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  const { zhCN } = await import('./zh-CN');
  // What an area registered before wins (an embed's own words for a first-page key).
  messages['zh-CN'] = { ...zhCN, ...messages['zh-CN'] };
  loaded.add(lang);
}

/** Called once by a lazily loaded area with both of its catalogues (kept complete by tests). */
export function registerMessages(area: Record<Lang, Partial<Catalogue>>): void {
  for (const lang of LANGS) Object.assign(messages[lang], area[lang]);
}

export type MessageParams = Record<string, string | number>;

/** The raw template of a message (`{name}` placeholders unfilled); the key itself if not loaded. */
export function messageTemplate(lang: Lang, key: MessageKey): string {
  return messages[lang][key] ?? key;
}

/** Looks a key up and fills `{name}` placeholders. Text only: the result is rendered as text, never as HTML. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = messageTemplate(lang, key);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
