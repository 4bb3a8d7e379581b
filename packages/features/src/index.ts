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
