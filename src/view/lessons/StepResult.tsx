import { useId } from 'react';
import type { Step } from '../../lessons/types';
import { useT } from '../stores';
import { keepSpace } from './Prediction';
import { RichMessage } from './RichMessage';
import { Template } from './Template';
import { useLesson } from './useLesson';

/**
 * What happened: the feedback on the guess, the explanation with the live evidence, and "In more detail…"
 * where the seed note simplifies. Rendered inside the step's polite live region, so it is announced.
 */
export function StepResult({ step }: { step: Step }) {
  const t = useT();
  const titleId = useId();
  const choiceId = useLesson((s) => s.choice);
  const evidence = useLesson((s) => s.evidence);
  if (!evidence) return null;
  const choices = step.prediction?.choices ?? [];
  const chosen = choices.find((c) => c.id === choiceId);
  const correct = choices.find((c) => c.correct);
  return (
    <section className="lesson-result" data-testid="lesson-result" aria-labelledby={titleId}>
      <h4 id={titleId} className="lesson-result-title">
        <span aria-hidden="true">✓ </span>
        {t('lessons.ui.result')}
      </h4>
      {chosen && (
        <p className={`lesson-feedback ${chosen.correct ? 'right' : 'wrong'}`} data-testid="lesson-feedback">
          <Template
            messageKey="lessons.ui.feedback"
            parts={{
              verdict: (
                <strong>
                  <span aria-hidden="true">{chosen.correct ? '✓ ' : '✗ '}</span>
                  {chosen.correct ? t('lessons.ui.right') : t('lessons.ui.notQuite')}
                </strong>
              ),
              choice: t(chosen.label),
              feedback: t(chosen.feedback),
            }}
          />
        </p>
      )}
      {!chosen && correct && (
        <p className="lesson-feedback">
          <Template
            messageKey="lessons.ui.answer"
            parts={{ choice: t(correct.label), feedback: t(correct.feedback) }}
          />
        </p>
      )}
      <p className="lesson-explain" data-testid="lesson-explain">
        <RichMessage messageKey={step.explain} values={evidence} />
      </p>
      {step.detail && (
        <details className="lesson-detail">
          <summary data-testid="lesson-detail" onKeyDown={keepSpace}>
            {t('lessons.ui.moreDetail')}
          </summary>
          <p>{t(step.detail)}</p>
        </details>
      )}
    </section>
  );
}
