import { EmocodeError } from '../errors.js';

/**
 * Per-column z-score parameters: `(x - mean) / scale`. Columns whose standard deviation is
 * (numerically) zero get scale 1 and are listed in `constantColumns`; they map to 0.
 */
export interface Standardizer {
  readonly dims: number;
  readonly mean: Float64Array;
  readonly scale: Float64Array;
  /** Ascending column indices that were constant over the fitting rows. */
  readonly constantColumns: Int32Array;
}

// Relative to the column's magnitude, so float32 round-off in a constant column is not "variance".
const constantTolerance = 1e-7;

/**
 * Fits mean and (population) standard deviation per column over `rows` only, so rows left
 * out (a test fold) cannot influence the result.
 * @param data row-major matrix of `rows x dims` values.
 * @param dims columns per row.
 * @param rows the row indices to fit on (at least one).
 * @throws EmocodeError EMOCODE_NON_FINITE naming the row and column of a NaN/Infinity;
 *   EMOCODE_INVALID_INPUT for no rows.
 * @example const s = fitStandardizer(data, 1582, fold.train)
 */
export function fitStandardizer(data: Float32Array, dims: number, rows: ArrayLike<number>): Standardizer {
  if (rows.length === 0) throw new EmocodeError('EMOCODE_INVALID_INPUT', 'fitStandardizer: rows must not be empty, got 0 rows.');
  checkFinite(data, dims, rows, 'fitStandardizer');
  const mean = new Float64Array(dims);
  const scale = new Float64Array(dims);
  for (let k = 0; k < rows.length; k++) {
    const offset = (rows[k] as number) * dims;
    for (let j = 0; j < dims; j++) mean[j] = (mean[j] as number) + (data[offset + j] as number);
  }
  for (let j = 0; j < dims; j++) mean[j] = (mean[j] as number) / rows.length;
  // Two passes: sum of squared deviations is exact-zero for constant columns, unlike E[x²]-E[x]².
  for (let k = 0; k < rows.length; k++) {
    const offset = (rows[k] as number) * dims;
    for (let j = 0; j < dims; j++) {
      const d = (data[offset + j] as number) - (mean[j] as number);
      scale[j] = (scale[j] as number) + d * d;
    }
  }
  const constant: number[] = [];
  for (let j = 0; j < dims; j++) {
    const sd = Math.sqrt((scale[j] as number) / rows.length);
    const isConstant = sd <= constantTolerance * Math.max(1, Math.abs(mean[j] as number));
    scale[j] = isConstant ? 1 : sd;
    if (isConstant) constant.push(j);
  }
  return { dims, mean, scale, constantColumns: Int32Array.from(constant) };
}

/**
 * Applies `s` to every row of `data`, returning a new array. Constant columns become 0.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH for a dims mismatch; EMOCODE_NON_FINITE for NaN input.
 */
export function applyStandardizer(s: Standardizer, data: Float32Array, dims: number): Float32Array {
  checkShape(s, data, dims, 'applyStandardizer');
  checkFinite(data, dims, allRows(data.length / dims), 'applyStandardizer');
  const out = new Float32Array(data.length);
  for (let offset = 0; offset < data.length; offset += dims) {
    for (let j = 0; j < dims; j++) {
      out[offset + j] = ((data[offset + j] as number) - (s.mean[j] as number)) / (s.scale[j] as number);
    }
  }
  for (const j of s.constantColumns) for (let offset = 0; offset < data.length; offset += dims) out[offset + j] = 0;
  return out;
}

/**
 * Maps standardized rows back to the original units (`x * scale + mean`). Constant
 * columns come back as their fitted value.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH for a dims mismatch.
 */
export function invertStandardizer(s: Standardizer, data: Float32Array, dims: number): Float32Array {
  checkShape(s, data, dims, 'invertStandardizer');
  const out = new Float32Array(data.length);
  for (let offset = 0; offset < data.length; offset += dims) {
    for (let j = 0; j < dims; j++) {
      out[offset + j] = (data[offset + j] as number) * (s.scale[j] as number) + (s.mean[j] as number);
    }
  }
  return out;
}

function checkShape(s: Standardizer, data: Float32Array, dims: number, where: string): void {
  if (dims !== s.dims || data.length % dims !== 0) {
    throw new EmocodeError(
      'EMOCODE_SHAPE_MISMATCH',
      `${where}: data must have ${s.dims} columns (fitted), got dims ${dims} with ${data.length} values.`,
    );
  }
}

function allRows(count: number): Int32Array {
  const rows = new Int32Array(count);
  for (let i = 0; i < count; i++) rows[i] = i;
  return rows;
}

/** Throws EMOCODE_NON_FINITE naming the first bad cell by row and column. */
function checkFinite(data: Float32Array, dims: number, rows: ArrayLike<number>, where: string): void {
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as number;
    for (let j = 0; j < dims; j++) {
      const v = data[row * dims + j] as number;
      if (!Number.isFinite(v)) {
        throw new EmocodeError(
          'EMOCODE_NON_FINITE',
          `${where}: values must be finite, got ${v} at row ${row}, column ${j}. Drop or impute that feature before normalizing.`,
        );
      }
    }
  }
}
