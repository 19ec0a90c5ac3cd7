import type { NarrationItem } from '../../store/narration';
import { usePreferences, useSim, useT } from '../stores';
import { formatVirtualTime } from './formatTime';
import { narrationSentence, useExplanations } from './explanations';

const SHOWN = 5;

/** The live region: each change told in one sentence, announced politely to screen readers. */
export function Narrator() {
  const t = useT();
  const lang = usePreferences((s) => s.lang);
  const narration = useSim((s) => s.narration);
  const recent = narration.slice(-SHOWN);
  const ready = useExplanations(recent.length > 0);
  const sentence = (items: NarrationItem[]) => (ready ? narrationSentence(lang, items) : '');
  return (
    <section className="narrator" aria-labelledby="narrator-title">
      <h2 id="narrator-title" className="panel-heading">
        {t('narrate.title')}
      </h2>
      {recent.length === 0 && <p className="text-muted">{t('narrate.empty')}</p>}
      <ol className="narration-list">
        {recent.map((line) => (
          <li key={line.id}>
            <span className="mono text-muted">{formatVirtualTime(line.at)}</span> {sentence(line.items)}
          </li>
        ))}
      </ol>
      {/* Screen readers hear only the newest line, once. */}
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="live-narration">
        {recent.length > 0 ? sentence(recent[recent.length - 1]!.items) : ''}
      </p>
    </section>
  );
}
