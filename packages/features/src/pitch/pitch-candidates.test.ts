import { describe, expect, it } from 'vitest';
import { createOctaveScalePlan } from './octave-scale-plan.js';
import { pitchCandidates } from './pitch-candidates.js';
import { createShsPlan } from './shs-candidates.js';

/** Pulse-like harmonic tone: sum of harmonics k·f0 with 1/k amplitudes. */
function harmonicTone(f0: number, seconds: number, fs = 16000): Float32Array {
  const x = new Float32Array(Math.round(seconds * fs));
  for (let i = 0; i < x.length; i++) {
    let v = 0;
    for (let k = 1; k * f0 < fs / 2; k++) v += Math.sin((2 * Math.PI * k * f0 * i) / fs) / k;
    x[i] = 0.3 * v;
  }
  return x;
}

describe('SHS constants (§5.1, §5.2, §10)', () => {
  it('match the spec at 16 kHz', () => {
    const plan = createOctaveScalePlan(1024, 15.625);
    expect(plan.pointsPerOctave).toBeCloseTo(59.348512, 5);
    expect(Array.from(createShsPlan(plan).shifts)).toEqual([59, 94, 118, 137, 153, 166, 178, 188, 197, 205, 212, 219, 225, 231]);
  });
});

describe('pitchCandidates (§5.1–5.2)', () => {
  it.each([110, 180, 250])('finds F0 = %d Hz on a harmonic tone', (f0) => {
    const c = pitchCandidates(harmonicTone(f0, 0.5), 16000);
    expect(c.f0Hz.length).toBe(45);
    for (let n = 0; n < c.f0Hz.length; n++) {
      expect(Math.abs(c.f0Hz[n] / f0 - 1)).toBeLessThan(0.02);
      expect(c.voicing[n]).toBeGreaterThan(0.7);
    }
  });
  it('gives zeros on silence', () => {
    const c = pitchCandidates(new Float32Array(4000), 16000);
    expect(Array.from(c.f0Hz).every((v) => v === 0)).toBe(true);
    expect(Array.from(c.voicing).every((v) => v === 0)).toBe(true);
  });
});
