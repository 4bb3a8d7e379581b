// End-to-end golden test: extractIs10 vs openSMILE's functionals CSV (IS10_SPEC.md §8.2, §11.7).
import { describe, expect, it } from 'vitest';
import { hasShared } from './io/testing/shared-data.js';
import { extractIs10, IS10_FEATURE_NAMES } from './is10.js';
import { ravdessSamples, referenceFunctionals, relativeError } from './testing/is10-reference.js';

const FILES = [
  'Actor_01/03-01-01-01-01-01-01',
  'Actor_05/03-01-04-01-01-01-05', // no voiced frame: all F0final functionals 0 (§11.7)
  'Actor_10/03-01-05-02-02-02-10',
  'Actor_17/03-01-07-01-01-02-17',
  'Actor_24/03-01-08-02-02-01-24',
];
const present = hasShared('reference', 'opensmile-is10', 'ravdess-speech-16k.is10.csv') && hasShared('corpora', 'ravdess-speech-16k');

describe('extractIs10 vs the openSMILE functionals reference', () => {
  it.skipIf(!present)('uses exactly the reference header names and order', () => {
    expect(referenceFunctionals([]).names).toEqual([...IS10_FEATURE_NAMES]);
  });

  it.skipIf(!present)('agrees within 1e-3 relative on ≥ 98 % of the values of each of 5 files', () => {
    const ref = referenceFunctionals(FILES.map((f) => `${f}.wav`));
    for (const file of FILES) {
      const want = ref.rows.get(`${file}.wav`);
      expect(want, file).toBeDefined();
      const ours = extractIs10(ravdessSamples(file.split('/')[1]), { sampleRateHz: 16000 });
      let close = 0;
      for (let k = 0; k < ours.length; k++) if (relativeError(ours[k], want![k]) <= 1e-3) close++;
      expect(close / ours.length, file).toBeGreaterThanOrEqual(0.98);
      // duration and onsetRate are float32 values printed with %e (§7.3, §8.1)
      expect(ours[1580].toExponential(6)).toBe(want![1580].toExponential(6));
      expect(ours[1581].toExponential(6)).toBe(want![1581].toExponential(6));
    }
  });
});
