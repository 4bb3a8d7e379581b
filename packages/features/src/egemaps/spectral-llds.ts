// The 20 ms branch of EGEMAPS_SPEC.md part E: per frame Loudness, alphaRatio, hammarbergIndex,
// slope0-500, slope500-1500, spectralFlux, mfcc1..4 (E6–E9), the mean-square energy behind Leq
// (E10), and the float32 complex spectrum the formants need (F2.3). At 16 kHz (512-point FFT) the
// spectrum is openSMILE's own: Ooura's rdft in float32, bit for bit (F2.3); other sizes use the
// float64 FFT rounded to float32, which matches every LLD here but the formants (F12.4).
import { createFrameRows, type FrameRows } from '../frame/frame-rows.js';
import { copyFramePadded, frameCount, symmetricPadding } from '../frame/frame-signal.js';
import { createRealFft } from '../spectral/fft.js';
import { packedMagnitudes } from '../spectral/float32-spectrum.js';
import { applyMelFilterbank } from '../spectral/mel-filterbank.js';
import { createOouraRdftF32, OOURA_RDFT_SIZE } from '../spectral/ooura-rdft-f32.js';
import { MEL_BANDS, MFCC_COUNT, spectralPlan, type SlopeBand, type SpectralPlan } from './spectral-plan.js';

const f32 = Math.fround;
/** Columns of {@link SpectralLlds.data}, in the order of the raw set (E11.1). */
export const SPECTRAL_LLD_NAMES = [
  'Loudness',
  'alphaRatio',
  'hammarbergIndex',
  'slope0-500',
  'slope500-1500',
  'spectralFlux',
  'mfcc1',
  'mfcc2',
  'mfcc3',
  'mfcc4',
] as const;
const DIMS = SPECTRAL_LLD_NAMES.length;
const LOUDNESS_FLOOR = f32(9.3e-10);
const LOUDNESS_EXPONENT = f32(0.33);
const SPEC_FLOOR = f32(f32(1e-7) * f32(1e-7));
const LOG_SPEC_FLOOR = f32((10 * Math.log(SPEC_FLOOR)) / Math.LN10);
const DB = f32(10 / Math.LN10);
const HTK_SCALE = f32(32767 * 32767);

/** Raw 20 ms LLDs of one signal. */
export interface SpectralLlds {
  /** N20 frames. */
  readonly frames: number;
  /** `frames × 10` float32, columns {@link SPECTRAL_LLD_NAMES}. */
  readonly data: Float32Array;
  /** Mean square of each raw frame (E10). */
  readonly energy: Float32Array;
  /** Float32 FFT outputs R_b, I_b (formant input, F2.3) of the frames asked for, kept in step. */
  readonly re: FrameRows;
  readonly im: FrameRows;
  readonly plan: SpectralPlan;
}

/** Work buffers of one signal's loop. */
interface Scratch {
  mag: Float64Array;
  prevMag: Float64Array;
  readonly power: Float64Array;
  readonly db: Float64Array;
  readonly bands: Float64Array;
}

/** Mean square of the raw samples [start, start + length) (E10). */
function meanSquare(signal: Float32Array, start: number, length: number): number {
  let s = 0;
  for (let i = start; i < start + length; i++) s += f32(signal[i] * signal[i]);
  return f32(s / length);
}

function loudness(plan: SpectralPlan, bands: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < MEL_BANDS; k++) {
    const y = f32(Math.max(bands[k], LOUDNESS_FLOOR) * plan.loudnessWeight[k]);
    sum = f32(sum + f32(Math.pow(y, LOUDNESS_EXPONENT)));
  }
  return f32(sum / MEL_BANDS);
}

/** 10·log10 of a float32 ratio with float32 ln (E7.1/E7.2), or the floor variant. */
function ratioDb(num: number, den: number): number {
  if (num > SPEC_FLOOR) return f32((10 * f32(Math.log(f32(num / den)))) / Math.LN10);
  return f32((10 * (Math.log(SPEC_FLOOR) - Math.log(den))) / Math.LN10);
}

