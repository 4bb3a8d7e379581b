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

  it('hands out the offset of a row its caller writes, and keeps earlier rows when it grows', () => {
    const rows = createFrameRows(5, 2, 1);
    for (const n of [3, 0, 4]) {
      const at = rows.add(n);
      rows.data[at] = n;
      rows.data[at + 1] = -n;
    }
    expect([3, 0, 4].map((n) => Array.from(rows.data.subarray(rows.rowAt(n), rows.rowAt(n) + 2)))).toEqual([
      [3, -3],
      [0, -0],
      [4, -4],
    ]);
    expect(rows.rowAt(1)).toBe(-1);
  });

  it('hands a released table to the next rows, which read only the rows they keep, and refuses use after release', () => {
    // wider than any table the tests above left behind, so the released one is the only fit
    const first = createFrameRows(4, 1000);
    first.keep(0, new Float64Array(1000).fill(7));
    const table = first.data;
    first.release();
    expect(() => first.add(1)).toThrow(/after release/);
    const second = createFrameRows(3, 1000, 3);
    expect(second.data).toBe(table);
    expect(second.rowAt(0)).toBe(-1);
    second.keep(2, new Float64Array(1000).fill(1));
    expect(second.data.subarray(second.rowAt(2), second.rowAt(2) + 1000).every((v) => v === 1)).toBe(true);
    second.release();
  });
});
