import { describe, expect, it } from 'vitest';
import { LOG_MEL_BAND_FLOOR, MFCC_LOG_FLOOR, logEnergies } from './log-mel-bands.js';
import { applyMfccDct, mfccDct } from './mfcc.js';

describe('mfccDct (§4.2 step 5)', () => {
  it('maps constant log energies to c0 = sqrt(2M)·ℓ and c_i>0 = 0', () => {
    const dct = mfccDct(26, 15, 22);
    const logE = new Float64Array(26).fill(-3);
    const out = new Float64Array(15);
    applyMfccDct(dct, logE, out);
    expect(out[0]).toBeCloseTo(Math.sqrt(2 * 26) * -3, 12);
    for (let i = 1; i < 15; i++) expect(Math.abs(out[i])).toBeLessThan(1e-12);
  });

  it('applies the lifter 1 + 11 sin(πi/22) to a pure cosine', () => {
    const dct = mfccDct(26, 15, 22);
    const i = 4;
    const logE = new Float64Array(26).map((_, k) => Math.cos((Math.PI * i * (k + 0.5)) / 26));
    const out = new Float64Array(15);
    applyMfccDct(dct, logE, out);
    expect(out[i]).toBeCloseTo(Math.sqrt(2 / 26) * 13 * (1 + 11 * Math.sin((Math.PI * i) / 22)), 10);
    expect(Math.abs(out[3])).toBeLessThan(1e-12);
  });
});

describe('logEnergies', () => {
  it('floors at 1e-8 (MFCC) and 1e-12 (logMelFreqBand)', () => {
    const e = Float64Array.of(0, 1e-9, Math.E, 1e-13);
    logEnergies(e, MFCC_LOG_FLOOR, 3);
    expect(e[0]).toBeCloseTo(Math.log(1e-8), 12);
    expect(e[1]).toBeCloseTo(Math.log(1e-8), 12);
    expect(e[2]).toBeCloseTo(1, 15);
    expect(e[3]).toBe(1e-13);
    const f = Float64Array.of(0);
    logEnergies(f, LOG_MEL_BAND_FLOOR);
    expect(f[0]).toBeCloseTo(-27.631021, 6);
  });
});
