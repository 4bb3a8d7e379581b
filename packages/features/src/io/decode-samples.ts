// Sample decoding and mono mixdown of IS10_SPEC.md §2: integer samples are scaled by 1/32767
// (not 1/32768), 24-bit by 1/(32767·256), 32-bit by 1/2147483647; channels are summed in float32,
// then divided by the channel count, then by the scale.
// 8-bit data is unsigned by the WAV standard (silence is 0x80) and is read so: (u − 128) / 127.
// openSMILE (QUIRK, §2) reads it as *signed* int8 / 127, so its 8-bit silence decodes to
// −128/127 ≈ −1.008 and every feature of an 8-bit file differs; `eightBit: 'signed'` reads it
// that way for a user who needs openSMILE's numbers.
import { EmocodeError } from '@emocode/core';
import type { WavFormat } from './wav-format.js';

type Reader = (view: DataView, offset: number) => number;

const readers: Record<string, Reader> = {
  pcm8: (v, o) => v.getUint8(o) - 128,
  pcm8signed: (v, o) => v.getInt8(o),
  pcm16: (v, o) => v.getInt16(o, true),
  pcm24: (v, o) => v.getUint8(o) | (v.getUint8(o + 1) << 8) | (v.getInt8(o + 2) << 16),
  pcm32: (v, o) => v.getInt32(o, true),
  float32: (v, o) => v.getFloat32(o, true),
  float64: (v, o) => v.getFloat64(o, true),
};

const scales: Record<string, number> = { pcm8: 127, pcm8signed: 127, pcm16: 32767, pcm24: 32767 * 256, pcm32: 2147483647 };

/** How 8-bit PCM is read: `unsigned` (the WAV standard, default) or `signed` (openSMILE's reading). */
export type EightBitReading = 'unsigned' | 'signed';

/**
 * Decodes `frames` sample frames starting at byte `offset` into mono float32 (§2).
 * @throws EmocodeError EMOCODE_NON_FINITE for NaN/Infinity float samples.
 */
export function decodeSamples(
  view: DataView,
  offset: number,
  frames: number,
  fmt: WavFormat,
  eightBit: EightBitReading = 'unsigned',
): Float32Array {
  const key = `${fmt.format}${fmt.bitsPerSample}${fmt.bitsPerSample === 8 && eightBit === 'signed' ? 'signed' : ''}`;
  const read = readers[key] as Reader;
  const scale = scales[key] ?? 1;
  const bytes = fmt.bitsPerSample / 8;
  const { channels, blockAlign } = fmt;
  const out = new Float32Array(frames);
  for (let n = 0; n < frames; n++) {
    const base = offset + n * blockAlign;
    let sum = Math.fround(read(view, base));
    for (let c = 1; c < channels; c++) sum = Math.fround(sum + Math.fround(read(view, base + c * bytes)));
    if (!Number.isFinite(sum)) {
      throw new EmocodeError('EMOCODE_NON_FINITE', `readWav: samples must be finite, got ${sum} in sample frame ${n}.`);
    }
    const mixed = channels === 1 ? sum : Math.fround(sum / channels);
    out[n] = mixed / scale;
  }
  return out;
}
