import { isLang, type Lang } from '../i18n/lang';
import { initialPreferences, isTheme, type Theme } from '../store/initialPreferences';
import type { SafeStorage } from '../store/safeStorage';
import { guessFrameSize, orientationOf, type Viewport } from '../view/canvas/frameGuess';
import type { Orientation } from '../view/canvas/layout';

export interface FirstFrameInput {
  search: string;
  storage: SafeStorage;
  languages: readonly string[];
  viewport: Viewport;
}

export interface FirstFrameChoice {
  lang: Lang;
  theme: Theme;
  orientation: Orientation;
  /**
   * Whether a prerendered frame shows what the app will first render: only the default page (the URL at
   * most sets a valid language and theme). Anything else (a lesson, a shared link, embed mode, a bad
   * parameter that will raise a notice) waits for the app's own first render.
   */
  prerendered: boolean;
}

/** Pure, so it is tested without a browser: the startup script feeds it the real page. */
export function chooseFirstFrame(input: FirstFrameInput): FirstFrameChoice {
  const query = new URLSearchParams(input.search);
  const urlLang = query.get('lang');
  const urlTheme = query.get('theme');
  const { lang, theme } = initialPreferences(input.storage, {
    languages: input.languages,
    ...(isLang(urlLang) ? { lang: urlLang } : {}),
    ...(isTheme(urlTheme) ? { theme: urlTheme } : {}),
  });
  // Only a valid lang or theme leaves the page the default one.
  const prerendered = [...query].every(
    ([name, value]) => (name === 'lang' && isLang(value)) || (name === 'theme' && isTheme(value)),
  );
  return {
    lang,
    theme,
    orientation: orientationOf(guessFrameSize(input.viewport)),
    prerendered,
  };
}
