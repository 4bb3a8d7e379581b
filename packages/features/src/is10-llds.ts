// The IS10 LLD table of IS10_SPEC.md §8.3: L = N60 rows × 76 columns (D1, D2, D1de, D2de).
import { assertFinite } from '@emocode/core';
import { is10ContoursUnchecked, type Is10Contours } from './is10-contours.js';
import { checkIs10Input } from './is10-input.js';
import { IS10_LLD_NAMES } from './is10-names.js';
import type { Is10Options } from './is10-options.js';

/** Frame-level IS10 LLDs; row n has frameTime n·hop/fs (frame start, §1). */
export interface Is10Llds {
  /** L = N60 rows. */
  readonly frames: number;
  /** `frames × 76` float32, row-major, columns in {@link IS10_LLD_NAMES} order. */
  readonly data: Float32Array;
  readonly names: readonly string[];
}

/** Interleaves contours into the §8.3 row-major table. */
export function is10LldTable(c: Is10Contours): Is10Llds {
  const columns = [...c.lld1, ...c.lld2, ...c.lld1De, ...c.lld2De];
  const dims = columns.length;
  const data = new Float32Array(c.rows * dims);
  columns.forEach((col, j) => {
    for (let n = 0; n < c.rows; n++) data[n * dims + j] = col[n];
  });
  return { frames: c.rows, data, names: IS10_LLD_NAMES };
}

/**
 * The IS10 frame-level LLD table (openSMILE `-lldcsvoutput`, IS10_SPEC.md §8.3): smoothed LLDs
 * and their deltas, L = floor((N − 960)/160) + 1 rows at 16 kHz. The functionals of
 * {@link extractIs10} use rows 0..L−4 of this table.
 *
 * @param signal - mono samples on the ±1 scale.
 * @param options - `{ sampleRateHz }`.
 * @throws EmocodeError as {@link extractIs10}.
 * @example const { frames, data } = extractIs10Llds(x, { sampleRateHz: 16000 }); // data[n*76 + 34] = F0final_sma
 */
export function extractIs10Llds(signal: Float32Array, options: Is10Options): Is10Llds {
  const o = checkIs10Input(signal, options, 'extractIs10Llds');
  const table = is10LldTable(is10ContoursUnchecked(signal, o.sampleRateHz));
  assertFinite(table.data, 'extractIs10Llds', 'IS10 LLDs');
  return table;
}
