import type { StepAct } from '../../lessons/types';
import { useSim, useT } from '../stores';
import { revealCanvas } from '../shell/revealCanvas';
import { useLesson } from './useLesson';

/**
 * The step's one action: its own button (the canvas's controls count too), then what is going on while the
 * result is on its way — including the one reason it may never come: time is paused.
 */
export function StepAction({ act, hasPrediction }: { act: StepAct; hasPrediction: boolean }) {
  const t = useT();
  const phase = useLesson((s) => s.phase);
  const chosen = useLesson((s) => s.choice !== null);
  const offScript = useLesson((s) => s.offScript);
  const perform = useLesson((s) => s.act);
  const playing = useSim((s) => s.playing);
  const play = useSim((s) => s.play);
  if (phase === 'done') return null;
  return (
    <div className="lesson-act">
      {phase === 'waiting' && (
        <>
          {hasPrediction && !chosen && <p className="text-muted">{t('lessons.ui.guessFirst')}</p>}
          <div className="lesson-act-row">
            <button
              type="button"
              className={`tool-button lesson-act-button${act.kind === 'action' ? ' primary' : ''}`}
              onClick={() => perform() && revealCanvas()}
              data-testid="lesson-act"
            >
              {t(act.label)}
            </button>
          </div>
          <p className="lesson-hint">{t('lessons.ui.orCanvas')}</p>
          {offScript && (
            <p className="lesson-hint" data-testid="lesson-off-script">
              {t('lessons.ui.offScript', { act: t(act.label) })}
            </p>
          )}
        </>
      )}
      {phase === 'running' && (
        <p className="lesson-waiting" data-testid="lesson-waiting">
          {t('lessons.ui.waiting')}
        </p>
      )}
      {phase === 'running' && !playing && (
        <p className="lesson-hint">
          {t('lessons.ui.paused')}{' '}
          <button type="button" className="tool-button" onClick={play} data-testid="lesson-play">
            {t('lessons.ui.play')}
          </button>
        </p>
      )}
    </div>
  );
}
