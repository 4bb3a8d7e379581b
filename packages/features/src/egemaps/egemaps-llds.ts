// The eGeMAPSv02 LLD table as openSMILE's `-lldcsvoutput` writes it (EGEMAPS_SPEC.md E11.4, F11):
// L = N60 + 1 rows, 10 sma3 columns of the 20 ms branch, 15 sma3nz columns with QUIRK S1 rows.
import { movingAverage, movingAverageNonZero } from '../contour/moving-average.js';
import type { EgemapsContours } from './egemaps-contours.js';
import { EGEMAPS_LLD_NAMES } from './egemaps-names.js';

/** A frame-level table: `frames × names.length` float32, row-major; row n starts at n·10 ms. */
export interface LldTable {
  readonly frames: number;
  readonly data: Float32Array;
  readonly names: readonly string[];
}

/**
 * sma3nz rows 0..K of a K-frame sequence with QUIRK S1: rows up to K−2 as if the sequence ended
 * at K−2, then x[K−2] and x[K−1] each smoothed with itself as both neighbours.
 */
function smoothedWithTail(x: Float32Array): Float32Array {
  const k = x.length;
  const rows = new Float32Array(k + 1);
  rows.set(movingAverageNonZero(x.subarray(0, k - 1), k - 1));
  rows[k - 1] = movingAverageNonZero(x.subarray(k - 2, k - 1), 1)[0];
  rows[k] = movingAverageNonZero(x.subarray(k - 1), 1)[0];
  return rows;
}

/** Interleaves the smoothed contours into the LLD CSV table (needs K = N60 ≥ 2). */
export function egemapsLldTable(c: EgemapsContours): LldTable {
  const rows = c.frames60 + 1;
  const columns = [...c.spectral.map((x) => movingAverage(x, c.frames20)), ...c.voice.map(smoothedWithTail)];
  const dims = columns.length;
  const data = new Float32Array(rows * dims);
  columns.forEach((col, j) => {
    for (let n = 0; n < rows; n++) data[n * dims + j] = col[n];
  });
  return { frames: rows, data, names: EGEMAPS_LLD_NAMES };
}
