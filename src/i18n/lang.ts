/**
 * The languages PodScope speaks. Apart from the catalogues so the startup script (src/boot.ts) can pick the
 * first frame's language without loading any messages.
 */
export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh-CN';
}

/** Browser language → our nearest catalogue: any Chinese goes to zh-CN, everything else to English. */
export function preferredLang(languages: readonly string[]): Lang {
  return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}
