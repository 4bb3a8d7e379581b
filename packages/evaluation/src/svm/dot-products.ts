/**
 * Dot products of rows of a row-major Float64 matrix, accumulated in Float64.
 * The Gram kernel computes 2 x 2 row pairs per pass over the columns, so every loaded value
 * feeds two multiply-adds, and walks the columns in blocks of `BLOCK_ROWS` rows to stay in cache.
 */
const BLOCK_ROWS = 32;

/** Dot product of rows `i` and `j` of `x` (rows x dims). */
export function rowDot(x: Float64Array, dims: number, i: number, j: number): number {
  const a = i * dims;
  const b = j * dims;
  let s0 = 0;
  let s1 = 0;
  let k = 0;
  for (; k + 1 < dims; k += 2) {
    s0 += x[a + k]! * x[b + k]!;
    s1 += x[a + k + 1]! * x[b + k + 1]!;
  }
  if (k < dims) s0 += x[a + k]! * x[b + k]!;
  return s0 + s1;
}

/** Full symmetric Gram matrix X·Xᵀ (rows x rows), row-major. */
export function gramMatrix(x: Float64Array, rows: number, dims: number): Float64Array {
  const out = new Float64Array(rows * rows);
  for (let jb = 0; jb < rows; jb += BLOCK_ROWS) {
    const jEnd = Math.min(rows, jb + BLOCK_ROWS);
    for (let i = 0; i < jEnd; i += 2) {
      const j0 = Math.max(jb, i);
      for (let j = j0; j < jEnd; j += 2) gramTile(x, dims, rows, jEnd, i, j, out);
    }
  }
  return out;
}

/** Fills the (up to) 2 x 2 tile at rows i, i+1 and columns j, j+1, plus its mirror. */
function gramTile(x: Float64Array, dims: number, rows: number, jEnd: number, i: number, j: number, out: Float64Array): void {
  const i1 = i + 1 < rows;
  const j1 = j + 1 < jEnd;
  if (!i1 || !j1) {
    for (let a = i; a < (i1 ? i + 2 : i + 1); a++) {
      for (let b = j; b < (j1 ? j + 2 : j + 1); b++) setPair(out, rows, a, b, rowDot(x, dims, a, b));
    }
    return;
  }
  const a0 = i * dims;
  const a1 = a0 + dims;
  const b0 = j * dims;
  const b1 = b0 + dims;
  let s00 = 0;
  let s01 = 0;
  let s10 = 0;
  let s11 = 0;
  for (let k = 0; k < dims; k++) {
    const x0 = x[a0 + k]!;
    const x1 = x[a1 + k]!;
    const y0 = x[b0 + k]!;
    const y1 = x[b1 + k]!;
    s00 += x0 * y0;
    s01 += x0 * y1;
    s10 += x1 * y0;
    s11 += x1 * y1;
  }
  setPair(out, rows, i, j, s00);
  setPair(out, rows, i, j + 1, s01);
  setPair(out, rows, i + 1, j, s10);
  setPair(out, rows, i + 1, j + 1, s11);
}

function setPair(out: Float64Array, rows: number, a: number, b: number, value: number): void {
  out[a * rows + b] = value;
  out[b * rows + a] = value;
}
