import { registerMessages } from '../i18n';
import { sharedStateEn } from '../i18n/sharedState.en';
import { sharedStateZhCN } from '../i18n/sharedState.zh-CN';
import { TextError, type LocalText } from '../i18n/text';
import { ACTION_TYPES, type Action, type ActionType } from '../sim/types';
import { MAX_REPLAY_MS, type LoggedAction } from '../store/simulationTimeline';
import { compressText, decompressText, InflatesTooFarError } from './compress';
// A shared session may apply over an existing Pod (kubectl apply in its log): its replay compares.
import '../sim/applyDiff';
// …and may create ReplicaSets.
import '../sim/replicaSet';
// …and run images a person typed (a typo fails to pull).
import '../sim/registry';

registerMessages({ en: sharedStateEn, 'zh-CN': sharedStateZhCN });

/** A whole situation: which scenario, its seed, what the user did and when, and where time stood. */
export interface SharedState {
  v: 1;
  scenario: string;
  seed: number;
  log: LoggedAction[];
  at: number;
}

const MAX_ACTIONS = 5_000;

/** Refuses with a catalogue message, so the notice reads in the reader's language. */
function refuse(key: LocalText['key'], params?: LocalText['params']): never {
  throw new TextError(params ? { key, params } : { key });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the envelope (version, scenario, times, action types). The actions' own fields are checked by
 * the engine when they replay, which refuses a bad one with a message naming the field.
 */
export function validateSharedState(value: unknown): SharedState {
  // Valid JSON with no version at all (some other file): not a PodScope state, rather than a wrong version.
  if (!isRecord(value) || value.v === undefined) refuse('state.notPodScope');
  if (value.v !== 1) refuse('state.version', { version: String(JSON.stringify(value.v)) });
  if (typeof value.scenario !== 'string' || !/^[a-z0-9-]{1,64}$/.test(value.scenario))
    refuse('state.scenario');
  if (typeof value.seed !== 'number' || !Number.isSafeInteger(value.seed)) refuse('state.seed');
  const at = value.at ?? 0;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) refuse('state.time');
  if (at > MAX_REPLAY_MS) refuse('state.timeTooFar', { max: MAX_REPLAY_MS });
  if (!Array.isArray(value.log)) refuse('state.noLog');
  if (value.log.length > MAX_ACTIONS) refuse('state.logTooLong', { max: MAX_ACTIONS });
  let previous = 0;
  const log = value.log.map((entry: unknown, index): LoggedAction => {
    const n = index + 1;
    if (!Array.isArray(entry) || entry.length !== 2) refuse('state.entryShape', { n });
    const [time, action] = entry as [unknown, unknown];
    if (typeof time !== 'number' || !Number.isFinite(time) || time < previous)
      refuse('state.entryTime', { n });
    if (time > MAX_REPLAY_MS) refuse('state.entryTooFar', { n, max: MAX_REPLAY_MS });
    if (!isRecord(action) || !ACTION_TYPES.includes(action.type as ActionType))
      refuse('state.entryType', {
        n,
        type: JSON.stringify(isRecord(action) ? action.type : action) ?? 'undefined',
      });
    previous = time;
    return { at: time, action: action as unknown as Action };
  });
  return { v: 1, scenario: value.scenario, seed: value.seed, log, at };
}

/** Compact JSON: the log as [time, action] pairs. */
export function sharedStateToJson(state: SharedState): string {
  return JSON.stringify({
    v: 1,
    scenario: state.scenario,
    seed: state.seed,
    at: Math.round(state.at),
    log: state.log.map((entry) => [entry.at, entry.action]),
  });
}

export function sharedStateFromJson(text: string): SharedState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    refuse('state.notJson');
  }
  return validateSharedState(value);
}

export async function encodeSharedState(state: SharedState): Promise<string> {
  return compressText(sharedStateToJson(state));
}

export async function decodeSharedState(encoded: string): Promise<SharedState> {
  let text: string;
  try {
    text = await decompressText(encoded);
  } catch (error) {
    throw new TextError(
      error instanceof InflatesTooFarError
        ? { key: 'state.inflatesTooFar', params: { max: error.maxBytes } }
        : { key: 'state.unreadable' },
      { cause: error },
    );
  }
  return sharedStateFromJson(text);
}