function alphaRatio(plan: SpectralPlan, power: Float64Array): number {
  let low = 0;
  let high = 0;
  for (let b = 0; b <= plan.bandLimitBin; b++) {
    if (b <= plan.alphaSplitBin) low = f32(low + power[b]);
    else high = f32(high + power[b]);
  }
  return low > 0 ? ratioDb(high, low) : 0;
}

function hammarbergIndex(plan: SpectralPlan, power: Float64Array): number {
  let low = 0;
  let high = 0;
  for (let b = 0; b <= plan.bandLimitBin; b++) {
    if (b <= plan.hammarbergSplitBin) low = Math.max(low, power[b]);
    else high = Math.max(high, power[b]);
  }
  return high > 0 ? ratioDb(low, high) : 0;
}

/** QUIRK S1 regression of E7.3 on the dB spectrum. */
function slope(band: SlopeBand, binHz: number, db: Float64Array): number {
  const { first, last, weightFirst: wL, weightLast: wR, count } = band;
  let sf = first * binHz * wL;
  let s2f = sf * sf;
  let sa = sf * db[first];
  let sb = wL * db[first];
  for (let b = first + 1; b < last; b++) {
    const f = b * binHz;
    s2f += f * f;
    sf += f;
    sa += f * db[b];
    sb += db[b];
  }
  const fr = last * binHz * wR;
  s2f += fr * fr;
  sf += fr;
  sa += fr * db[last];
  sb += wR * db[last];
  const den = count * s2f - sf * sf;
  return den !== 0 ? f32((count * sa - sf * sb) / den) : 0;
}

function flux(plan: SpectralPlan, mag: Float64Array, prev: Float64Array, first: boolean): number {
  if (first) return 0;
  let v = 0;
  for (let b = 0; b < plan.fluxBins; b++) {
    const d = mag[b] - prev[b];
    v += d * d;
  }
  v /= plan.fluxBins;
  return v > 0 ? f32(Math.sqrt(v)) : 0;
}

function mfcc(plan: SpectralPlan, bands: Float64Array, out: Float32Array, at: number): void {
  for (let k = 0; k < MEL_BANDS; k++) {
    const e = f32(bands[k] * HTK_SCALE);
    bands[k] = e >= 1 ? f32(Math.log(e)) : 0;
  }
  for (let i = 0; i < MFCC_COUNT; i++) {
    let acc = 0;
    for (let k = 0; k < MEL_BANDS; k++) acc = f32(acc + f32(bands[k] * plan.dctCos[i * MEL_BANDS + k]));
    out[at + i] = f32(acc * plan.dctScale[i]);
  }
}

function frameLlds(plan: SpectralPlan, w: Scratch, n: number, out: Float32Array): void {
  const row = n * DIMS;
  const { power, db, bands } = w;
  const dbBins = plan.slopes[1].last + 1;
  for (let b = 0; b < dbBins; b++) db[b] = power[b] <= SPEC_FLOOR ? LOG_SPEC_FLOOR : f32(DB * f32(Math.log(power[b])));
  applyMelFilterbank(plan.bank, power, bands);
  for (let k = 0; k < MEL_BANDS; k++) bands[k] = f32(bands[k]);
  out[row] = loudness(plan, bands);
  out[row + 1] = alphaRatio(plan, power);
  out[row + 2] = hammarbergIndex(plan, power);
  out[row + 3] = slope(plan.slopes[0], plan.binHz, db);
  out[row + 4] = slope(plan.slopes[1], plan.binHz, db);
  out[row + 5] = flux(plan, w.mag, w.prevMag, n === 0);
  mfcc(plan, bands, out, row + 6);
}

/**
 * The float32 spectrum of frame n, windowed and zero-padded (layout of {@link packedMagnitudes}),
 * in a buffer of the spectrum's own that the next call overwrites.
 */
type PackedSpectrum = (signal: Float32Array, n: number) => Float32Array;

/**
 * One per plan (plans are cached per rate), kept for the process: V8 holds a closure's optimised
 * code weakly, and one made per signal was compiled again after each full garbage collection.
 */
const spectra = new Map<SpectralPlan, PackedSpectrum>();

