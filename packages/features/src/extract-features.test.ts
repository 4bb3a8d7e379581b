import { describe, expect, it } from 'vitest';
import { extractFeatures } from './extract-features.js';
import { IS10_FEATURE_NAMES } from './is10-names.js';
import { encodeWav } from './io/testing/encode-wav.js';
import { resample } from './resample/resample.js';

/** A vowel-like test signal: 140 Hz pulse-ish harmonics with a slow amplitude envelope. */
function voice(rateHz: number, seconds: number): Float32Array {
  const x = new Float32Array(Math.round(rateHz * seconds));
  for (let i = 0; i < x.length; i++) {
    const t = i / rateHz;
    let v = 0;
    for (let h = 1; h <= 12; h++) v += Math.sin(2 * Math.PI * 140 * h * t) / h;
    x[i] = Math.fround(0.2 * v * (0.6 + 0.4 * Math.sin(2 * Math.PI * 2 * t)));
  }
  return x;
}

const index = (name: string): number => IS10_FEATURE_NAMES.indexOf(name);

describe('extractFeatures', () => {
  it('gives the same 1582 values from WAV bytes and from decoded samples', () => {
    const int16 = Array.from(voice(16000, 0.6), (v) => Math.round(v * 32767));
    const fromBytes = extractFeatures(encodeWav({ samples: int16 }));
    const fromSamples = extractFeatures({ samples: Float32Array.from(int16, (s) => s / 32767), sampleRateHz: 16000 });
    expect(fromBytes.values).toHaveLength(1582);
    expect(fromBytes.values).toEqual(fromSamples.values);
    expect(fromBytes).toMatchObject({ sourceRateHz: 16000, rateHz: 16000, durationSeconds: 0.6 });
  });

  it('resamples other rates to 16 kHz by default, so features stay comparable', () => {
    const at16k = extractFeatures({ samples: voice(16000, 0.6), sampleRateHz: 16000 });
    const at22k = extractFeatures({ samples: resample(voice(16000, 0.6), { fromRateHz: 16000, toRateHz: 22050 }), sampleRateHz: 22050 });
    expect(at22k).toMatchObject({ sourceRateHz: 22050, rateHz: 16000 });
    for (const name of ['pcm_loudness_sma_amean', 'mfcc_sma[1]_amean', 'F0final_sma_amean', 'F0final__Turn_duration']) {
      const [a, b] = [at16k.values[index(name)], at22k.values[index(name)]];
      expect(Math.abs(a - b), name).toBeLessThan(0.02 * Math.max(Math.abs(a), 1e-3));
    }
    expect(at16k.values[index('F0final_sma_amean')]).toBeGreaterThan(130);
  });

  it("runs at the file's own rate with targetRateHz 'native'", () => {
    const native = extractFeatures({ samples: voice(8000, 0.6), sampleRateHz: 8000 }, { targetRateHz: 'native' });
    expect(native).toMatchObject({ sourceRateHz: 8000, rateHz: 8000 });
    expect(native.values.every(Number.isFinite)).toBe(true);
  });

  it('rejects bad input with a clear error', () => {
    expect(() => extractFeatures(new TextEncoder().encode('not a wav file'))).toThrow(/RIFF/);
    expect(() => extractFeatures({ samples: new Float32Array(500), sampleRateHz: 16000 })).toThrow(/at least 1120 samples/);
    expect(() => extractFeatures({ samples: new Float32Array(2000), sampleRateHz: 16000 }, { targetRateHz: 44100 as 16000 })).toThrow(
      /targetRateHz/,
    );
  });
});
