/** Resource quantities (k8s.io/apimachinery/pkg/api/resource): `500m`, `0.5`, `128Mi`, `1e3`. */

/** Decimal suffixes by power of 1000 (n = 1000⁻³ … E = 1000⁶), binary ones by power of 1024 (Ki … Ei). */
const DECIMAL = 'num kMGTPE';
const BINARY = ' KMGTPE';

/** The API server's refusal of a quantity it cannot parse (it fails decoding, before any validation). */
export const QUANTITY_ERROR = `Pod in version "v1" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`;

/**
 * A quantity's value (`500m` → 0.5), NaN if the API server would refuse it. A decimal exponent (`1e3`) and a
 * suffix do not mix; `1E` is one exa.
 */
export function quantityValue(quantity: unknown): number {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:[eE]([+-]?\d+)|([numkMGTPE])|([KMGTPE])i)?$/.exec(
    String(quantity),
  );
  if (!m) return NaN;
  // One decimal exponent, parsed with the digits (`700e-3`): exact, so 700m equals 0.7 to the last bit.
  const decimal = Number(m[2] ?? 0) + 3 * (m[3] ? DECIMAL.indexOf(m[3]) - 3 : 0);
  return Number(`${m[1]}e${decimal}`) * 1024 ** (m[4] ? BINARY.indexOf(m[4]) : 0);
}

/** a = b for quantities summed as floating point (0.1 + 0.2 equals 300m). */
export const sameQuantity = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.abs(a);
