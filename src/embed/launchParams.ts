import { isLang, type Lang, type MessageKey } from '../i18n';
import type { Text } from '../i18n/text';
import { NAMESPACE_KINDS, type NamespaceKind } from '../sim/types';
import { isTheme, type Theme } from '../store/preferences';
import { MAX_REPLAY_MS } from '../store/simulationTimeline';

/** The longest shared state a link may carry (`s=`): longer ones are refused, so Copy link warns. */
export const MAX_STATE_CHARS = 16_000;

export type ControlsMode = 'none' | 'minimal' | 'full';

/** What the page was opened with: view options, embed mode, and an encoded shared state. */
export interface LaunchParams {
  lang?: Lang;
  theme?: Theme;
  embed: boolean;
  presenter: boolean;
  controls: ControlsMode;
  autoplay: boolean;
  scenario?: string;
  lesson?: string;
  step?: number;
  pod?: string;
  ns?: NamespaceKind;
  speed?: number;
  /** Virtual ms to open at. */
  t?: number;
  /** Compressed shared timeline (see shareState.ts). */
  state?: string;
  /** postMessage origins accepted from the host ('*' when none given). */
  origins: string[];
}

export interface ParsedLaunch {
  params: LaunchParams;
  /** Unknown parameters (a typo such as `lesson` spelt `lessson`): ignored, shown to the user. */
  warnings: Text[];
  /** Known parameters with bad values: ignored, shown to the user. */
  errors: Text[];
}

const KNOWN = new Set([
  'lang',
  'theme',
  'embed',
  'presenter',
  'controls',
  'autoplay',
  'scenario',
  'lesson',
  'step',
  'pod',
  'ns',
  'speed',
  't',
  's',
  'origin',
]);

const flag = (value: string) => value === '' || value === '1' || value === 'true';

/** Validates every parameter; never throws (the page must open whatever the URL says). */
export function parseLaunchParams(search: string): ParsedLaunch {
  const query = new URLSearchParams(search);
  const params: LaunchParams = {
    embed: false,
    presenter: false,
    controls: 'full',
    autoplay: true,
    origins: [],
  };
  const warnings: Text[] = [];
  const errors: Text[] = [];
  const bad = (
    name: string,
    value: string,
    expected: MessageKey,
    params: Record<string, string | number> = {},
  ) =>
    errors.push({
      key: 'url.invalid',
      params: { name, value: JSON.stringify(value.slice(0, 40)), expected: { key: expected, params } },
    });

  for (const [name, value] of query) {
    if (!KNOWN.has(name)) {
      warnings.push({
        key: 'url.unknown',
        params: { name: name.slice(0, 40), known: [...KNOWN].join(', ') },
      });
      continue;
    }
    switch (name) {
      case 'lang':
        if (isLang(value)) params.lang = value;
        else bad(name, value, 'url.expect.lang');
        break;
      case 'theme':
        if (isTheme(value)) params.theme = value;
        else bad(name, value, 'url.expect.theme');
        break;
      case 'embed':
        params.embed = flag(value);
        break;
      case 'presenter':
        params.presenter = flag(value);
        break;
      case 'autoplay':
        params.autoplay = flag(value);
        break;
      case 'controls':
        if (value === 'none' || value === 'minimal' || value === 'full') params.controls = value;
        else bad(name, value, 'url.expect.controls');
        break;
      case 'scenario':
      case 'lesson':
      case 'pod':
        if (/^[a-z0-9]([-a-z0-9.]{0,62})$/.test(value)) params[name] = value;
        else bad(name, value, 'url.expect.name');
        break;
      case 'ns':
        if ((NAMESPACE_KINDS as readonly string[]).includes(value)) params.ns = value as NamespaceKind;
        else bad(name, value, 'url.expect.oneOf', { values: NAMESPACE_KINDS.join(', ') });
        break;
      case 'step':
      case 'speed':
      case 't': {
        const number = Number(value);
        const [min, max, expected] =
          name === 'speed'
            ? [0.25, 20, 'url.expect.speed' as const]
            : name === 't'
              ? [0, MAX_REPLAY_MS, 'url.expect.time' as const]
              : [1, Infinity, 'url.expect.step' as const];
        const ok =
          value !== '' && number >= min && number <= max && (name === 'speed' || Number.isInteger(number));
        if (ok) params[name] = number;
        else bad(name, value, expected, { max: MAX_REPLAY_MS });
        break;
      }
      case 's':
        if (value.length <= MAX_STATE_CHARS) params.state = value;
        else
          errors.push({ key: 'url.tooLong', params: { name, length: value.length, max: MAX_STATE_CHARS } });
        break;
      case 'origin': {
        // Only a web page's origin: javascript:, file: or data: have the opaque origin "null", which would
        // let any sandboxed page drive the embed instead of the one host it names.
        const url = URL.canParse(value) ? new URL(value) : null;
        if (url && (url.protocol === 'https:' || url.protocol === 'http:')) params.origins.push(url.origin);
        else bad(name, value, 'url.expect.origin');
        break;
      }
    }
  }
  return { params, warnings, errors };
}
