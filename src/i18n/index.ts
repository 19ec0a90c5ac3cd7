import { en, type Catalogue, type MessageKey } from './en';
import { zhCN } from './zh-CN';

export type { MessageKey };
export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export const catalogues: Record<Lang, Catalogue> = { en, 'zh-CN': zhCN };

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh-CN';
}

export type MessageParams = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders. Text only: the result is rendered as text, never as HTML. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
