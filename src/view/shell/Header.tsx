import { LANGS, type Lang } from '../../i18n';
import { THEMES, type Theme } from '../../store/preferences';
import { usePreferences, useT } from '../stores';
import { ShareTools } from '../share/ShareTools';
import { SegmentedControl } from './SegmentedControl';

const LANG_LABELS: Record<Lang, string> = { 'zh-CN': '中文', en: 'English' };

export function Header({ onPresent, onHelp }: { onPresent: () => void; onHelp: () => void }) {
  const t = useT();
  const lang = usePreferences((s) => s.lang);
  const pendingLang = usePreferences((s) => s.pendingLang);
  const theme = usePreferences((s) => s.theme);
  const setLang = usePreferences((s) => s.setLang);
  const setTheme = usePreferences((s) => s.setTheme);
  const themeLabels: Record<Theme, string> = {
    light: t('theme.light'),
    dark: t('theme.dark'),
    system: t('theme.system'),
  };
  return (
    <header className="app-header">
      <div className="flex min-w-0 items-center gap-3">
        <Logo />
        <div className="min-w-0">
          <h1 className="text-lg font-semibold leading-tight">{t('app.name')}</h1>
          <p className="truncate text-sm text-muted">{t('app.tagline')}</p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <ShareTools />
        <button type="button" className="tool-button" onClick={onPresent} data-testid="presenter">
          {t('presenter.enter')}
        </button>
        <button
          type="button"
          className="tool-button"
          onClick={onHelp}
          aria-label={t('shortcuts.open')}
          title={t('shortcuts.open')}
          data-testid="shortcuts"
        >
          ?
        </button>
        <SegmentedControl
          label={t('lang.label')}
          value={pendingLang ?? lang}
          testId="lang-switch"
          options={LANGS.map((value) => ({ value, label: LANG_LABELS[value], lang: value }))}
          onChange={setLang}
        />
        <SegmentedControl
          label={t('theme.label')}
          value={theme}
          testId="theme-switch"
          options={THEMES.map((value) => ({ value, label: themeLabels[value] }))}
          onChange={setTheme}
        />
      </div>
    </header>
  );
}

/** The pause hexagon holding three namespace rings: the product's idea in one glyph. */
function Logo() {
  return (
    <svg width="36" height="36" viewBox="0 0 36 36" aria-hidden="true" className="shrink-0">
      <circle cx="18" cy="18" r="16" fill="none" stroke="var(--ns-net)" strokeWidth="2.5" />
      <circle
        cx="18"
        cy="18"
        r="12"
        fill="none"
        stroke="var(--ns-ipc)"
        strokeWidth="2"
        strokeDasharray="3 2"
      />
      <polygon points="18,10 25,14 25,22 18,26 11,22 11,14" fill="var(--pause-fill)" />
    </svg>
  );
}
