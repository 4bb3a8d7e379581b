import { describe, expect, it } from 'vitest';
import { applySpectralResampler, spectralResampler } from './spectral-resample.js';

/** §4.4 step 1 / §9 written out literally. */
function naive(fs: number, wn: number, kfft: number, re: Float64Array, im: Float64Array): Float64Array {
  const iout = Math.round((11000 * wn) / fs);
  const nI = (kfft * iout) / wn;
  const maxBin = (Math.min(kfft, iout) & ~1) / 2 - 1;
  const y = new Float64Array(iout);
  for (let i = 0; i < iout; i++) {
    let acc = re[0];
    for (let b = 1; b <= maxBin; b++) acc += re[b] * Math.cos((2 * Math.PI * b * i) / nI) + im[b] * Math.sin((2 * Math.PI * b * i) / nI);
    if (iout >= kfft) acc += re[kfft / 2] * Math.cos((2 * Math.PI * (kfft / 2) * i) / nI);
    y[i] = acc / (kfft / 2);
  }
  return y;
}

function spectrum(bins: number, seed: number): { re: Float64Array; im: Float64Array } {
  const re = Float64Array.from({ length: bins }, (_, b) => Math.sin(seed * b + 1) * 3);
  const im = Float64Array.from({ length: bins }, (_, b) => (b === 0 || b === bins - 1 ? 0 : Math.cos(seed * b * 1.7) * 3));
  return { re, im };
}

describe('spectralResampler (QUIRK R1)', () => {
  it('has the 16 kHz geometry of §4.4: 275 outputs, bins 1..136, no Nyquist term', () => {
    const r = spectralResampler(16000, 400, 512);
    expect([r.outputSamples, r.maxBin, r.period, r.nyquist]).toEqual([275, 136, 352, false]);
  });

  it.each([
    [16000, 400, 512, 'factored, nI = 352'],
    [44100, 1103, 2048, 'direct, nI non-integer'],
    [8000, 200, 256, 'factored with Nyquist term'],
  ])('matches the literal formula at %i Hz (%s)', (fs, wn, kfft) => {
    const { re, im } = spectrum(kfft / 2 + 1, fs / 1000);
    const r = spectralResampler(fs, wn, kfft);
    const got = new Float64Array(r.outputSamples);
    applySpectralResampler(r, re, im, got);
    const want = naive(fs, wn, kfft, re, im);
    expect(got.length).toBe(want.length);
    for (let i = 0; i < want.length; i++) expect(Math.abs(got[i] - want[i])).toBeLessThan(1e-6 * (1 + Math.abs(want[i])));
  });
});
