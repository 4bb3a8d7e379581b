// Delta regression coefficients, W = 2, of IS10_SPEC.md §6.3 (float32 arithmetic as specified).
const f32 = Math.fround;

/** Reads `y[i]` clamped to the valid rows (§6.3 padding). */
function at(y: Float32Array, i: number): number {
  return y[i < 0 ? 0 : i >= y.length ? y.length - 1 : i];
}

/**
 * Standard W = 2 delta ("lld1_de", §6.3): `d[n] = (1·(y[n+1] − y[n−1]) + 2·(y[n+2] − y[n−2])) / 10`
 * with every difference, product and partial sum rounded to float32; rows outside [0, L) read the
 * nearest edge row.
 *
 * @param y - smoothed contour of length L ≥ 1.
 * @returns Float32Array of length L.
 * @example deltaRegression(Float32Array.of(0, 1, 2, 3, 4)) // [0.5, 0.8, 1, 0.8, 0.5]
 */
export function deltaRegression(y: Float32Array): Float32Array {
  const d = new Float32Array(y.length);
  for (let n = 0; n < y.length; n++) {
    let num = f32(at(y, n + 1) - at(y, n - 1));
    num = f32(num + f32(2 * f32(at(y, n + 2) - at(y, n - 2))));
    d[n] = f32(num / 10);
  }
  return d;
}

/**
 * Segment-aware W = 2 delta of the 4 "lld2" contours (§6.3) with QUIRK D1: one float32 normaliser,
 * starting at 10 and never reset, is shared by all contours and frames; each neighbour pair i
 * (both y[n−i] and y[n+i] non-zero) adds `i·(y[n+i] − y[n−i])` to the numerator and `i²` to the
 * normaliser. Order: frame-major, then contour, then i = 1, 2. Implemented literally: late deltas
 * are strongly attenuated, which is what openSMILE outputs.
 *
 * @param contours - the smoothed lld2 contours (F0final, jitterLocal, jitterDDP, shimmerLocal),
 *   all of the same length L.
 * @returns one Float32Array of length L per contour.
 * @example deltaInSegments([f0, jl, jd, sh])
 */
export function deltaInSegments(contours: readonly Float32Array[]): Float32Array[] {
  const rows = contours.length === 0 ? 0 : contours[0].length;
  const out = contours.map(() => new Float32Array(rows));
  let norm = 10;
  for (let n = 0; n < rows; n++) {
    for (let c = 0; c < contours.length; c++) {
      const y = contours[c];
      let num = 0;
      for (let i = 1; i <= 2; i++) {
        const a = at(y, n - i);
        const b = at(y, n + i);
        if (a !== 0 && b !== 0) {
          num = f32(num + f32(i * f32(b - a)));
          norm = f32(norm + i * i);
        }
      }
      out[c][n] = f32(num / norm);
    }
  }
  return out;
}
