// RIFF/WAVE reader (browser-safe: no Node imports). Chunk walk per the RIFF specification:
// 4-byte id, little-endian u32 size, body, one pad byte after odd-sized bodies.
import { EmocodeError } from '@emocode/core';
import { decodeSamples, type EightBitReading } from './decode-samples.js';
import { parseWavFormat, type WavFormat } from './wav-format.js';

/** A decoded WAV file: mono samples (IS10 scaling, §2) plus the source format. */
export interface WavAudio {
  /** Mono mixdown, float32, integer formats scaled by 1/32767 (see decodeSamples). */
  readonly samples: Float32Array;
  readonly sampleRateHz: number;
  readonly channels: number;
  readonly bitsPerSample: number;
  readonly format: 'pcm' | 'float';
}

function fourCc(view: DataView, offset: number): string {
  return String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));
}

/** Data size written by streaming encoders (e.g. ffmpeg to a pipe) that cannot seek back. */
const STREAMING_SIZE = 0xffffffff;

function parseError(message: string): EmocodeError {
  return new EmocodeError('EMOCODE_PARSE_ERROR', `readWav: ${message}`);
}

interface Chunks {
  fmt?: WavFormat;
  dataOffset?: number;
  dataBytes?: number;
}

function walkChunks(view: DataView): Chunks {
  const found: Chunks = {};
  let pos = 12;
  while (pos + 8 <= view.byteLength) {
    const id = fourCc(view, pos);
    const size = view.getUint32(pos + 4, true);
    const body = pos + 8;
    if (id === 'fmt ') {
      if (body + size > view.byteLength)
        throw parseError(`fmt chunk declares ${size} bytes but only ${view.byteLength - body} are present.`);
      found.fmt = parseWavFormat(view, body, size);
    } else if (id === 'data') {
      const present = view.byteLength - body;
      if (size === STREAMING_SIZE) {
        // written by encoders that stream to a pipe and cannot seek back: data runs to the end
        found.dataOffset = body;
        found.dataBytes = present;
        break;
      }
      if (size > present) {
        throw parseError(`data chunk declares ${size} bytes but only ${present} are present. The file is truncated; re-export it.`);
      }
      found.dataOffset = body;
      found.dataBytes = size;
    }
    pos = body + size + (size & 1);
  }
  return found;
}

/**
 * Decodes a RIFF/WAVE file held in memory: 8/16/24/32-bit PCM, 32/64-bit IEEE float, and
 * WAVE_FORMAT_EXTENSIBLE with a PCM/float subformat; any channel count, mixed to mono exactly as
 * openSMILE does (IS10_SPEC.md §2; 16-bit input matches openSMILE bit for bit; integers scale by
 * 1/32767 etc.; 8-bit data is unsigned as the WAV standard says, `(u − 128) / 127`, unless
 * `options.eightBit` is `'signed'`, openSMILE's reading: int8 / 127). Unknown chunks
 * (LIST, fact, …) are skipped; a trailing partial sample frame is ignored; a data size of
 * 0xFFFFFFFF (streamed output) means "to the end of the file".
 *
 * @param bytes - the whole file.
 * @param options - `eightBit`: how 8-bit PCM is read (default `'unsigned'`).
 * @throws EmocodeError EMOCODE_PARSE_ERROR (not RIFF/WAVE, missing fmt/data, truncated data,
 *   zero channels), EMOCODE_UNSUPPORTED (compressed or odd formats, naming the tag),
 *   EMOCODE_INVALID_INPUT (no samples), EMOCODE_NON_FINITE (NaN/Infinity float samples).
 * @example const { samples, sampleRateHz } = readWav(new Uint8Array(await readFile(path)));
 */
export function readWav(bytes: Uint8Array, options: { eightBit?: EightBitReading } = {}): WavAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 12 || fourCc(view, 0) !== 'RIFF') {
    const got = view.byteLength < 4 ? `${view.byteLength} bytes` : JSON.stringify(fourCc(view, 0));
    throw parseError(`input must start with "RIFF", got ${got}. Only RIFF/WAVE files are supported.`);
  }
  if (fourCc(view, 8) !== 'WAVE') throw parseError(`RIFF form type must be "WAVE", got ${JSON.stringify(fourCc(view, 8))}.`);
  const { fmt, dataOffset, dataBytes } = walkChunks(view);
  if (fmt === undefined) throw parseError('fmt chunk is missing. The file is not a valid WAVE file.');
  if (dataOffset === undefined || dataBytes === undefined) throw parseError('data chunk is missing. The file holds no audio.');
  const frames = Math.floor(dataBytes / fmt.blockAlign);
  if (frames === 0) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `readWav: data chunk must hold at least one sample frame (${fmt.blockAlign} bytes), got ${dataBytes} bytes.`,
    );
  }
  const samples = decodeSamples(view, dataOffset, frames, fmt, options.eightBit);
  return { samples, sampleRateHz: fmt.sampleRateHz, channels: fmt.channels, bitsPerSample: fmt.bitsPerSample, format: fmt.format };
}
