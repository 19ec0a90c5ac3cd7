import { useEffect, useRef } from 'react';
import { LESSONS } from '../../lessons/catalog';
import type { Lesson } from '../../lessons/types';
import { useT } from '../stores';
import { Prediction } from './Prediction';
import { StepAction } from './StepAction';
import { StepResult } from './StepResult';
import { useLesson } from './useLesson';

/** One lesson: where you are, the current step (look → guess → act → result), and the ways on or out. */
export function LessonView(props: {
  lesson: Lesson;
  onLeave: () => void;
  /** Back to the lesson menu (the simulation stays as it is). */
  onMenu: () => void;
  focusOnOpen: boolean;
}) {
  const { lesson, onLeave, onMenu } = props;
  const t = useT();
  const index = useLesson((s) => s.step);
  const phase = useLesson((s) => s.phase);
  const done = useLesson((s) => s.progress.done[lesson.id]);
  const next = useLesson((s) => s.next);
  const previous = useLesson((s) => s.previous);
  const restart = useLesson((s) => s.restart);
  const open = useLesson((s) => s.open);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = lesson.steps[index]!;
  const last = index === lesson.steps.length - 1;
  const nextLesson = LESSONS[LESSONS.indexOf(lesson) + 1];

  // A new step starts at its heading, so keyboard and screen-reader users go on from the top. Not when the
  // view merely appears (the learner switched tabs): focus stays where they put it.
  const mounted = useRef(props.focusOnOpen);
  useEffect(() => {
    if (mounted.current) headingRef.current?.focus();
    mounted.current = true;
  }, [lesson.id, index]);

  return (
    <article className="lesson-view" data-testid="lesson-view" data-lesson={lesson.id} data-step={index + 1}>
      <header className="lesson-header">
        <h2 className="panel-heading">{t(lesson.title)}</h2>
        <p className="lesson-step-count" data-testid="lesson-step-count">
          {t('lessons.ui.stepOf', { step: index + 1, total: lesson.steps.length })}
        </p>
        <ol className="lesson-steps-bar" aria-hidden="true">
          {lesson.steps.map((s, i) => (
            <li key={s.id} className={`${i === index ? 'current' : ''}${done?.includes(i) ? ' done' : ''}`}>
              {done?.includes(i) ? '✓' : i + 1}
            </li>
          ))}
        </ol>
      </header>

      <section className="lesson-step" aria-labelledby={`lesson-step-${lesson.id}-${step.id}`}>
        <h3
          id={`lesson-step-${lesson.id}-${step.id}`}
          ref={headingRef}
          tabIndex={-1}
          className="lesson-step-title"
          data-testid="lesson-step-title"
        >
          {t(step.title)}
        </h3>
        <p className="lesson-look">{t(step.look)}</p>
        {step.prediction && <Prediction prediction={step.prediction} />}
        {step.act && <StepAction act={step.act} hasPrediction={step.prediction !== undefined} />}
        <div aria-live="polite" className="lesson-live">
          {phase === 'done' && <StepResult step={step} />}
        </div>
      </section>

      <nav className="lesson-nav" aria-label={t(lesson.title)}>
        <button
          type="button"
          className="tool-button"
          onClick={previous}
          disabled={index === 0}
          data-testid="lesson-prev"
        >
          <span aria-hidden="true">← </span>
          {t('lessons.ui.previous')}
        </button>
        {!last && (
          <button
            type="button"
            className={`tool-button${phase === 'done' ? ' primary' : ''}`}
            onClick={next}
            data-testid="lesson-next"
          >
            {t('lessons.ui.next')}
            <span aria-hidden="true"> →</span>
          </button>
        )}
        {last && nextLesson && (
          <button
            type="button"
            className={`tool-button${phase === 'done' ? ' primary' : ''}`}
            onClick={() => open(nextLesson.id)}
            data-testid="lesson-next-lesson"
          >
            {t('lessons.ui.nextLesson', { title: t(nextLesson.title) })}
            <span aria-hidden="true"> →</span>
          </button>
        )}
        {last && !nextLesson && (
          <button type="button" className="tool-button" onClick={onMenu} data-testid="lesson-finish">
            {t('lessons.ui.allDone')}
          </button>
        )}
      </nav>
      {last && phase === 'done' && (
        <p className="lesson-complete" role="status" data-testid="lesson-complete">
          <span aria-hidden="true">🎉 </span>
          {t('lessons.ui.lessonDone')}
        </p>
      )}
      <div className="lesson-nav secondary">
        <button type="button" className="tool-button" onClick={restart} data-testid="lesson-restart">
          <span aria-hidden="true">↺ </span>
          {t('lessons.ui.restart')}
        </button>
        <button type="button" className="tool-button" onClick={onMenu} data-testid="lesson-menu">
          {t('lessons.ui.menu')}
        </button>
        <button type="button" className="tool-button" onClick={onLeave} data-testid="lesson-free-play">
          {t('lessons.ui.freePlay')}
        </button>
      </div>
    </article>
  );
}
