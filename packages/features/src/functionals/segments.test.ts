import { describe, expect, it } from 'vitest';
import { segmentLengths, segmentStats } from './segments.js';

const voiced = (v: number) => v !== 0;
const seq = (s: string) => Float32Array.from(s, (c) => (c === '1' ? 1 : 0));

describe('segments (EGEMAPS_SPEC G9)', () => {
  it('measures a run as last − first member (one less than its frames)', () => {
    expect(segmentLengths(seq('0011111111110000'), voiced)).toEqual([9]);
  });

  it('needs 3 members to confirm, bridges one gap, closes after two', () => {
    expect(segmentLengths(seq('0110011011100'), voiced)).toEqual([5]); // "11" dropped; "11011 1" bridged: 10 − 5
    expect(segmentLengths(seq('1110111'), voiced)).toEqual([6]); // open at the end, closed at the last member
  });

  it('gives per-second rate, mean and population stddev in seconds', () => {
    const s = segmentStats([9, 19], 100);
    expect(s.perSecond).toBeCloseTo(2, 5);
    expect(s.meanSeconds).toBeCloseTo(0.14, 6);
    expect(s.stddevSeconds).toBeCloseTo(0.05, 6);
    expect(segmentStats([9], 100).stddevSeconds).toBe(0);
    expect(segmentStats([], 100)).toEqual({ perSecond: 0, meanSeconds: 0, stddevSeconds: 0 });
  });
});
