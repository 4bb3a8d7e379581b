import { describe, expect, it } from 'vitest';
import { createFrameRows } from './frame-rows.js';

describe('createFrameRows', () => {
  it('keeps the rows of chosen frames, rounded to float32, through growths of its table', () => {
    const rows = createFrameRows(10, 3, 1);
    const kept = [7, 2, 9, 4];
    for (const n of kept) rows.keep(n, Float64Array.of(n + 0.1, n, -n));
    for (let n = 0; n < 10; n++) {
      const at = rows.rowAt(n);
      if (!kept.includes(n)) {
        expect(at).toBe(-1);
        continue;
      }
      expect(Array.from(rows.data.subarray(at, at + 3))).toEqual([Math.fround(n + 0.1), n, -n]);
    }
    expect(rows.data.length).toBeGreaterThanOrEqual(12);
  });
});
