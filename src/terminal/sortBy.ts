/**
 * `kubectl get --sort-by=<field>` (kubectl's RuntimeSort): a JSONPath field of each object, `.lastTimestamp`,
 * `{.metadata.creationTimestamp}` or `status.containerStatuses[0].restartCount`. Numbers sort as numbers,
 * anything else as text (RFC 3339 times sort in time order); objects without the field come first.
 */
const PATH = /^\{?\.?([A-Za-z_][\w-]*(?:\[\d+\])?(?:\.[A-Za-z_][\w-]*(?:\[\d+\])?)*)\}?$/;

/** The field's value in `object`, or undefined. */
function valueAt(object: unknown, path: string): unknown {
  let value = object;
  for (const part of path.split('.')) {
    const [, key = '', index] = /^([^[]+)(?:\[(\d+)\])?$/.exec(part) ?? [];
    value = (value as Record<string, unknown> | undefined)?.[key];
    if (index !== undefined) value = (value as unknown[] | undefined)?.[Number(index)];
  }
  return value;
}

/** kubectl compares text in natural order (sortorder.NaturalLess): web-2 before web-10. */
function naturalCompare(x: string, y: string): number {
  const a = x.match(/\d+|\D+/g) ?? [];
  const b = y.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [p, q] = [a[i]!, b[i]!];
    if (p === q) continue;
    const numbers = /^\d/.test(p) && /^\d/.test(q);
    if (numbers && Number(p) !== Number(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return a.length - b.length;
}

/** `items` sorted by the field, or kubectl's error for a path it cannot use. */
export function sortByField<T>(items: readonly T[], field: string): T[] | { error: string } {
  const path = PATH.exec(field)?.[1];
  if (path === undefined)
    return {
      error: `error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'`,
    };
  const keyed = items.map((item) => ({ item, value: valueAt(item, path) }));
  if (items.length > 0 && keyed.every((k) => k.value === undefined))
    return { error: `error: couldn't find any field with path "{.${path}}" in the list of objects` };
  const rank = (v: unknown) => (v === undefined ? 0 : typeof v === 'number' ? 1 : 2);
  return keyed
    .sort((a, b) => {
      const [ra, rb] = [rank(a.value), rank(b.value)];
      if (ra !== rb || ra === 0) return ra - rb;
      if (ra === 1) return (a.value as number) - (b.value as number);
      return naturalCompare(String(a.value), String(b.value));
    })
    .map((k) => k.item);
}
