import { describe, expect, it } from 'vitest';
import { peaksPerSecond, prunedExtrema, risingFallingSlopes } from './peaks.js';

const f32 = Math.fround;

function slopes(values: number[]): number[] {
  const x = Float32Array.from(values);
  const out = new Float32Array(4);
  risingFallingSlopes(x, Math.min(...x), Math.max(...x), out, 0);
  return Array.from(out);
}

describe('peaks and slopes (EGEMAPS_SPEC G7, G8)', () => {
  it('keeps the larger of two maxima without a minimum between them, and minima deep enough', () => {
    // plateaus of 0 are no minima, so 1, 10 and 5 are three maxima in a row: only 10 survives
    const flat = Float32Array.of(0, 0, 1, 0, 0, 10, 0, 0, 5, 0, 0);
    expect(prunedExtrema(flat, 0, 10).map((e) => [e.isMax, e.pos])).toEqual([[true, 5]]);
    expect(peaksPerSecond(flat, 0, 10)).toBe(f32(1 / f32(11 * f32(0.01))));
    // a dip of 0.5 (< 10 % of the range 10) between two maxima is pruned with the smaller maximum
    const x = Float32Array.of(0, 0, 10, 2, 9, 8.5, 9, 2, 0, 0);
    expect(prunedExtrema(x, 0, 10).map((e) => [e.isMax, e.pos])).toEqual([
      [true, 2],
      [false, 3],
      [true, 4],
    ]);
  });

  it('rising slope up to a peak, end slope with the opposite sign convention (QUIRK)', () => {
    // max at 5 (value 10) reached from x[0] = 0 over 5 frames: 200/s; end slope (0 − 10)/(5 frames) = −200/s
    const [meanRise, sdRise, meanFall, sdFall] = slopes([0, 2, 4, 6, 8, 10, 8, 6, 4, 2, 0]);
    expect(meanRise).toBeCloseTo(200, 3);
    expect(sdRise).toBe(0);
    expect(meanFall).toBeCloseTo(-200, 3);
    expect(sdFall).toBe(0);
  });

  it('a monotonic contour gives one slope per sample, not per second (QUIRK)', () => {
    expect(slopes([0, 1, 2, 3])).toEqual([f32(3 / 4), 0, 0, 0]);
    expect(slopes([3, 2, 1, 0])).toEqual([0, 0, f32(-3 / 4), 0]);
  });
});
