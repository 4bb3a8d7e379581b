import { EmocodeError } from '../errors.js';
import { applyStandardizer, fitStandardizer } from './standardizer.js';

/**
 * Z-scores each group's rows with that group's own mean and standard deviation
 * (per-speaker normalisation). Returns a new row-major array; rows keep their positions.
 * A group of one row (or a column constant within a group) maps to 0.
 * @param groups one group name per row.
 * @throws EmocodeError EMOCODE_NON_FINITE naming the row/column of NaN input;
 *   EMOCODE_SHAPE_MISMATCH when groups.length differs from the row count.
 * @example standardizePerGroup(table.data, table.dims, metaStrings(table, 'speaker'))
 */
export function standardizePerGroup(data: Float32Array, dims: number, groups: readonly string[]): Float32Array {
  if (groups.length * dims !== data.length) {
    throw new EmocodeError(
      'EMOCODE_SHAPE_MISMATCH',
      `standardizePerGroup: groups must have one entry per row (${data.length / dims} rows), got ${groups.length}.`,
    );
  }
  const rowsByGroup = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const list = rowsByGroup.get(g);
    if (list) list.push(i);
    else rowsByGroup.set(g, [i]);
  });
  const out = new Float32Array(data.length);
  for (const rows of rowsByGroup.values()) {
    const s = fitStandardizer(data, dims, rows);
    const block = new Float32Array(rows.length * dims);
    rows.forEach((row, k) => block.set(data.subarray(row * dims, (row + 1) * dims), k * dims));
    const scaled = applyStandardizer(s, block, dims);
    rows.forEach((row, k) => out.set(scaled.subarray(k * dims, (k + 1) * dims), row * dims));
  }
  return out;
}
