import { useEffect, useId, useRef } from 'react';
import { LESSONS } from '../../lessons/catalog';
import type { Progress } from '../../lessons/progress';
import type { Lesson } from '../../lessons/types';
import { useT } from '../stores';
import { useLesson } from './useLesson';

/** Where to pick up a lesson: the first step not done yet (or the last one visited), else the beginning. */
function resumeStep(lesson: Lesson, progress: Progress): number {
  const done = progress.done[lesson.id] ?? [];
  if (done.length === lesson.steps.length) return 0;
  if (progress.last?.lesson === lesson.id) return progress.last.step;
  return lesson.steps.findIndex((_, i) => !done.includes(i));
}

/** The lesson menu: every lesson with its progress and one button to start, continue or review it. */
export function LessonMenu(props: { onOpen: () => void; left: string | null; focusOnMount: boolean }) {
  const { onOpen, left, focusOnMount } = props;
  const t = useT();
  const id = useId();
  const progress = useLesson((s) => s.progress);
  const open = useLesson((s) => s.open);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Coming back from a lesson, focus lands on the menu instead of being lost with the button that vanished.
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  return (
    <section className="lesson-menu" aria-labelledby={`${id}-title`} data-testid="lesson-menu-list">
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="panel-heading">
        {t('lessons.title')}
      </h2>
      {left && (
        <p className="lesson-hint" role="status" data-testid="lesson-left">
          {left}
        </p>
      )}
      <p className="text-muted">{t('lessons.ui.intro')}</p>
      <ol className="lesson-list">
        {LESSONS.map((lesson, index) => {
          const done = progress.done[lesson.id]?.length ?? 0;
          const total = lesson.steps.length;
          const complete = done === total;
          const action = complete
            ? t('lessons.ui.review')
            : done > 0 || progress.last?.lesson === lesson.id
              ? t('lessons.ui.continue')
              : t('lessons.ui.start');
          const title = t(lesson.title);
          return (
            <li
              key={lesson.id}
              className={`lesson-card${complete ? ' complete' : ''}`}
              data-testid={`lesson-card-${lesson.id}`}
            >
              <p className="lesson-card-number">{t('lessons.ui.lessonNumber', { number: index + 1 })}</p>
              <h3 className="lesson-card-title">{title}</h3>
              <p className="lesson-card-summary">{t(lesson.summary)}</p>
              <div className="lesson-card-footer">
                <span className="lesson-card-progress">
                  {complete ? (
                    <strong>
                      <span aria-hidden="true">✓ </span>
                      {t('lessons.ui.completed')}
                    </strong>
                  ) : (
                    t('lessons.ui.stepsDone', { done, total })
                  )}
                </span>
                <button
                  type="button"
                  className="tool-button primary"
                  aria-label={`${action}: ${title}`}
                  data-testid={`lesson-open-${lesson.id}`}
                  onClick={() => {
                    open(lesson.id, resumeStep(lesson, progress));
                    onOpen();
                  }}
                >
                  {action}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
