import { EmocodeError } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { extractIs10, functionalFrames, IS10_FEATURE_NAMES, IS10_LLD_NAMES } from './is10.js';
import { extractIs10Llds } from './is10-llds.js';
import { pulseTrain } from './testing/pulse-train.js';

const FS = 16000;

const column = (llds: { frames: number; data: Float32Array }, name: string) =>
  Float32Array.from({ length: llds.frames }, (_, n) => llds.data[n * 76 + IS10_LLD_NAMES.indexOf(name)]);

describe('IS10 names (§8.2, §8.3)', () => {
  it('has 1582 unique feature names and 76 LLD names in spec order', () => {
    expect(new Set(IS10_FEATURE_NAMES).size).toBe(1582);
    expect(IS10_FEATURE_NAMES[714]).toBe('pcm_loudness_sma_de_maxPos');
    expect(IS10_FEATURE_NAMES[1428]).toBe('F0final_sma_maxPos');
    expect(IS10_FEATURE_NAMES[1504]).toBe('F0final_sma_de_maxPos');
    expect(IS10_FEATURE_NAMES.slice(-2)).toEqual(['F0final__Turn_onsetRate', 'F0final__Turn_duration']);
    expect(IS10_LLD_NAMES.length).toBe(76);
    expect(IS10_LLD_NAMES[34]).toBe('F0final_sma');
  });
});

describe('extractIs10 / extractIs10Llds', () => {
  it.each([120, 220])('tracks the F0 of a %d Hz pulse train within 1 %', (f0) => {
    const llds = extractIs10Llds(pulseTrain(f0, 1), { sampleRateHz: FS });
    expect(llds.frames).toBe(95);
    const f0Final = column(llds, 'F0final_sma');
    for (let n = 3; n < llds.frames - 2; n++) expect(Math.abs(f0Final[n] / f0 - 1)).toBeLessThan(0.01);
    expect(column(llds, 'jitterLocal_sma')[50]).toBeLessThan(0.01);
  });

  it('gives finite output, zero F0 functionals and the right duration on silence', () => {
    const v = extractIs10(new Float32Array(FS), { sampleRateHz: FS });
    expect(v.length).toBe(1582);
    expect(v.every(Number.isFinite)).toBe(true);
    expect(Array.from(v.subarray(1428, 1580)).every((x) => x === 0)).toBe(true);
    expect(v[1580]).toBe(0);
    expect(v[1581]).toBe(Math.fround(Math.fround(94) * Math.fround(0.01)));
    expect(v[IS10_FEATURE_NAMES.indexOf('mfcc_sma[0]_stddev')]).toBe(0);
  });

  it('accepts the minimum length (1120 samples = two pitch frames) and rejects shorter input', () => {
    expect(extractIs10(pulseTrain(150, 0.07), { sampleRateHz: FS }).length).toBe(1582);
    expect(() => extractIs10(new Float32Array(1119), { sampleRateHz: FS })).toThrow(/at least 1120 samples/);
    expect(() => extractIs10Llds(new Float32Array(10), { sampleRateHz: FS })).toThrow(EmocodeError);
    expect(() => extractIs10Llds(new Float32Array(10), { sampleRateHz: FS })).toThrow(
      expect.objectContaining({ code: 'EMOCODE_INVALID_INPUT' }),
    );
  });

  it('rejects non-finite samples and bad options', () => {
    const x = pulseTrain(150, 0.2);
    x[100] = Number.NaN;
    expect(() => extractIs10(x, { sampleRateHz: FS })).toThrow(expect.objectContaining({ code: 'EMOCODE_NON_FINITE' }));
    expect(() => extractIs10(pulseTrain(150, 0.2), { sampleRateHz: 0 })).toThrow(
      expect.objectContaining({ code: 'EMOCODE_INVALID_OPTIONS' }),
    );
  });

  it('feeds NF = K − 2 rows to the functionals (QUIRK E1)', () => {
    expect([functionalFrames(324), functionalFrames(3), functionalFrames(2), functionalFrames(1)]).toEqual([322, 1, 1, 1]);
  });
});

describe('extractIs10 at other sample rates (§9)', () => {
  it.each([8000, 11025, 44100])('gives 1582 finite values and tracks F0 at %d Hz', (rate) => {
    const x = new Float32Array(rate);
    for (let p = 0; p < x.length; p += rate / 150) {
      const s = Math.round(p);
      for (let k = 0; k < rate / 200 && s + k < x.length; k++)
        x[s + k] += 0.4 * Math.exp(-k / (rate / 800)) * Math.sin((2 * Math.PI * 700 * k) / rate);
    }
    const v = extractIs10(x, { sampleRateHz: rate });
    expect(v.every(Number.isFinite)).toBe(true);
    expect(v[IS10_FEATURE_NAMES.indexOf('F0final_sma_quartile2')] / 150).toBeCloseTo(1, 1);
  });
});
