/**
 * The terminal's state and behaviour without markup: the transcript, the input line, history (↑/↓) and Tab
 * completion. Commands read the store's state at the moment they run and send their Action through `dispatch`.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { textIn } from '../../i18n/text';
// `kubectl apply` / Apply dispatch YAML text: install the engine's YAML parser (kept off the first load).
import '../../sim/yaml';
import { complete, runCommand, type TerminalContext } from '../../terminal';
import { stepPodWatch, type PodWatch } from '../../terminal/watch';
import { useStores, useT } from '../stores';

export interface Entry {
  id: number;
  /** The command line as typed ('' for a message from the UI itself). */
  command: string;
  output: string;
  /** PodScope's own words about the command (CommandResult.note), shown apart from the output. */
  note?: string;
  kind: 'output' | 'info' | 'error';
}

/** Kept lines of transcript and history: a long session must not grow without bound. */
const MAX_ENTRIES = 200;
const MAX_HISTORY = 100;
/** Lines kept of a running watch's output. */
const MAX_WATCH_LINES = 500;

/** A long watch keeps its first line (the table's header: the columns stay readable) and its newest rows. */
export function keepWatchLines(output: string): string {
  const lines = output.split('\n');
  return lines.length <= MAX_WATCH_LINES
    ? output
    : [lines[0], ...lines.slice(-(MAX_WATCH_LINES - 1))].join('\n');
}

export function useTerminal(readManifest: () => string) {
  const t = useT();
  const stores = useStores();
  const nextId = useRef(1);
  const [entries, setEntries] = useState<Entry[]>(() => [
    { id: 0, command: '', output: t('freeplay.terminal.welcome'), kind: 'info' },
  ]);
  const [line, setLine] = useState('');
  const [options, setOptions] = useState<string[]>([]);
  const history = useRef<string[]>([]);
  const cursor = useRef<number | null>(null);
  const draft = useRef('');

  const context = useCallback((): TerminalContext => {
    const state = stores.simulation.getState();
    return {
      frame: state.frame,
      now: state.now,
      query: state.query(),
      manifest: readManifest(),
      help: t('freeplay.terminal.help'),
      notSimulated: t('freeplay.terminal.notSimulated'),
      onlyKinds: t('freeplay.terminal.onlyKinds'),
      slimImage: t('freeplay.terminal.slimImage'),
      replaced: t('freeplay.terminal.replaced'),
      onePod: t('freeplay.terminal.onePod'),
    };
  }, [stores, readManifest, t]);

  const push = (entry: Omit<Entry, 'id'>): number => {
    const id = nextId.current++;
    setEntries((list) => [...list, { ...entry, id }].slice(-MAX_ENTRIES));
    return id;
  };
  const append = useCallback(
    (id: number, text: string) =>
      setEntries((list) =>
        list.map((e) =>
          e.id === id
            ? {
                ...e,
                output: keepWatchLines(e.output ? `${e.output}\n${text}` : text),
              }
            : e,
        ),
      ),
    [],
  );

  // `kubectl get pods -w`: its entry grows a row per change until Ctrl+C, the stop button or the next command.
  const watching = useRef<{ entry: number; watch: PodWatch } | null>(null);
  const [watchOn, setWatchOn] = useState(false);
  const stopWatch = useCallback(() => {
    if (!watching.current) return;
    append(watching.current.entry, '^C');
    watching.current = null;
    setWatchOn(false);
  }, [append]);
  useEffect(() => {
    if (!watchOn) return;
    const start = stores.simulation.getState();
    const scenario = start.scenario;
    let { frame, now } = start;
    return stores.simulation.subscribe((state) => {
      const current = watching.current;
      if (!current || state.frame === frame) return;
      // A scrub back, a Reset or another session loaded: not changes a watch sees, the connection ends.
      if (state.now < now || state.scenario !== scenario) return stopWatch();
      ({ frame, now } = state);
      const rows = stepPodWatch(current.watch, state.frame.pods, state.now);
      if (rows) append(current.entry, rows);
    });
  }, [watchOn, stores, append, stopWatch]);

  const run = (typed: string) => {
    stopWatch();
    setOptions([]);
    setLine('');
    cursor.current = null;
    if (typed.trim() !== '' && history.current.at(-1) !== typed) {
      history.current = [...history.current, typed].slice(-MAX_HISTORY);
    }
    const result = runCommand(typed, context());
    if (result.clear) return setEntries([]);
    if (result.watch) {
      watching.current = {
        entry: push({ command: typed, output: result.output, note: result.note, kind: 'output' }),
        watch: result.watch,
      };
      return setWatchOn(true);
    }
    const shown = { command: typed, output: result.output, note: result.note, kind: 'output' } as const;
    if (!result.action) return push(shown);
    const sim = stores.simulation.getState();
    if (sim.dispatch(result.action)) return push(shown);
    const message = textIn(
      stores.preferences.getState().lang,
      stores.simulation.getState().notice?.message ?? '',
    );
    // The simulation's refusal is PodScope's word, not the tool's: a note.
    push({ command: typed, output: '', note: t('freeplay.terminal.refused', { message }), kind: 'error' });
  };

  const recall = (step: -1 | 1): boolean => {
    const list = history.current;
    if (list.length === 0) return false;
    if (cursor.current === null) {
      if (step === 1) return false;
      draft.current = line;
    }
    const next = (cursor.current ?? list.length) + step;
    if (next >= list.length) {
      cursor.current = null;
      setLine(draft.current);
    } else {
      cursor.current = Math.max(0, next);
      setLine(list[cursor.current] ?? '');
    }
    return true;
  };

  /** Keys on the input; returns nothing, prevents the browser's default only when it handled the key. */
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, leave: () => void) => {
    const input = event.currentTarget;
    const selected = input.selectionStart !== input.selectionEnd;
    if (watching.current && event.ctrlKey && event.code === 'KeyC' && !selected) {
      event.preventDefault();
      stopWatch();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      if (recall(event.key === 'ArrowUp' ? -1 : 1)) event.preventDefault();
    } else if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      // Tab completes while there is something to complete; a Tab that would change nothing (an empty line,
      // a complete word, the same choices again) moves focus on, so the terminal never traps the keyboard.
      if (line.trim() === '') return;
      const result = complete(line, context());
      const same = result.line === line && result.options.join('\n') === options.join('\n');
      if (same) return;
      event.preventDefault();
      setLine(result.line);
      setOptions(result.options);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      leave();
    }
  };

  return { entries, line, setLine, options, run, onKeyDown, watching: watchOn, stopWatch };
}
