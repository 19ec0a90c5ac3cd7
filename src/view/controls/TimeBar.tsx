import { SPEEDS } from '../../store/simulationStore';
import { useSim, useT } from '../stores';
import { formatVirtualTime } from './formatTime';
import { PauseIcon, PlayIcon, ResetIcon, StepIcon } from './icons';

/** While playing, the clock and scrubber move at most this often (wall ms). */
const DISPLAY_EVERY_MS = 100;

/**
 * Virtual time as the time bar shows it: exact when paused; while playing, rounded down to what changes
 * every DISPLAY_EVERY_MS of wall time. At 5× the tenths digit changed on every frame, and each change
 * re-laid out and repainted the whole page (~3 ms a frame with 60 Pods) for a digit nobody can read.
 */
function useDisplayedTime(pick: (s: { now: number; horizon: number }) => number): number {
  return useSim((s) => {
    const value = pick(s);
    if (!s.playing) return value;
    const quantum = DISPLAY_EVERY_MS * s.speed;
    return Math.floor(value / quantum) * quantum;
  });
}

/** Play / pause, speed, step to the next event, a scrubber over the whole history, reset. */
export function TimeBar() {
  const t = useT();
  const playing = useSim((s) => s.playing);
  const speed = useSim((s) => s.speed);
  const now = useDisplayedTime((s) => s.now);
  const horizon = useDisplayedTime((s) => s.horizon);
  const play = useSim((s) => s.play);
  const pause = useSim((s) => s.pause);
  const setSpeed = useSim((s) => s.setSpeed);
  const step = useSim((s) => s.stepToNextEvent);
  const seek = useSim((s) => s.seek);
  const reset = useSim((s) => s.reset);
  const time = formatVirtualTime(now);
  return (
    <section className="time-bar" aria-label={t('time.label')}>
      <button
        type="button"
        className="tool-button"
        onClick={playing ? pause : play}
        aria-label={playing ? t('time.pause') : t('time.play')}
        data-testid="play-pause"
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      <button type="button" className="tool-button" onClick={step} data-testid="step">
        <StepIcon />
        <span className="tool-label">{t('time.step')}</span>
      </button>
      <label className="time-speed inline-field">
        <span>{t('time.speed')}</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} data-testid="speed">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <input
        type="range"
        className="time-scrub"
        min={0}
        max={Math.max(horizon, 1)}
        step={100}
        value={now}
        aria-label={t('time.scrub')}
        aria-valuetext={t('time.now', { time })}
        onChange={(e) => seek(Number(e.target.value))}
        data-testid="scrubber"
      />
      <output className="time-now mono" data-testid="time-now">
        {t('time.now', { time })}
      </output>
      <button type="button" className="tool-button" onClick={() => reset()} data-testid="reset">
        <ResetIcon />
        <span className="tool-label">{t('time.reset')}</span>
      </button>
    </section>
  );
}
