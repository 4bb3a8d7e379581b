import { describe, expect, it } from 'vitest';
import { createResampler, resample } from './resample.js';

function sine(rateHz: number, freqHz: number, seconds: number, amplitude = 0.5): Float32Array {
  const x = new Float32Array(Math.round(rateHz * seconds));
  for (let i = 0; i < x.length; i++) x[i] = amplitude * Math.sin((2 * Math.PI * freqHz * i) / rateHz);
  return x;
}

/** Amplitude and phase-free fit of a sinusoid at `freqHz` over the middle half of `y`. */
function toneAmplitude(y: Float32Array, rateHz: number, freqHz: number): number {
  const from = Math.floor(y.length / 4);
  const to = Math.floor((3 * y.length) / 4);
  let c = 0;
  let s = 0;
  for (let i = from; i < to; i++) {
    const w = (2 * Math.PI * freqHz * i) / rateHz;
    c += (y[i] as number) * Math.cos(w);
    s += (y[i] as number) * Math.sin(w);
  }
  return (2 * Math.hypot(c, s)) / (to - from);
}

function rms(y: Float32Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += (y[i] as number) ** 2;
  return Math.sqrt(sum / (to - from));
}

const pairs: [number, number][] = [
  [22050, 16000],
  [44100, 16000],
  [48000, 16000],
  [96000, 16000], // three stages: 96 → 48 → 24 → 16 kHz
  [8000, 16000],
  [16000, 44100],
];

describe('resample', () => {
  it.each(pairs)('keeps a 1 kHz sine (amplitude, frequency, phase) %i → %i Hz', (from, to) => {
    const y = resample(sine(from, 1000, 0.5), { fromRateHz: from, toRateHz: to });
    const want = sine(to, 1000, 0.5);
    expect(toneAmplitude(y, to, 1000)).toBeCloseTo(0.5, 4);
    // Zero delay: the resampled tone equals the tone sampled directly at the new rate.
    let worst = 0;
    for (let i = 200; i < y.length - 200; i++) worst = Math.max(worst, Math.abs((y[i] as number) - (want[i] as number)));
    expect(worst).toBeLessThan(1e-4);
  });

  it('keeps a tone near the passband edge (7 kHz at 44.1 → 16 kHz) within 0.01 dB', () => {
    const y = resample(sine(44100, 7000, 0.5), { fromRateHz: 44100, toRateHz: 16000 });
    expect(Math.abs(20 * Math.log10(toneAmplitude(y, 16000, 7000) / 0.5))).toBeLessThan(0.01);
  });

  it.each([
    [44100, 9000],
    [48000, 8000],
    [22050, 10000],
    [44100, 15000],
    [96000, 8300],
    [96000, 40000],
  ])('attenuates a tone above the new Nyquist by ≥ 80 dB (%i Hz input, %i Hz tone)', (from, freqHz) => {
    const y = resample(sine(from, freqHz, 0.5, 1), { fromRateHz: from, toRateHz: 16000 });
    const level = rms(y, 400, y.length - 400) / Math.SQRT1_2;
    expect(20 * Math.log10(level)).toBeLessThan(-80);
  });

  it('suppresses images when upsampling 8 → 16 kHz (3 kHz tone, image at 5 kHz)', () => {
    const y = resample(sine(8000, 3000, 0.5), { fromRateHz: 8000, toRateHz: 16000 });
    expect(toneAmplitude(y, 16000, 5000) / 0.5).toBeLessThan(1e-4);
  });

  it('is the identity (a copy) at equal rates', () => {
    const x = sine(16000, 440, 0.1);
    const y = resample(x, { fromRateHz: 16000, toRateHz: 16000 });
    expect(y).toEqual(x);
    expect(y).not.toBe(x);
  });

  it.each([
    [52853, 22050, 16000],
    [1, 44100, 16000],
    [0, 48000, 16000],
    [12345, 8000, 16000],
    [1001, 16000, 22050],
    [77777, 96000, 16000],
  ])('has length round(N·out/in) for N = %i, %i → %i', (n, from, to) => {
    expect(resample(new Float32Array(n), { fromRateHz: from, toRateHz: to }).length).toBe(Math.round((n * to) / from));
  });

  it('keeps a constant at 1 away from the edges (unit DC gain)', () => {
    const y = createResampler({ fromRateHz: 44100, toRateHz: 16000 })(new Float32Array(44100).fill(1));
    for (let i = 200; i < y.length - 200; i += 97) expect(y[i]).toBeCloseTo(1, 4);
  });

  it('rejects non-integer rates', () => {
    expect(() => resample(new Float32Array(4), { fromRateHz: 44100.5, toRateHz: 16000 })).toThrow(/fromRateHz/);
  });
});
