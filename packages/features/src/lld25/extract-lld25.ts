// The 25 ms LLD branch of IS10_SPEC.md §1 (A): per frame pcm_loudness (§4.1), mfcc[0..14] (§4.2),
// logMelFreqBand[0..7] (§4.3) and lspFreq[0..7] (§4.4), unsmoothed.
import { assert, assertFinite } from '@emocode/core';
import { copyFrame, frameCount, padFrame } from '../frame/frame-signal.js';
import { preEmphasizeFrame } from '../frame/pre-emphasis.js';
import { levinsonDurbin, autocorrelation } from '../lpc/levinson-durbin.js';
import { lpcToLsp } from '../lpc/line-spectral-pairs.js';
import { applySpectralResampler } from '../lpc/spectral-resample.js';
import { LOG_MEL_BAND_FLOOR, MFCC_LOG_FLOOR, logMelBands } from '../spectral/log-mel-bands.js';
import { applyMfccDct } from '../spectral/mfcc.js';
import { pcmLoudness } from '../voice/loudness.js';
import { LPC_ORDER, PRE_EMPHASIS, createLld25Plan, type Lld25Plan } from './lld25-plan.js';
import { LLD25_NAMES } from './lld25-names.js';

/** Raw (unsmoothed) 25 ms LLDs: `frames × names.length` float32 values, row-major. */
export interface Lld25Matrix {
  readonly frames: number;
  readonly data: Float32Array;
  readonly names: readonly string[];
}

const DIMS = LLD25_NAMES.length;
const plans = new Map<number, Lld25Plan>();

function spectrum(p: Lld25Plan): void {
  preEmphasizeFrame(p.frame, PRE_EMPHASIS);
  padFrame(p.frame, p.window, p.padded);
  p.fft(p.padded, p.re, p.im);
  for (let b = 0; b < p.power.length; b++) p.power[b] = p.re[b] * p.re[b] + p.im[b] * p.im[b];
}

function lsp(p: Lld25Plan): void {
  applySpectralResampler(p.resampler, p.re, p.im, p.resampled);
  autocorrelation(p.resampled, p.resampled.length, LPC_ORDER, p.autocorr);
  levinsonDurbin(p.autocorr, LPC_ORDER, p.lpc, p.lpcScratch);
  lpcToLsp(p.lpc, LPC_ORDER, p.lsp, p.lspScratch);
}

function frameRow(p: Lld25Plan, signal: Float32Array, n: number, out: Float32Array, row: number): void {
  copyFrame(signal, n, p.frameSamples, p.hopSamples, p.frame);
  out[row] = pcmLoudness(p.frame[0], p.frameSamples);
  spectrum(p);
  logMelBands(p.mfccBank, p.power, MFCC_LOG_FLOOR, p.bands);
  applyMfccDct(p.dct, p.bands, p.cepstra);
  for (let i = 0; i < p.cepstra.length; i++) out[row + 1 + i] = p.cepstra[i];
  logMelBands(p.logMelBank, p.power, LOG_MEL_BAND_FLOOR, p.bands);
  for (let i = 0; i < p.logMelBank.bands; i++) out[row + 16 + i] = p.bands[i];
  lsp(p);
  for (let i = 0; i < LPC_ORDER; i++) out[row + 24 + i] = p.lsp[i];
}

/** The 25 ms branch without input checks (the signal must hold ≥ 1 frame or yields 0 rows). */
export function extractLld25Unchecked(signal: Float32Array, sampleRateHz: number): Lld25Matrix {
  let plan = plans.get(sampleRateHz);
  if (plan === undefined) {
    plan = createLld25Plan(sampleRateHz);
    plans.set(sampleRateHz, plan);
  }
  const frames = frameCount(signal.length, plan.frameSamples, plan.hopSamples);
  const data = new Float32Array(frames * DIMS);
  for (let n = 0; n < frames; n++) frameRow(plan, signal, n, data, n * DIMS);
  return { frames, data, names: LLD25_NAMES };
}

/**
 * Raw IS10 25 ms LLDs per frame (IS10_SPEC.md §4): 32 columns `pcm_loudness, mfcc[0..14],
 * logMelFreqBand[0..7], lspFreq[0..7]` (see LLD25_NAMES), not yet smoothed. Frame n covers
 * samples [n·hop, n·hop + W) with W = round(0.025·fs), hop = round(0.010·fs); frames =
 * floor((N − W)/hop) + 1 (0 when N < W).
 *
 * @param signal - mono samples on the ±1 scale of readWav.
 * @param sampleRateHz - positive integer rate; sizes scale with it (§9; IS10 reference: 16000).
 * @throws EmocodeError EMOCODE_INVALID_INPUT for a bad rate, EMOCODE_NON_FINITE for NaN/Infinity samples.
 * @example const { frames, data } = extractLld25(readWav(bytes).samples, 16000); // data[n*32 + 1] = mfcc[0]
 */
export function extractLld25(signal: Float32Array, sampleRateHz: number): Lld25Matrix {
  assert(
    Number.isInteger(sampleRateHz) && sampleRateHz >= 1000,
    () => `extractLld25: sampleRateHz must be an integer >= 1000, got ${sampleRateHz}.`,
  );
  assertFinite(signal, 'extractLld25', 'signal');
  return extractLld25Unchecked(signal, sampleRateHz);
}
