import { describe, expect, it } from 'vitest';
import { jitterShimmer } from './jitter-shimmer.js';

const FS = 16000;

/**
 * Damped-resonance pulse train: pulse i starts after periods alternating `periods[i % 2]`
 * samples and has amplitude `amps[i % 2]` (a smooth shape, so the period correlation peaks).
 */
function pulseTrain(seconds: number, periods: [number, number], amps: [number, number]): Float32Array {
  const x = new Float32Array(seconds * FS);
  for (let start = 0, i = 0; start < x.length; start += periods[i % 2], i++) {
    for (let k = 0; start + k < x.length && k < 90; k++) {
      x[start + k] += amps[i % 2] * Math.exp(-k / 15) * Math.sin((2 * Math.PI * 700 * k) / FS);
    }
  }
  return x;
}

/** Median over the frames 5..K−5 (skips the start-up frames). */
function median(v: Float32Array): number {
  const s = Array.from(v.subarray(5, v.length - 5)).sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

describe('jitterShimmer (§5.4)', () => {
  it('is near 0 for a perfectly periodic, constant-amplitude train', () => {
    const x = pulseTrain(1, [100, 100], [0.5, 0.5]);
    const r = jitterShimmer(x, new Float32Array(95).fill(160), FS);
    expect(median(r.jitterLocal)).toBeLessThan(0.005);
    expect(median(r.shimmerLocal)).toBeLessThan(0.01);
  });
  it('recovers alternating periods (jitter) and amplitudes (shimmer)', () => {
    const x = pulseTrain(1, [98, 106], [0.5, 0.4]);
    const r = jitterShimmer(x, new Float32Array(95).fill(FS / 102), FS);
    // jitterLocal = mean |T_i − T_{i−1}| / mean T = 8/102; shimmerLocal ≈ |A0 − A1| / mean A = 0.1/0.45
    expect(median(r.jitterLocal)).toBeCloseTo(8 / 102, 2);
    expect(median(r.shimmerLocal)).toBeCloseTo(0.1 / 0.45, 1);
    // the period differences are all 8 samples, so their differences (DDP) vanish
    expect(median(r.jitterDDP)).toBeLessThan(0.005);
  });
  it('outputs 0 in unvoiced frames and on silence', () => {
    const f0 = new Float32Array(95).fill(160);
    f0.fill(0, 40, 50);
    const r = jitterShimmer(new Float32Array(FS), f0, FS);
    expect(Array.from(r.jitterLocal).every((v) => v === 0)).toBe(true);
    const s = jitterShimmer(pulseTrain(1, [100, 100], [0.5, 0.5]), f0, FS);
    expect(Array.from(s.shimmerLocal.subarray(40, 50))).toEqual(new Array(10).fill(0));
  });
});
