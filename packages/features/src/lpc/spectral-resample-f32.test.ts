import { describe, expect, it } from 'vitest';
import { applySpectralResampler, spectralResampler } from './spectral-resample.js';
import { applyFloat32SpectralResampler, float32SpectralResampler } from './spectral-resample-f32.js';

const f32 = Math.fround;

function spectrum(bins: number, seed: number): { re: Float32Array; im: Float32Array } {
  const re = Float32Array.from({ length: bins }, (_, b) => Math.sin(seed * b + 1) * 3);
  const im = Float32Array.from({ length: bins }, (_, b) => (b === 0 || b === bins - 1 ? 0 : Math.cos(seed * b * 1.7) * 3));
  return { re, im };
}

describe('float32SpectralResampler (EGEMAPS_SPEC F8 step 1)', () => {
  it('has the 20 ms geometry of F8: 220 outputs, bins 1..109, no Nyquist term', () => {
    const r = float32SpectralResampler(16000, 320, 512);
    expect([r.outputSamples, r.maxBin, r.nyquist]).toEqual([220, 109, false]);
  });

  it('is the literal float32 sum (R_0, then per bin cos term, sin term) bit for bit', () => {
    const { re, im } = spectrum(257, 3);
    const r = float32SpectralResampler(16000, 320, 512);
    const got = new Float64Array(220);
    applyFloat32SpectralResampler(r, re, im, 0, got);
    for (let i = 0; i < 220; i++) {
      let acc = re[0];
      for (let b = 1; b <= 109; b++) {
        acc = f32(acc + f32(re[b] * f32(Math.cos((2 * Math.PI * (b * i)) / 352))));
        acc = f32(acc + f32(im[b] * f32(Math.sin((2 * Math.PI * (b * i)) / 352))));
      }
      expect(got[i]).toBe(f32(acc / 256));
    }
  });

  it('reads one frame of a frames × bins table and agrees with the float64 resampler to float32 rounding', () => {
    const { re, im } = spectrum(2 * 257, 5);
    const got = new Float64Array(220);
    applyFloat32SpectralResampler(float32SpectralResampler(16000, 320, 512), re, im, 257, got);
    const want = new Float64Array(220);
    applySpectralResampler(
      spectralResampler(16000, 320, 512),
      Float64Array.from(re.subarray(257)),
      Float64Array.from(im.subarray(257)),
      want,
    );
    for (let i = 0; i < 220; i++) expect(Math.abs(got[i] - want[i])).toBeLessThan(1e-5);
  });
});
