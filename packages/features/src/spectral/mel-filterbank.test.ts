import { describe, expect, it } from 'vitest';
import { applyMelFilterbank, hzToMel, melFilterbank } from './mel-filterbank.js';

const spec16k = (bands: number, hiHz: number) => ({ bands, loHz: 20, hiHz, fftSize: 512, binHz: 31.25, sampleRateHz: 16000 });

describe('melFilterbank (§4.2)', () => {
  it('uses mel(f) = 1127 ln(1 + f/700)', () => {
    expect(hzToMel(0)).toBe(0);
    expect(hzToMel(700)).toBeCloseTo(1127 * Math.LN2, 12);
  });

  it('covers bins 2..255 (26 bands) and 2..207 (8 bands) at 16 kHz', () => {
    const b26 = melFilterbank(spec16k(26, 8000));
    expect([b26.firstBin, b26.endBin - 1]).toEqual([2, 255]);
    const b8 = melFilterbank(spec16k(8, 6500));
    expect([b8.firstBin, b8.endBin - 1]).toEqual([2, 207]);
    expect(melFilterbank(spec16k(26, 8000))).toBe(b26);
  });

  it('partitions each interior bin’s power: the two weights sum to 1 and lie in [0, 1]', () => {
    const bank = melFilterbank(spec16k(26, 8000));
    const power = new Float64Array(257).fill(1);
    const out = new Float64Array(26);
    applyMelFilterbank(bank, power, out);
    // Bins below the first peak and above the last one feed only one band, so the total is
    // the bin count minus their missing halves; every band gets positive energy.
    for (const e of out) expect(e).toBeGreaterThan(0);
    for (let q = 0; q < bank.lowerWeight.length; q++) {
      expect(bank.lowerWeight[q]).toBeGreaterThanOrEqual(0);
      expect(bank.lowerWeight[q]).toBeLessThanOrEqual(1);
    }
    let sumOut = 0;
    for (const e of out) sumOut += e;
    let lost = 0;
    for (let q = 0; q < bank.lowerBand.length; q++) {
      const k = bank.lowerBand[q];
      if (k < 0) lost += bank.lowerWeight[q];
      if (k + 1 >= 26) lost += 1 - bank.lowerWeight[q];
    }
    expect(sumOut + lost).toBeCloseTo(254, 10);
  });

  it('puts a single bin at a band peak entirely into that band', () => {
    // A bin whose mel value equals C[k+1] gives weight 1 to band k and 0 to band k+1.
    const bank = melFilterbank({ bands: 3, loHz: 0, hiHz: 4000, fftSize: 8, binHz: 1000, sampleRateHz: 8000 });
    const power = Float64Array.of(0, 0, 5, 0, 0);
    const out = new Float64Array(3);
    applyMelFilterbank(bank, power, out);
    const melStep = hzToMel(4000) / 4;
    const mu = hzToMel(2000);
    const j = Math.ceil(mu / melStep);
    const w = (j * melStep - mu) / melStep;
    expect(out[j - 2]).toBeCloseTo(w * 5, 12);
    expect(out[j - 1]).toBeCloseTo((1 - w) * 5, 12);
  });

  it('clips hi to fs/2 at low sample rates', () => {
    const bank = melFilterbank({ bands: 26, loHz: 20, hiHz: 8000, fftSize: 256, binHz: 31.25, sampleRateHz: 8000 });
    expect(bank.endBin - 1).toBe(127);
  });
});
