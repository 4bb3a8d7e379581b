import { createHash } from 'node:crypto';

/**
 * A short stable hash (16 hex digits of SHA-256) of JSON-like values: object keys are sorted,
 * so `{a, b}` and `{b, a}` hash alike; typed arrays hash as plain arrays.
 * @example specHash({ spec, inputs }) // '3f2a…'
 */
export function specHash(...values: unknown[]): string {
  const h = createHash('sha256');
  for (const v of values) h.update(canonicalJson(v)).update('\n');
  return h.digest('hex').slice(0, 16);
}

/** JSON with sorted object keys and `undefined` members left out (what specHash hashes). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]]),
      );
    }
    return v;
  });
}
