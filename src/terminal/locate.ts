/**
 * Finds a Kubernetes field path (`spec.containers[0].image`) in a parsed YAML document, so a validation message
 * can point at the text it is about. A missing field (`Required value`) points at the nearest parent that exists.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

/** `spec.containers[0].image` → ['spec', 'containers', 0, 'image']. */
export function fieldPath(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of field.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return path;
    if (m[1]) path.push(m[1]);
    for (const index of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

const rangeOf = (node: unknown): [number, number] | undefined => {
  const r = (node as Node | null)?.range;
  return r ? [r[0], r[1]] : undefined;
};

/**
 * Source range for `field`: the value when it is a scalar and `prefer` is 'value', else the key that names it
 * (a whole nested block would underline too much). Undefined when not even the first segment is present.
 */
export function locateField(
  doc: Document,
  field: string,
  prefer: 'key' | 'value',
): [number, number] | undefined {
  if (field === '') return undefined;
  let node: unknown = doc.contents;
  let best: [number, number] | undefined;
  for (const segment of fieldPath(field)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return best;
      best = rangeOf(pair.key) ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return best;
      // A list item: point at the item's first line (its first key, when it is a mapping).
      best = (isMap(item) ? rangeOf(item.items[0]?.key) : rangeOf(item)) ?? best;
      node = item;
    } else {
      return best;
    }
  }
  if (prefer === 'value' && isScalar(node)) return rangeOf(node) ?? best;
  return best;
}