function packedSpectrum(plan: SpectralPlan): PackedSpectrum {
  let spectrum = spectra.get(plan);
  if (spectrum === undefined) {
    spectrum = newPackedSpectrum(plan);
    spectra.set(plan, spectrum);
  }
  return spectrum;
}

/**
 * openSMILE's float32 FFT where it is ported (F2.3), run on the frame written straight into its
 * float32 buffer; other sizes take the float64 FFT and round its outputs to float32.
 */
function newPackedSpectrum(plan: SpectralPlan): PackedSpectrum {
  const { fftSize: size, window, hopSamples } = plan;
  const frameSamples = window.length;
  if (size === OOURA_RDFT_SIZE) {
    const rdft = createOouraRdftF32(size);
    const packed = rdft.frame;
    const pad = symmetricPadding(frameSamples, size);
    return (signal, n) => {
      const start = n * hopSamples;
      packed.fill(0, 0, pad);
      // the float32 store rounds the exact double product: f32(x·w) of F2.1
      for (let i = 0; i < frameSamples; i++) packed[pad + i] = signal[start + i] * window[i];
      packed.fill(0, pad + frameSamples);
      rdft.run();
      return packed;
    };
  }
  const fft = createRealFft(size);
  const padded = new Float64Array(size);
  const half = size / 2;
  const re = new Float64Array(half + 1);
  const im = new Float64Array(half + 1);
  const packed = new Float32Array(size);
  return (signal, n) => {
    copyFramePadded(signal, n, hopSamples, window, padded, true);
    fft(padded, re, im);
    packed[0] = re[0];
    packed[1] = re[half];
    for (let b = 1; b < half; b++) {
      packed[2 * b] = re[b];
      packed[2 * b + 1] = im[b];
    }
    return packed;
  };
}

/** Frame n's R_b and I_b, b = 0..size/2, as rows of `re` and `im`. */
function keepRows(packed: Float32Array, n: number, re: FrameRows, im: FrameRows): void {
  const half = packed.length >> 1;
  const r = re.add(n);
  const i = im.add(n);
  const reData = re.data;
  const imData = im.data;
  reData[r] = packed[0];
  imData[i] = 0;
  for (let b = 1; b < half; b++) {
    reData[r + b] = packed[2 * b];
    imData[i + b] = packed[2 * b + 1];
  }
  reData[r + half] = packed[1];
  imData[i + half] = 0;
}

/**
 * The raw 20 ms LLDs (E11.1) and the Leq energies of every complete frame, and the float32 spectra
 * of frames n with keepSpectrum[n] ≠ 0 (of every frame when it is omitted).
 * @example spectralLlds(x, 16000).data[n * 10] // Loudness of frame n
 */
export function spectralLlds(signal: Float32Array, sampleRateHz: number, keepSpectrum?: Uint8Array): SpectralLlds {
  const plan = spectralPlan(sampleRateHz);
  const frames = frameCount(signal.length, plan.frameSamples, plan.hopSamples);
  const spectrum = packedSpectrum(plan);
  const bins = plan.bins;
  const w: Scratch = {
    mag: new Float64Array(bins),
    prevMag: new Float64Array(bins),
    power: new Float64Array(bins),
    db: new Float64Array(bins),
    bands: new Float64Array(MEL_BANDS),
  };
  const data = new Float32Array(frames * DIMS);
  const energy = new Float32Array(frames);
  const kept = keepSpectrum === undefined ? frames : keepSpectrum.reduce((count, k) => count + (k ? 1 : 0), 0);
  const re = createFrameRows(frames, bins, kept);
  const im = createFrameRows(frames, bins, kept);
  for (let n = 0; n < frames; n++) {
    energy[n] = meanSquare(signal, n * plan.hopSamples, plan.frameSamples);
    const packed = spectrum(signal, n);
    const previous = w.mag;
    w.mag = w.prevMag;
    w.prevMag = previous;
    packedMagnitudes(packed, w.mag, w.power);
    if (keepSpectrum === undefined || keepSpectrum[n]) keepRows(packed, n, re, im);
    frameLlds(plan, w, n, data);
  }
  return { frames, data, energy, re, im, plan };
}
