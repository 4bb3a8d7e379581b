// Sizes, tables and work buffers of the 25 ms branch (IS10_SPEC.md §3, §4, §9), built once per
// sample rate so the per-frame loop allocates nothing.
import { nextPowerOfTwo } from '../frame/frame-signal.js';
import { hammingWindow } from '../frame/windows.js';
import { createRealFft, type RealFft } from '../spectral/fft.js';
import { melFilterbank, type MelFilterbank } from '../spectral/mel-filterbank.js';
import { mfccDct, type MfccDct } from '../spectral/mfcc.js';
import { createLspScratch, type LspScratch } from '../lpc/line-spectral-pairs.js';
import { spectralResampler, type SpectralResampler } from '../lpc/spectral-resample.js';

export const FRAME_SECONDS = 0.025;
export const HOP_SECONDS = 0.01;
export const PRE_EMPHASIS = 0.97;
export const MFCC_BANDS = 26;
export const MFCC_COEFFICIENTS = 15;
export const MFCC_LIFTER = 22;
export const LOG_MEL_BANDS = 8;
export const LPC_ORDER = 8;

/** Everything one 25 ms frame needs. */
export interface Lld25Plan {
  readonly sampleRateHz: number;
  readonly frameSamples: number;
  readonly hopSamples: number;
  readonly fftSize: number;
  readonly window: Float64Array;
  readonly fft: RealFft;
  readonly mfccBank: MelFilterbank;
  readonly logMelBank: MelFilterbank;
  readonly dct: MfccDct;
  readonly resampler: SpectralResampler;
  readonly frame: Float64Array;
  readonly padded: Float64Array;
  readonly re: Float64Array;
  readonly im: Float64Array;
  readonly power: Float64Array;
  readonly bands: Float64Array;
  readonly cepstra: Float64Array;
  readonly resampled: Float64Array;
  readonly autocorr: Float64Array;
  readonly lpc: Float64Array;
  readonly lpcScratch: Float64Array;
  readonly lsp: Float64Array;
  readonly lspScratch: LspScratch;
}

/** Builds the plan for `sampleRateHz` (§9: W = round(0.025·fs), hop = round(0.010·fs)). */
export function createLld25Plan(sampleRateHz: number): Lld25Plan {
  const frameSamples = Math.round(FRAME_SECONDS * sampleRateHz);
  const hopSamples = Math.round(HOP_SECONDS * sampleRateHz);
  const fftSize = nextPowerOfTwo(frameSamples);
  // §9: openSMILE's bin spacing uses the configured frame duration, not fs/Nfft
  const binHz = frameSamples / (FRAME_SECONDS * fftSize);
  const bank = (bands: number, hiHz: number) => melFilterbank({ bands, loHz: 20, hiHz, fftSize, binHz, sampleRateHz });
  const resampler = spectralResampler(sampleRateHz, frameSamples, fftSize);
  const bins = fftSize / 2 + 1;
  return {
    sampleRateHz,
    frameSamples,
    hopSamples,
    fftSize,
    window: hammingWindow(frameSamples),
    fft: createRealFft(fftSize),
    mfccBank: bank(MFCC_BANDS, 8000),
    logMelBank: bank(LOG_MEL_BANDS, 6500),
    dct: mfccDct(MFCC_BANDS, MFCC_COEFFICIENTS, MFCC_LIFTER),
    resampler,
    frame: new Float64Array(frameSamples),
    padded: new Float64Array(fftSize),
    re: new Float64Array(bins),
    im: new Float64Array(bins),
    power: new Float64Array(bins),
    bands: new Float64Array(MFCC_BANDS),
    cepstra: new Float64Array(MFCC_COEFFICIENTS),
    resampled: new Float64Array(resampler.outputSamples),
    autocorr: new Float64Array(LPC_ORDER + 1),
    lpc: new Float64Array(LPC_ORDER),
    lpcScratch: new Float64Array(LPC_ORDER),
    lsp: new Float64Array(LPC_ORDER),
    lspScratch: createLspScratch(LPC_ORDER),
  };
}
