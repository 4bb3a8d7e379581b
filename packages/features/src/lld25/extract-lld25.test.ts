import { describe, expect, it } from 'vitest';
import { extractLld25 } from './extract-lld25.js';
import { LLD25_NAMES } from './lld25-names.js';

describe('extractLld25', () => {
  it('returns floor((N − 400)/160) + 1 rows of the 32 IS10 columns at 16 kHz', () => {
    const out = extractLld25(new Float32Array(52853), 16000);
    expect(out.frames).toBe(328);
    expect(out.data.length).toBe(328 * 32);
    expect(out.names).toBe(LLD25_NAMES);
    expect(out.names.slice(0, 2)).toEqual(['pcm_loudness', 'mfcc[0]']);
    expect(out.names[16]).toBe('logMelFreqBand[0]');
    expect(out.names[31]).toBe('lspFreq[7]');
    expect(extractLld25(new Float32Array(399), 16000).frames).toBe(0);
  });

  it('gives finite floored values for silence', () => {
    const { data } = extractLld25(new Float32Array(1600), 16000);
    for (const v of data) expect(Number.isFinite(v)).toBe(true);
    expect(data[0]).toBe(0);
    // every log energy at the 1e-8 floor: c0 = sqrt(2·26)·ln(1e-8)
    expect(data[1]).toBeCloseTo(Math.sqrt(52) * Math.log(1e-8), 4);
    expect(data[2]).toBeCloseTo(0, 4);
    expect(data[16]).toBeCloseTo(Math.log(1e-12), 4);
    // A(z) = 1 ⇒ LSFs kπ/9 (to bisection resolution)
    expect(data[24]).toBeCloseTo(Math.PI / 9, 3);
  });

  it('gives a constant loudness for a constant signal and scales sizes with the rate', () => {
    const { data, frames } = extractLld25(new Float32Array(8000).fill(0.25), 16000);
    for (let n = 0; n < frames; n++) expect(data[n * 32]).toBeCloseTo(((0.08 / 215.54 / 1e-6) * 0.0625) ** 0.3, 4);
    const at441 = extractLld25(new Float32Array(44100).fill(0.25), 44100);
    // W = round(1102.5) = 1103, hop = 441
    expect(at441.frames).toBe(Math.floor((44100 - 1103) / 441) + 1);
    for (const v of at441.data) expect(Number.isFinite(v)).toBe(true);
  });

  it('rejects bad rates and non-finite samples', () => {
    expect(() => extractLld25(new Float32Array(800), 16000.5)).toThrow(/sampleRateHz must be an integer/);
    expect(() => extractLld25(Float32Array.of(0, Number.NaN), 16000)).toThrow(/finite, got NaN at index 1/);
  });
});
