import { describe, expect, it } from 'vitest';
import { smoothPitch } from './pitch-smoother.js';

const run = (f0: number[], v: number[]) => smoothPitch(Float32Array.from(f0), Float32Array.from(v));

describe('smoothPitch (§5.3, QUIRK P1)', () => {
  it('swallows frame 0 and outputs frame j at index j (K = N − 1)', () => {
    const r = run([100, 100, 100, 100, 100], [0.9, 0.9, 0.9, 0.9, 0.9]);
    expect(Array.from(r.f0Final)).toEqual([0, 100, 100, 100]);
    expect(Array.from(r.voicing)).toEqual([0, 0.9, 0.9, 0.9].map(Math.fround));
  });
  it('removes a 1-frame voiced blip and thresholds voicing at 0.7 (strict)', () => {
    const r = run([0, 0, 200, 0, 0, 0], [0, 0, 0.9, 0, 0, 0]);
    expect(Array.from(r.f0Final)).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(run([0, 150, 150, 150], [0, 0.7, 0.7, 0.7]).f0Final)).toEqual([0, 0, 0]);
  });
  it('undoes a 1-frame octave jump', () => {
    const r = run([0, 100, 100, 200, 100, 100], [0, 0.9, 0.9, 0.9, 0.9, 0.9]);
    expect(Array.from(r.f0Final)).toEqual([0, 100, 100, 100, 100]);
  });
  it('tracks the envelope 0.75·env + 0.25·F0 over voiced frames and holds it', () => {
    const r = run([0, 100, 100, 200, 200, 0, 0], [0, 0.9, 0.9, 0.9, 0.9, 0, 0]);
    expect(Array.from(r.f0Final)).toEqual([0, 100, 100, 200, 200, 0]);
    expect(Array.from(r.f0Envelope)).toEqual([0, 100, 100, 125, 143.75, 143.75]);
  });
});
