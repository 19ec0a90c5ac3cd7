import './oneScreen.css';
import './presenter.css';
// Its button's words come with the shortcuts' catalogue (Esc leaves presenter mode).
import './dialogMessages';
import { NAMESPACE_STYLES } from '../canvas/namespaceStyle';
import { narrationSentence, useExplanations } from '../controls/explanations';
import { usePreferences, useSim, useT } from '../stores';

/**
 * Presenter mode's one line for the back row: what just happened (or what the highlighted namespace
 * means), large. Everything else is on the keyboard (`?` lists it).
 */
export function PresenterStrip({ onExit }: { onExit: () => void }) {
  const t = useT();
  const lang = usePreferences((s) => s.lang);
  const latest = useSim((s) => s.narration.at(-1));
  const highlighted = useSim((s) => s.highlightedNamespace);
  const ready = useExplanations(latest !== undefined || highlighted !== null);
  const line = latest ? (ready ? narrationSentence(lang, latest.items) : '') : t('narrate.empty');
  return (
    <section className="presenter-strip" aria-label={t('narrate.title')}>
      <p aria-live="polite" data-testid="presenter-line">
        {line}
      </p>
      {highlighted && ready && (
        <p className="presenter-ns">
          <strong>{t(NAMESPACE_STYLES[highlighted].name)}</strong> —{' '}
          {t(NAMESPACE_STYLES[highlighted].caption)}
        </p>
      )}
      <button type="button" className="tool-button" onClick={onExit} data-testid="exit-presenter">
        {t('presenter.exit')}
      </button>
    </section>
  );
}
