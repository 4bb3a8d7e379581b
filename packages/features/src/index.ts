// Framing and spectra (engineer A)
export { createRealFft, type RealFft } from './spectral/fft.js';
export { hammingWindow, gaussianWindow } from './frame/windows.js';
export {
  frameCount,
  nextPowerOfTwo,
  symmetricPadding,
  copyFrame,
  padFrame,
  copyFramePadded,
} from './frame/frame-signal.js';

// Resampling (engineer C)
export { resample, createResampler, type Resampler } from './resample/resample.js';
export { resampleOptions, type ResampleOptions, type ResolvedResampleOptions } from './resample/resample-options.js';
export { readWav, type WavAudio } from './io/read-wav.js';
