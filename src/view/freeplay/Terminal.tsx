import { useEffect, useId, useRef } from 'react';
import { useT } from '../stores';
import { useTerminal } from './useTerminal';
import './messages';

/**
 * A keyboard-first terminal: a labelled input and a transcript (role="log"). Everything is rendered as text,
 * so names from user YAML (`<img src=x onerror=…>`) show literally.
 */
export function Terminal({ readManifest }: { readManifest: () => string }) {
  const t = useT();
  const id = useId();
  const logRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const { entries, line, setLine, options, run, onKeyDown, watching, stopWatch } = useTerminal(readManifest);

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [entries]);

  return (
    <section className="fp-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="fp-heading">
        {t('freeplay.terminal.heading')}
      </h3>
      <div
        ref={logRef}
        role="log"
        aria-label={t('freeplay.terminal.output')}
        tabIndex={0}
        className="fp-log"
        data-testid="terminal-output"
      >
        {entries.map((entry) => (
          <div key={entry.id} className={`fp-entry ${entry.kind}`} data-testid="terminal-entry">
            {entry.command !== '' && (
              <pre className="fp-command">
                <span aria-hidden="true">$ </span>
                {entry.command}
              </pre>
            )}
            {entry.output !== '' && <pre className="fp-output">{entry.output}</pre>}
            {entry.note && (
              <p className="fp-note" data-testid="terminal-note">
                <span className="fp-note-label">{t('freeplay.terminal.noteLabel')}</span> {entry.note}
              </p>
            )}
          </div>
        ))}
      </div>
      <form
        className="fp-input-row"
        onSubmit={(e) => {
          e.preventDefault();
          run(line);
        }}
      >
        <label htmlFor={`${id}-input`} className="fp-input-label">
          {t('freeplay.terminal.input')}
        </label>
        <span className="fp-prompt" aria-hidden="true">
          $
        </span>
        <input
          ref={inputRef}
          id={`${id}-input`}
          className="fp-input"
          type="text"
          value={line}
          onChange={(e) => setLine(e.currentTarget.value)}
          onKeyDown={(e) => onKeyDown(e, () => logRef.current?.focus())}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-describedby={`${id}-keys ${id}-options`}
          data-testid="terminal-input"
        />
        <button type="submit" className="tool-button" data-testid="terminal-run">
          {t('freeplay.terminal.run')}
        </button>
        {watching && (
          <button type="button" className="tool-button" onClick={stopWatch} data-testid="terminal-stop-watch">
            {t('freeplay.terminal.stopWatch')}
          </button>
        )}
      </form>
      <p id={`${id}-keys`} className="fp-hint fp-keys" data-testid="terminal-keys">
        {t('freeplay.terminal.keys')}
      </p>
      <p id={`${id}-options`} className="fp-hint mono" aria-live="polite" data-testid="terminal-options">
        {options.length > 0 ? t('freeplay.terminal.completions', { list: options.join('  ') }) : ''}
      </p>
    </section>
  );
}
