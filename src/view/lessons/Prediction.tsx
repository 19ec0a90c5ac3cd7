import { useId, type KeyboardEvent } from 'react';
import type { Prediction as PredictionData } from '../../lessons/types';
import { useT } from '../stores';
import { useLesson } from './useLesson';

/**
 * Space checks a focused radio (native behaviour); the app's window-level Space shortcut (play/pause) must not
 * take it. React's handler runs at the root, before the event reaches `window`.
 */
export function keepSpace(event: KeyboardEvent) {
  if (event.key === ' ') event.stopPropagation();
}

/**
 * "Guess first": the question as a native radio group (arrow keys move between choices; a screen reader
 * hears the question as the group's name). Locked once the result is in; feedback appears with the result.
 */
export function Prediction({ prediction }: { prediction: PredictionData }) {
  const t = useT();
  const id = useId();
  const choice = useLesson((s) => s.choice);
  const done = useLesson((s) => s.phase === 'done');
  const choose = useLesson((s) => s.choose);
  return (
    <fieldset
      className="lesson-prediction"
      disabled={done}
      data-testid="lesson-prediction"
      onKeyDown={keepSpace}
    >
      <legend className="lesson-question">{t(prediction.question)}</legend>
      {prediction.choices.map((c) => {
        const mark = done && c.correct ? '✓ ' : '';
        return (
          <label
            key={c.id}
            className={`lesson-choice${choice === c.id ? ' chosen' : ''}${done && c.correct ? ' correct' : ''}`}
          >
            <input
              type="radio"
              name={`${id}-choice`}
              value={c.id}
              checked={choice === c.id}
              onChange={() => choose(c.id)}
              data-testid={`lesson-choice-${c.id}`}
            />
            <span>
              {mark && <span aria-hidden="true">{mark}</span>}
              {t(c.label)}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
