/**
 * Cheap checks that run *before* a YAML parser sees untrusted text. The `yaml` package recurses per nesting
 * level (10⁵ nested `[` exhaust the stack or the heap) and checks unique keys pairwise (60 000 keys in one
 * mapping take over a minute), so size, nesting and mapping size are bounded first, in linear time.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { MAX_KEY_WORK, MAX_NODES, type LimitProblem } from '../sim/textLimits';

export {
  checkText,
  MAX_MANIFEST_CHARS,
  MAX_ITEMS,
  MAX_FLOW_DEPTH,
  MAX_INDENT,
  MAX_NODES,
  MAX_KEY_WORK,
  MAX_ALIASES,
  type LimitKind,
  type LimitProblem,
} from '../sim/textLimits';

export interface ShapeReport {
  problem?: LimitProblem;
  /** Keys that repeat in their mapping (YAML forbids it; kubectl refuses it). */
  duplicates: { key: string; range: [number, number] }[];
}

/** Walks the parsed (not yet converted) document: node count, mapping sizes, duplicate keys. */
export function checkShape(doc: Document): ShapeReport {
  const report: ShapeReport = { duplicates: [] };
  let nodes = 0;
  let keyWork = 0;
  const walk = (node: unknown): boolean => {
    if (++nodes > MAX_NODES) {
      report.problem = {
        limit: 'nodes',
        value: nodes,
        max: MAX_NODES,
        message: `manifest is too large (more than ${MAX_NODES} values)`,
      };
      return false;
    }
    if (isMap(node)) {
      keyWork += node.items.length * node.items.length;
      if (keyWork > MAX_KEY_WORK) {
        report.problem = {
          limit: 'keys',
          value: node.items.length,
          max: Math.floor(Math.sqrt(MAX_KEY_WORK)),
          message: 'manifest has too many keys in one mapping',
        };
        return false;
      }
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined && seen.has(key)) {
          const range = (pair.key as Node).range ?? [0, 0];
          report.duplicates.push({ key, range: [range[0], range[1]] });
        }
        if (key !== undefined) seen.add(key);
        if (!walk(pair.key) || !walk(pair.value)) return false;
      }
      return true;
    }
    if (isSeq(node)) return node.items.every(walk);
    if (isPair(node)) return walk(node.key) && walk(node.value);
    return true;
  };
  walk(doc.contents);
  return report;
}
