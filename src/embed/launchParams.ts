import { isLang, type Lang } from '../i18n';
import { NAMESPACE_KINDS, type NamespaceKind } from '../sim/types';
import { isTheme, type Theme } from '../store/preferences';
import { MAX_REPLAY_MS } from '../store/simulationTimeline';

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
  /** Unknown parameters: ignored, reported on the console. */
  warnings: string[];
  /** Known parameters with bad values: ignored, shown to the user. */
  errors: string[];
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
  const warnings: string[] = [];
  const errors: string[] = [];
  const bad = (name: string, value: string, expected: string) =>
    errors.push(
      `URL parameter ${name}=${JSON.stringify(value.slice(0, 40))} is not valid: expected ${expected}.`,
    );

  for (const [name, value] of query) {
    if (!KNOWN.has(name)) {
      warnings.push(`Unknown URL parameter "${name.slice(0, 40)}" ignored.`);
      continue;
    }
    switch (name) {
      case 'lang':
        if (isLang(value)) params.lang = value;
        else bad(name, value, '"zh-CN" or "en"');
        break;
      case 'theme':
        if (isTheme(value)) params.theme = value;
        else bad(name, value, '"light", "dark" or "system"');
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
        else bad(name, value, '"none", "minimal" or "full"');
        break;
      case 'scenario':
      case 'lesson':
      case 'pod':
        if (/^[a-z0-9]([-a-z0-9.]{0,62})$/.test(value)) params[name] = value;
        else bad(name, value, 'a lowercase name');
        break;
      case 'ns':
        if ((NAMESPACE_KINDS as readonly string[]).includes(value)) params.ns = value as NamespaceKind;
        else bad(name, value, NAMESPACE_KINDS.join(', '));
        break;
      case 'step':
      case 'speed':
      case 't': {
        const number = Number(value);
        const ok =
          value !== '' &&
          Number.isFinite(number) &&
          (name === 'speed' ? number >= 0.25 && number <= 20 : number >= 0 && Number.isInteger(number)) &&
          (name !== 't' || number <= MAX_REPLAY_MS);
        if (ok) params[name] = number;
        else
          bad(
            name,
            value,
            name === 'speed'
              ? 'a number from 0.25 to 20'
              : name === 't'
                ? `a whole number of virtual ms from 0 to ${MAX_REPLAY_MS} (one day)`
                : 'a whole number ≥ 0',
          );
        break;
      }
      case 's':
        if (value.length <= 16_000) params.state = value;
        else bad(name, `${value.length} characters`, 'at most 16000 characters');
        break;
      case 'origin': {
        // Only a web page's origin: javascript:, file: or data: have the opaque origin "null", which would
        // let any sandboxed page drive the embed instead of the one host it names.
        const url = URL.canParse(value) ? new URL(value) : null;
        if (url && (url.protocol === 'https:' || url.protocol === 'http:')) params.origins.push(url.origin);
        else bad(name, value, 'an origin such as https://docs.example.com');
        break;
      }
    }
  }
  return { params, warnings, errors };
}
