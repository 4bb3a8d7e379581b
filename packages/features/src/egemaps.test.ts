import { EmocodeError } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { extractEgemaps, extractEgemapsLlds, EGEMAPS_FEATURE_NAMES, EGEMAPS_LLD_NAMES } from './egemaps.js';
import { extractFeatures } from './extract-features.js';
import { featureSet, FEATURE_SETS } from './feature-set.js';
import { encodeWav } from './io/testing/encode-wav.js';
import { pulseTrain } from './testing/pulse-train.js';

const FS = 16000;
const at = (name: string) => EGEMAPS_FEATURE_NAMES.indexOf(name);

describe('eGeMAPS names (EGEMAPS_SPEC G12, E11.4)', () => {
  it('has 88 unique functionals and 25 LLD columns in spec order', () => {
    expect(new Set(EGEMAPS_FEATURE_NAMES).size).toBe(88);
    expect(EGEMAPS_FEATURE_NAMES[0]).toBe('F0semitoneFrom27.5Hz_sma3nz_amean');
    expect(EGEMAPS_FEATURE_NAMES[at('loudness_sma3_amean')]).toBe(EGEMAPS_FEATURE_NAMES[10]);
    expect(EGEMAPS_FEATURE_NAMES[30]).toBe('jitterLocal_sma3nz_amean');
    expect(EGEMAPS_FEATURE_NAMES[76]).toBe('alphaRatioUV_sma3nz_amean');
    expect(EGEMAPS_FEATURE_NAMES.slice(-2)).toEqual(['StddevUnvoicedSegmentLength', 'equivalentSoundLevel_dBp']);
    expect(EGEMAPS_LLD_NAMES).toHaveLength(25);
    expect(EGEMAPS_LLD_NAMES[10]).toBe('F0semitoneFrom27.5Hz_sma3nz');
  });
});

describe('extractEgemaps', () => {
  it('digital silence gives the documented values (G13): no voicing, −201 formant amplitudes, Leq −120', () => {
    const v = extractEgemaps(new Float32Array(FS), { sampleRateHz: FS });
    expect(v).toHaveLength(88);
    expect(v.slice(0, 10).every((x) => x === 0)).toBe(true);
    expect(v[at('F1amplitudeLogRelF0_sma3nz_amean')]).toBe(-201);
    expect(v[at('F1amplitudeLogRelF0_sma3nz_stddevNorm')]).toBe(0);
    expect(v[at('equivalentSoundLevel_dBp')]).toBeCloseTo(-120, 4);
    expect(v[at('loudness_sma3_amean')]).toBeCloseTo(1.0339657e-3, 9);
    // one unvoiced segment over the N60 − 1 = 94 frames the F0 functionals see: length 93 frames
    expect(v[at('MeanUnvoicedSegmentLength')]).toBeCloseTo(0.93, 6);
    expect(v[at('VoicedSegmentsPerSec')]).toBe(0);
  });

  it('a 150 Hz pulse train is voiced at 150 Hz (semitones re 27.5 Hz) with one voiced segment', () => {
    const v = extractEgemaps(pulseTrain(150, 1), { sampleRateHz: FS });
    expect(v[0]).toBeCloseTo(12 * Math.log2(150 / 27.5), 1);
    expect(v[at('F0semitoneFrom27.5Hz_sma3nz_pctlrange0-2')]).toBeLessThan(0.1);
    expect(v[at('VoicedSegmentsPerSec')]).toBeGreaterThan(0.9);
    expect(v[at('HNRdBACF_sma3nz_amean')]).toBeGreaterThan(5);
    expect(v.every(Number.isFinite)).toBe(true);
  });

  it('rejects too short or non-finite signals with EmocodeError', () => {
    expect(() => extractEgemaps(new Float32Array(1119), { sampleRateHz: FS })).toThrow(
      /at least 1120 samples .* eGeMAPS needs two 60 ms pitch frames/,
    );
    const bad = new Float32Array(2000);
    bad[5] = Number.NaN;
    expect(() => extractEgemaps(bad, { sampleRateHz: FS })).toThrow(EmocodeError);
  });

  it('rejects an unknown option key, naming the nearest known one', () => {
    const options = { sampleRateHz: FS, sampleRate: FS } as unknown as { sampleRateHz: number };
    expect(() => extractEgemaps(new Float32Array(2000), options)).toThrow('unknown key `sampleRate` (did you mean `sampleRateHz`?)');
  });

  it('extractEgemapsLlds has N60 + 1 rows of 25 columns', () => {
    const t = extractEgemapsLlds(pulseTrain(150, 0.5), { sampleRateHz: FS });
    expect(t.frames).toBe(Math.floor((8000 - 960) / 160) + 2);
    expect(t.data).toHaveLength(t.frames * 25);
  });
});

describe('feature sets', () => {
  it('lists IS10 and eGeMAPS with names, version and extractors; unknown ids are errors', () => {
    expect(Object.keys(FEATURE_SETS)).toEqual(['is10', 'egemaps']);
    expect(featureSet('egemaps').names).toBe(EGEMAPS_FEATURE_NAMES);
    expect(featureSet('is10').names).toHaveLength(1582);
    expect(featureSet('is10').version).not.toBe(featureSet('egemaps').version);
    expect(() => featureSet('compare')).toThrow(/Unknown feature set "compare"; use one of is10, egemaps/);
  });

  it('extractFeatures computes the chosen set from WAV bytes (default IS10)', () => {
    const x = pulseTrain(150, 0.5);
    const bytes = encodeWav({ samples: Array.from(x, (s) => Math.round(s * 32767)), sampleRateHz: FS });
    expect(extractFeatures(bytes).values).toHaveLength(1582);
    const e = extractFeatures(bytes, { featureSet: 'egemaps' });
    expect(e.values).toHaveLength(88);
    expect(() => extractFeatures(bytes, { featureSet: 'x' as 'is10' })).toThrow(/featureSet/);
  });
});
