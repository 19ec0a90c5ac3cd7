/**
 * Cheap checks that run *before* the YAML parser sees untrusted text, in linear time and with no
 * parsing: the \`yaml\` package recurses per nesting level (10⁵ nested \`[\` exhaust the stack or the heap),
 * so size, nesting and the number of items are bounded first. Every way in (the editor, kubectl apply,
 * a URL, a host's postMessage) reaches the engine's parser through this check.
 */

/** Same limit as src/sim/manifest.ts MAX_MANIFEST_BYTES. */
export const MAX_MANIFEST_CHARS = 1_000_000;
/** Lines plus commas: the parser's work grows with them (≈ 0.1 ms each); a real Pod needs a few hundred. */
export const MAX_ITEMS = 2_000;
/** `[` / `{` open at once: a real Pod manifest needs a handful. */
export const MAX_FLOW_DEPTH = 64;
/** Leading indentation and `- ` / `? ` indicators of one line: bounds block nesting. */
export const MAX_INDENT = 200;
/** Parsed nodes (scalars, pairs, collections) in one manifest. */
export const MAX_NODES = 50_000;
/** Σ (entries per mapping)²: the pairwise unique-key check's cost (≈ 40 ms at this bound). */
export const MAX_KEY_WORK = 4_000_000;
/** Alias expansions (`*a`) in toJS: a "billion laughs" needs far more. */
export const MAX_ALIASES = 20;

export type LimitKind = 'size' | 'items' | 'depth' | 'nodes' | 'keys' | 'aliases';

export interface LimitProblem {
  limit: LimitKind;
  /** What was measured (characters, levels, nodes…), and the bound. */
  value: number;
  max: number;
  message: string;
}

/** Size and nesting, from the raw text (no parsing). */
export function checkText(text: string): LimitProblem | undefined {
  if (text.length > MAX_MANIFEST_CHARS) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return {
      limit: 'size',
      value: text.length,
      max: MAX_MANIFEST_CHARS,
      message: `manifest is ${mb} MB, larger than 1 MB`,
    };
  }
  let flow = 0;
  let items = 0;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    // Brackets count even inside quotes or comments: over-counting only refuses odd text, never lets a bomb in.
    if (ch === '[' || ch === '{') {
      if (++flow > MAX_FLOW_DEPTH) return deep(flow, MAX_FLOW_DEPTH);
    } else if (ch === ']' || ch === '}') flow = Math.max(0, flow - 1);
    if ((ch === '\n' || ch === ',') && ++items > MAX_ITEMS) {
      return {
        limit: 'items',
        value: items,
        max: MAX_ITEMS,
        message: `manifest has more than ${MAX_ITEMS} lines and list items`,
      };
    }
    if (ch === '\n') {
      atLineStart = true;
      indent = 0;
    } else if (atLineStart) {
      if (ch === ' ' || ch === '\t' || ch === '-' || ch === '?' || ch === ':') {
        if (++indent > MAX_INDENT) return deep(indent, MAX_INDENT);
      } else atLineStart = false;
    }
  }
  return undefined;
}

function deep(value: number, max: number): LimitProblem {
  return { limit: 'depth', value, max, message: `manifest nests too deeply (more than ${max} levels)` };
}
