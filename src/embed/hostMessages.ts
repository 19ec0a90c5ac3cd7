import { isLang } from '../i18n';
import { ACTION_TYPES, NAMESPACE_KINDS, type Action, type NamespaceKind } from '../sim/types';
import { isTheme, type Theme } from '../store/preferences';
import type { Lang } from '../i18n';

/** What a host page may send: any engine Action, or a playback / view command. */
export type HostCommand =
  | { kind: 'action'; action: Action }
  | { kind: 'play' }
  | { kind: 'pause' }
  | { kind: 'seek'; t: number }
  | { kind: 'setLang'; lang: Lang }
  | { kind: 'setTheme'; theme: Theme }
  | { kind: 'highlightNamespace'; ns: NamespaceKind | null };

const ACTION_TYPE_SET = new Set<string>(ACTION_TYPES);

export type ParsedHostMessage =
  { ok: true; command: HostCommand; id?: string } | { ok: false; error: string; id?: string };

const MAX_MESSAGE_CHARS = 200_000;

/**
 * Validates one message from the host. Never throws: anything malformed or of unknown type comes back
 * as an error to post back, and nothing changes. Action fields are checked again by the engine.
 */
export function parseHostMessage(data: unknown): ParsedHostMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, error: 'a message must be an object with a "type"' };
  const message = data as Record<string, unknown>;
  const id = typeof message.id === 'string' ? message.id.slice(0, 100) : undefined;
  const fail = (error: string): ParsedHostMessage => ({
    ok: false,
    error,
    ...(id !== undefined ? { id } : {}),
  });
  const ok = (command: HostCommand): ParsedHostMessage => ({
    ok: true,
    command,
    ...(id !== undefined ? { id } : {}),
  });
  let size: number;
  try {
    size = JSON.stringify(message).length;
  } catch {
    return fail('the message cannot be serialised');
  }
  if (size > MAX_MESSAGE_CHARS) return fail(`the message is larger than ${MAX_MESSAGE_CHARS} characters`);
  const type = message.type;
  if (typeof type !== 'string') return fail('a message must have a string "type"');
  if (ACTION_TYPE_SET.has(type)) {
    const { id: _id, ...action } = message;
    return ok({ kind: 'action', action: action as unknown as Action });
  }
  switch (type) {
    case 'play':
    case 'pause':
      return ok({ kind: type });
    case 'seek':
      return typeof message.t === 'number' && Number.isFinite(message.t) && message.t >= 0
        ? ok({ kind: 'seek', t: message.t })
        : fail('seek needs "t": virtual milliseconds ≥ 0');
    case 'setLang':
      return isLang(message.lang)
        ? ok({ kind: 'setLang', lang: message.lang })
        : fail('setLang needs "lang": "zh-CN" or "en"');
    case 'setTheme':
      return isTheme(message.theme)
        ? ok({ kind: 'setTheme', theme: message.theme })
        : fail('setTheme needs "theme": "light", "dark" or "system"');
    case 'highlightNamespace':
      return message.ns === null || (NAMESPACE_KINDS as readonly unknown[]).includes(message.ns)
        ? ok({ kind: 'highlightNamespace', ns: message.ns as NamespaceKind | null })
        : fail(`highlightNamespace needs "ns": one of ${NAMESPACE_KINDS.join(', ')}, or null`);
    default:
      return fail(`unknown message type ${JSON.stringify(type.slice(0, 60))}`);
  }
}
