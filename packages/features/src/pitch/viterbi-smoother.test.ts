import { describe, expect, it } from 'vitest';
import { viterbiSmoothPitch } from './viterbi-smoother.js';

/** `frames` rows of 6 candidate slots; `row(t)` gives the (f0, voicing) pairs of frame t. */
function lists(frames: number, row: (t: number) => [number, number][]) {
  const f0 = new Float32Array(frames * 6);
  const voicing = new Float32Array(frames * 6);
  for (let t = 0; t < frames; t++) row(t).forEach(([f, v], s) => ((f0[t * 6 + s] = f), (voicing[t * 6 + s] = v)));
  return { f0, voicing };
}

describe('viterbiSmoothPitch (EGEMAPS_SPEC F5)', () => {
  it('follows a steady voiced candidate and leaves empty frames unvoiced', () => {
    const { f0, voicing } = lists(30, (t) =>
      t >= 10 && t < 20
        ? [
            [200, 0.9],
            [100, 0.8],
          ]
        : [],
    );
    const { f0Hz, undecidedAtEnd } = viterbiSmoothPitch(f0, voicing);
    expect(Array.from(f0Hz.subarray(10, 20))).toEqual(new Array(10).fill(200));
    expect(f0Hz.subarray(0, 10).every((v) => v === 0) && f0Hz.subarray(20).every((v) => v === 0)).toBe(true);
    expect(undecidedAtEnd).toBeGreaterThanOrEqual(1);
  });

  it('prefers the octave-consistent path over a one-frame best-score jump', () => {
    // frame 5's best candidate is the octave above; the transition costs keep 150 Hz
    const { f0, voicing } = lists(12, (t) =>
      t === 5
        ? [
            [300, 0.8],
            [150, 0.78],
          ]
        : [[150, 0.9]],
    );
    expect(viterbiSmoothPitch(f0, voicing).f0Hz[5]).toBe(150);
  });

  it('drops a voicing below the 0.7 cutoff when the neighbours are unvoiced', () => {
    const { f0, voicing } = lists(10, (t) => (t === 4 ? [[180, 0.6]] : []));
    expect(viterbiSmoothPitch(f0, voicing).f0Hz[4]).toBe(0);
  });
});
