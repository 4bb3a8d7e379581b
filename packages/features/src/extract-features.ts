import { assert, assertFinite, parseOptions } from '@emocode/core';
import { extractFeaturesOptions, type ExtractFeaturesOptions } from './extract-features-options.js';
import { readWav } from './io/read-wav.js';
import { featureSet } from './feature-set.js';
import { createResampler, type Resampler } from './resample/resample.js';

/** Mono samples already decoded (IS10 scaling: int16 values / 32767). */
export interface AudioSamples {
  readonly samples: Float32Array;
  readonly sampleRateHz: number;
}

/** The functionals of one recording, with the rates involved. */
export interface ExtractedFeatures {
  /** The set's values in its `names` order (IS10: 1582 in `IS10_FEATURE_NAMES` order); always finite. */
  readonly values: Float32Array;
  /** Rate of the input audio in Hz. */
  readonly sourceRateHz: number;
  /** Rate the pipeline ran at in Hz (16000 unless `targetRateHz: 'native'`). */
  readonly rateHz: number;
  /** Length of the input audio in seconds. */
  readonly durationSeconds: number;
}

// One resampler per input rate: designing the filter costs more than running it on a short file.
const resamplers = new Map<number, Resampler>();

function to16k(samples: Float32Array, fromRateHz: number): Float32Array {
  let resampler = resamplers.get(fromRateHz);
  if (resampler === undefined) {
    resampler = createResampler({ fromRateHz, toRateHz: 16000 });
    resamplers.set(fromRateHz, resampler);
  }
  return resampler(samples);
}

/**
 * WAV bytes (or decoded mono samples) → mono → resample to 16 kHz (unless 'native') →
 * the functionals of the chosen feature set (default IS10's 1582, `extractIs10`; `featureSet:
 * 'egemaps'` gives eGeMAPS v02's 88, `extractEgemaps`). Browser-safe.
 * @param input - a whole RIFF/WAVE file, or `{ samples, sampleRateHz }`.
 * @throws EmocodeError EMOCODE_PARSE_ERROR / EMOCODE_UNSUPPORTED for bad WAV data,
 *   EMOCODE_INVALID_INPUT for audio too short (70 ms), EMOCODE_NON_FINITE if a value is NaN/∞.
 * @example
 * const { values } = extractFeatures(new Uint8Array(await file.arrayBuffer()));
 * extractFeatures(bytes, { featureSet: 'egemaps' }).values.length // 88
 */
export function extractFeatures(input: Uint8Array | AudioSamples, options: ExtractFeaturesOptions = {}): ExtractedFeatures {
  const o = parseOptions(extractFeaturesOptions, options, 'extractFeatures');
  const audio = input instanceof Uint8Array ? readWav(input) : input;
  assert(
    Number.isInteger(audio.sampleRateHz) && audio.sampleRateHz > 0,
    () => `extractFeatures: sampleRateHz must be a positive integer, got ${audio.sampleRateHz}.`,
  );
  assertFinite(audio.samples, 'extractFeatures', 'samples');
  const rateHz = o.targetRateHz === 'native' ? audio.sampleRateHz : o.targetRateHz;
  const signal = rateHz === audio.sampleRateHz ? audio.samples : to16k(audio.samples, audio.sampleRateHz);
  const set = featureSet(o.featureSet);
  const values = set.extract(signal, { sampleRateHz: rateHz });
  // The pipeline guards its logs and divisions; a non-finite value here is a bug, never output.
  assertFinite(values, 'extractFeatures', `${set.id} features`);
  return { values, sourceRateHz: audio.sampleRateHz, rateHz, durationSeconds: audio.samples.length / audio.sampleRateHz };
}
