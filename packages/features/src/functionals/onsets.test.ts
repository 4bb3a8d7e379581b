import { describe, expect, it } from 'vitest';
import { onsetRate, turnDuration } from './onsets.js';

describe('onsets (§7.3)', () => {
  it('reproduces the reference float32 duration and rate', () => {
    expect(turnDuration(324)).toBe(Math.fround(3.24));
    const f0 = new Float32Array(320);
    for (const i of [5, 50, 100]) f0.fill(120, i, i + 10);
    expect(onsetRate(f0).toExponential(6)).toBe('9.375001e-1');
  });
  it('does not count a voiced first frame and is 0 for no frames', () => {
    expect(onsetRate(Float32Array.of(100, 100, 0, 100))).toBe(Math.fround(1 / Math.fround(0.04)));
    expect(onsetRate(new Float32Array(0))).toBe(0);
  });
});
