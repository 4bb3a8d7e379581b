// Test helper: a bundle trained in seconds on synthetic IS10-shaped rows, and WAV bytes.
import { createRng } from '@emocode/core';
import { IS10_FEATURE_NAMES } from '@emocode/features';
import type { ModelBundle } from '../bundle-format.js';
import { trainBundle, type TrainBundleInput, type TrainBundleOptions } from '../train/index.js';
import { tinyTraining } from './ravdess-rows.js';

/** 4 speakers x 3 classes x 5 rows; each class shifts the first 50 features, each speaker all of them. */
export function syntheticRows(seed = 1): TrainBundleInput {
  const dims = IS10_FEATURE_NAMES.length;
  const rng = createRng(seed);
  const speakers: string[] = [];
  const labels: number[] = [];
  for (let s = 0; s < 4; s++)
    for (let c = 0; c < 3; c++)
      for (let i = 0; i < 5; i++) {
        speakers.push(`spk${s}`);
        labels.push(c);
      }
  const features = Float32Array.from({ length: labels.length * dims }, (_, k) => {
    const row = Math.floor(k / dims);
    const j = k % dims;
    return 10 + (j < 50 ? 2 * (labels[row] as number) : 0) + 0.5 * Number((speakers[row] as string).slice(3)) + rng.normal();
  });
  return { features, featureNames: IS10_FEATURE_NAMES, labels: Int32Array.from(labels), classes: ['calm', 'glad', 'grim'], speakers };
}

/** A bundle of `syntheticRows` (2 epochs, 2 folds). */
export function tinyBundle(options: TrainBundleOptions = {}): Promise<ModelBundle> {
  return trainBundle(syntheticRows(), { training: { ...tinyTraining, epochs: 2 }, cvFolds: 2, ...options });
}

/** A mono 16-bit PCM WAV file of `samples` (±1 scale). */
export function wavBytes(samples: Float32Array, sampleRateHz: number): Uint8Array {
  const bytes = new Uint8Array(44 + 2 * samples.length);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => [...text].forEach((ch, i) => view.setUint8(at + i, ch.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + 2 * samples.length, true);
  ascii(8, 'WAVEfmt ');
  [16, 1, 1, sampleRateHz, 2 * sampleRateHz, 2, 16].forEach((v, i) =>
    (i === 0 || i === 3 || i === 4 ? view.setUint32 : view.setUint16).call(view, [16, 20, 22, 24, 28, 32, 34][i] as number, v, true),
  );
  ascii(36, 'data');
  view.setUint32(40, 2 * samples.length, true);
  samples.forEach((s, i) => view.setInt16(44 + 2 * i, Math.round(Math.max(-1, Math.min(1, s)) * 32767), true));
  return bytes;
}

/** `seconds` of a gliding vowel-like tone with noise, at 16 kHz: enough for IS10 (pitch, voicing). */
export function voicedSignal(seconds: number, seed = 3): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: Math.round(16000 * seconds) }, (_, i) => {
    const t = i / 16000;
    const f0 = 140 + 30 * Math.sin(2 * Math.PI * 0.5 * t);
    return 0.3 * Math.sin(2 * Math.PI * f0 * t) + 0.1 * Math.sin(4 * Math.PI * f0 * t) + 0.01 * rng.normal();
  });
}
