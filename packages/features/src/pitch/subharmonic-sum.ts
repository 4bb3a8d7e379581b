// Sub-harmonic summation (Hermes 1988) of IS10_SPEC.md §5.2 step 1, in float32 as openSMILE does.
import type { ShsPlan } from './shs-candidates.js';

const f32 = Math.fround;
const HARMONICS = 15;

/**
 * SS[t] of §5.2 step 1: float32 accumulation in harmonic order h = 2..15 (terms beyond the last
 * point omitted), ÷15, negatives → 0. Points near the top (where harmonics run out) use
 * harmonic-major loops that keep each t's summation order and let the float32 store round.
 */
export function subharmonicSum(s: Float32Array, shs: ShsPlan, ss: Float32Array): void {
  const n = s.length;
  const { shifts, gains } = shs;
  // Points whose 14 harmonics all exist: one float32 accumulator in registers, fround after
  // every add being exactly the rounding of a Float32Array store (same order h = 2..15).
  const full = shifts.length === HARMONICS - 1 ? Math.max(0, n - shifts[HARMONICS - 2]) : 0;
  if (full > 0) sumFullPoints(s, shifts, gains, ss, full);
  ss.set(s.subarray(full), full);
  for (let h = 0; h < shifts.length; h++) {
    const shift = shifts[h];
    const gain = gains[h];
    for (let t = full; t + shift < n; t++) ss[t] += f32(gain * s[t + shift]);
  }
  for (let t = full; t < n; t++) {
    const v = f32(ss[t] / HARMONICS);
    ss[t] = v > 0 ? v : 0;
  }
}

/**
 * {@link subharmonicSum} for t < `count`, where every harmonic lies inside the spectrum. Four
 * points per iteration interleave four independent float32 rounding chains (latency-bound).
 */
function sumFullPoints(s: Float32Array, shifts: Int32Array, gains: Float32Array, ss: Float32Array, count: number): void {
  let t = 0;
  for (; t + 3 < count; t += 4) {
    let a = s[t];
    let b = s[t + 1];
    let c = s[t + 2];
    let d = s[t + 3];
    for (let h = 0; h < HARMONICS - 1; h++) {
      const g = gains[h];
      const at = t + shifts[h];
      a = f32(a + f32(g * s[at]));
      b = f32(b + f32(g * s[at + 1]));
      c = f32(c + f32(g * s[at + 2]));
      d = f32(d + f32(g * s[at + 3]));
    }
    ss[t] = clampedMean(a);
    ss[t + 1] = clampedMean(b);
    ss[t + 2] = clampedMean(c);
    ss[t + 3] = clampedMean(d);
  }
  for (; t < count; t++) {
    let a = s[t];
    for (let h = 0; h < HARMONICS - 1; h++) a = f32(a + f32(gains[h] * s[t + shifts[h]]));
    ss[t] = clampedMean(a);
  }
}

function clampedMean(sum: number): number {
  const v = f32(sum / HARMONICS);
  return v > 0 ? v : 0;
}
