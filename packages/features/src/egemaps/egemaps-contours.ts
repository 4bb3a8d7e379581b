// The raw eGeMAPSv02 LLDs of one signal (EGEMAPS_SPEC.md E11.1, F10): the 20 ms spectral branch,
// the 60 ms pitch branch, jitter/shimmer, formants and harmonics, frame-aligned by index.
import { column } from '../contour/column.js';
import { EGEMAPS_JITTER_SHIMMER, jitterShimmer } from '../voice/jitter-shimmer.js';
import { EGEMAPS_VOICE_LLDS } from './egemaps-names.js';
import { formants } from './formants.js';
import { harmonics, HARMONICS_FIELDS } from './harmonics.js';
import { pitchBranch } from './pitch-branch.js';
import { SPECTRAL_LLD_NAMES, spectralLlds } from './spectral-llds.js';

const f32 = Math.fround;

/** Unsmoothed LLDs of one signal. */
export interface EgemapsContours {
  /** 20 ms frames (N20) and 60 ms frames (N60 = N20 − 4 at 16 kHz). */
  readonly frames20: number;
  readonly frames60: number;
  /** 10 columns of N20 values, {@link SPECTRAL_LLD_NAMES} order. */
  readonly spectral: Float32Array[];
  /** 15 columns of N60 values, {@link EGEMAPS_VOICE_LLDS} order (F0 in semitones first, 0 = unvoiced). */
  readonly voice: Float32Array[];
  /** Mean square of each 20 ms frame (Leq input, E10). */
  readonly energy: Float32Array;
  /** Frames the pitch smoother decided only in its end-of-input flush (G2 "P"). */
  readonly undecidedAtEnd: number;
}

/** shimmerLocaldB of F7 (QUIRK J4): 20·log10(1 + shimmer) in voiced frames. */
function shimmerDb(shimmer: Float32Array, f0Hz: Float32Array): Float32Array {
  const db = new Float32Array(shimmer.length);
  for (let j = 0; j < shimmer.length; j++) if (f0Hz[j] > 0) db[j] = f32((20 * Math.log(shimmer[j] + 1)) / Math.LN10);
  return db;
}

/** 1 where the frame is voiced; a loop, as typed-array callbacks run outside optimised code. */
function voicedFrames(f0Hz: Float32Array): Uint8Array {
  const voiced = new Uint8Array(f0Hz.length);
  for (let n = 0; n < f0Hz.length; n++) if (f0Hz[n] > 0) voiced[n] = 1;
  return voiced;
}

/**
 * Computes every raw LLD without input checks (the caller guarantees ≥ one 60 ms frame plus one
 * hop and finite samples). With `formantsEverywhere = false` the formants of unvoiced frames are
 * left 0: the functionals gate them away (G3.2) and the harmonics only use voiced frames (F9),
 * so only the LLD table (FM2) needs them. The pitch branch runs first: its voicing says which
 * 20 ms spectra to keep.
 */
export function egemapsContoursUnchecked(signal: Float32Array, sampleRateHz: number, formantsEverywhere = true): EgemapsContours {
  const pitch = pitchBranch(signal, sampleRateHz);
  const voiced = formantsEverywhere ? undefined : voicedFrames(pitch.f0Hz);
  const spec = spectralLlds(signal, sampleRateHz, voiced);
  const n60 = pitch.frames;
  const voice = jitterShimmer(signal, pitch.f0Hz, sampleRateHz, EGEMAPS_JITTER_SHIMMER);
  const plan = spec.plan;
  const fm = formants(spec.re, spec.im, spec.frames, sampleRateHz, plan.frameSamples, plan.fftSize);
  const harm = harmonics(pitch.magnitudes, pitch.f0Hz, fm.frequency, pitch.binHz);
  // the spectra are read: their tables go to the next signal (see frame-rows.ts)
  pitch.magnitudes.release();
  spec.re.release();
  spec.im.release();
  const h = (field: (typeof HARMONICS_FIELDS)[number]) => column(harm, n60, HARMONICS_FIELDS.length, HARMONICS_FIELDS.indexOf(field));
  const formant = (data: Float32Array, q: number) => column(data, n60, 3, q);
  const columns: Record<(typeof EGEMAPS_VOICE_LLDS)[number], Float32Array> = {
    'F0semitoneFrom27.5Hz': pitch.f0Semitones,
    jitterLocal: voice.jitterLocal,
    shimmerLocaldB: shimmerDb(voice.shimmerLocal, pitch.f0Hz),
    HNRdBACF: h('HNRdBACF'),
    'logRelF0-H1-H2': h('logRelF0-H1-H2'),
    'logRelF0-H1-A3': h('logRelF0-H1-A3'),
    F1frequency: formant(fm.frequency, 0),
    F1bandwidth: formant(fm.bandwidth, 0),
    F1amplitudeLogRelF0: h('F1amplitude'),
    F2frequency: formant(fm.frequency, 1),
    F2bandwidth: formant(fm.bandwidth, 1),
    F2amplitudeLogRelF0: h('F2amplitude'),
    F3frequency: formant(fm.frequency, 2),
    F3bandwidth: formant(fm.bandwidth, 2),
    F3amplitudeLogRelF0: h('F3amplitude'),
  };
  return {
    frames20: spec.frames,
    frames60: n60,
    spectral: SPECTRAL_LLD_NAMES.map((_, c) => column(spec.data, spec.frames, SPECTRAL_LLD_NAMES.length, c)),
    voice: EGEMAPS_VOICE_LLDS.map((name) => columns[name]),
    energy: spec.energy,
    undecidedAtEnd: pitch.undecidedAtEnd,
  };
}
