import { ACTION_TYPES, type Action, type ActionType } from '../sim/types';
import { MAX_REPLAY_MS, type LoggedAction } from '../store/simulationTimeline';
import { compressText, decompressText } from './compress';

/** A whole situation: which scenario, its seed, what the user did and when, and where time stood. */
export interface SharedState {
  v: 1;
  scenario: string;
  seed: number;
  log: LoggedAction[];
  at: number;
}

const MAX_ACTIONS = 5_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the envelope (version, scenario, times, action types). The actions' own fields are checked by
 * the engine when they replay, which refuses a bad one with a message naming the field.
 */
export function validateSharedState(value: unknown): SharedState {
  if (!isRecord(value)) throw new Error('the saved state is not an object');
  if (value.v !== 1)
    throw new Error(`the saved state has version ${JSON.stringify(value.v)}; this PodScope reads version 1`);
  if (typeof value.scenario !== 'string' || !/^[a-z0-9-]{1,64}$/.test(value.scenario))
    throw new Error('the saved state names no valid scenario');
  if (typeof value.seed !== 'number' || !Number.isSafeInteger(value.seed))
    throw new Error('the saved state has no valid seed');
  const at = value.at ?? 0;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0)
    throw new Error('the saved state has an invalid time');
  if (at > MAX_REPLAY_MS)
    throw new Error(`the saved state's time is past one virtual day (${MAX_REPLAY_MS} ms)`);
  if (!Array.isArray(value.log)) throw new Error('the saved state has no action log');
  if (value.log.length > MAX_ACTIONS) throw new Error(`the action log is longer than ${MAX_ACTIONS} actions`);
  let previous = 0;
  const log = value.log.map((entry: unknown, index): LoggedAction => {
    const where = `action #${index + 1}`;
    if (!Array.isArray(entry) || entry.length !== 2) throw new Error(`${where} is not [time, action]`);
    const [time, action] = entry as [unknown, unknown];
    if (typeof time !== 'number' || !Number.isFinite(time) || time < previous)
      throw new Error(`${where} has a time that is not a number in order`);
    if (time > MAX_REPLAY_MS) throw new Error(`${where} is timed past one virtual day (${MAX_REPLAY_MS} ms)`);
    if (!isRecord(action) || !ACTION_TYPES.includes(action.type as ActionType))
      throw new Error(
        `${where} has an unknown type ${JSON.stringify(isRecord(action) ? action.type : action)}`,
      );
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
    throw new Error('the saved state is not valid JSON (truncated or corrupted)');
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
    const detail = error instanceof Error && error.message.includes('larger') ? `: ${error.message}` : '';
    throw new Error(`the shared link's state cannot be read (truncated or corrupted)${detail}`, {
      cause: error,
    });
  }
  return sharedStateFromJson(text);
}
