import { assert } from '@emocode/core';

/**
 * Formats one value as openSMILE's CSV sink does: integral values as `%.0f`, others as
 * C's `%e` (6 decimals, signed exponent of at least two digits); NaN/±Infinity as `nan`/`inf`.
 * @example formatOpensmileNumber(0.0831) // '8.310000e-02'
 */
export function formatOpensmileNumber(value: number): string {
  if (Number.isInteger(value)) return Object.is(value, -0) ? '-0' : value.toFixed(0);
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  const s = value.toExponential(6);
  const e = s.indexOf('e');
  const sign = s[e + 1];
  const digits = s.slice(e + 2);
  return `${s.slice(0, e)}e${sign}${digits.length < 2 ? `0${digits}` : digits}`;
}

/** What formatOpensmileCsv writes: ids, feature names and `ids.length x names.length` values. */
export interface OpensmileCsvContent {
  ids: readonly string[];
  names: readonly string[];
  data: Float32Array;
}

/**
 * The openSMILE CSV text of a table: header `name;frameTime;<names>` written once, then one
 * row per instance with the name quoted in `'` and frameTime `0.000000` (functionals
 * describe the whole utterance).
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH when data does not hold ids x names values.
 * @example formatOpensmileCsv({ ids: ['a.wav'], names: ['f'], data: Float32Array.of(1) })
 */
export function formatOpensmileCsv(content: OpensmileCsvContent): string {
  const { ids, names, data } = content;
  const dims = names.length;
  assert(
    data.length === ids.length * dims,
    () => `formatOpensmileCsv: data must hold ${ids.length} x ${dims} values, got ${data.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const lines = [`name;frameTime;${names.join(';')}`];
  const cells = new Array<string>(dims);
  for (let i = 0; i < ids.length; i++) {
    for (let j = 0; j < dims; j++) cells[j] = formatOpensmileNumber(data[i * dims + j]!);
    lines.push(`'${ids[i]}';0.000000;${cells.join(';')}`);
  }
  return `${lines.join('\n')}\n`;
}
