// The `fmt ` chunk of a RIFF/WAVE file (Microsoft "Multimedia Programming Interface and Data
// Specifications 1.0" and the WAVE_FORMAT_EXTENSIBLE addendum).
import { EmocodeError } from '@emocode/core';

/** Sample encoding and layout parsed from a `fmt ` chunk. */
export interface WavFormat {
  readonly format: 'pcm' | 'float';
  readonly channels: number;
  readonly sampleRateHz: number;
  /** Container bits per sample (8, 16, 24, 32 or 64). */
  readonly bitsPerSample: number;
  /** Bytes per sample frame (all channels). */
  readonly blockAlign: number;
}

const TAG_PCM = 0x0001;
const TAG_FLOAT = 0x0003;
const TAG_EXTENSIBLE = 0xfffe;
// Bytes 2..15 of every KSDATAFORMAT_SUBTYPE_* GUID built from a format tag.
const GUID_TAIL = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];

const TAG_NAMES: Record<number, string> = {
  0x0002: 'Microsoft ADPCM',
  0x0006: 'A-law',
  0x0007: 'mu-law',
  0x0011: 'IMA ADPCM',
  0x0031: 'GSM 6.10',
  0x0050: 'MPEG',
  0x0055: 'MPEG Layer 3 (MP3)',
  0x0161: 'WMA',
  0x1610: 'AAC',
};

function unsupported(what: string): EmocodeError {
  return new EmocodeError(
    'EMOCODE_UNSUPPORTED',
    `readWav: ${what}. Supported: 8/16/24/32-bit integer PCM and 32/64-bit IEEE float. Convert with e.g. \`sox in.wav -e signed -b 16 out.wav\`.`,
  );
}

function tagName(tag: number): string {
  const hex = `0x${tag.toString(16).padStart(4, '0')}`;
  return TAG_NAMES[tag] === undefined ? hex : `${TAG_NAMES[tag]} (${hex})`;
}

function extensibleTag(view: DataView, offset: number, size: number): number {
  if (size < 40) throw unsupported(`WAVE_FORMAT_EXTENSIBLE fmt chunk must be >= 40 bytes, got ${size}`);
  const guid = offset + 24;
  for (let i = 0; i < GUID_TAIL.length; i++) {
    if (view.getUint8(guid + 2 + i) !== GUID_TAIL[i])
      throw unsupported('format must be PCM or IEEE float, got a non-standard subformat GUID');
  }
  return view.getUint16(guid, true);
}

/**
 * Parses the `fmt ` chunk whose body starts at `offset` and spans `size` bytes.
 * @throws EmocodeError EMOCODE_PARSE_ERROR (too short, zero channels/rate),
 *   EMOCODE_UNSUPPORTED (compressed tags, odd bit depths).
 */
export function parseWavFormat(view: DataView, offset: number, size: number): WavFormat {
  if (size < 16) throw new EmocodeError('EMOCODE_PARSE_ERROR', `readWav: fmt chunk must be >= 16 bytes, got ${size}.`);
  let tag = view.getUint16(offset, true);
  if (tag === TAG_EXTENSIBLE) tag = extensibleTag(view, offset, size);
  const channels = view.getUint16(offset + 2, true);
  const sampleRateHz = view.getUint32(offset + 4, true);
  const blockAlign = view.getUint16(offset + 12, true);
  const bitsPerSample = view.getUint16(offset + 14, true);
  if (tag !== TAG_PCM && tag !== TAG_FLOAT) throw unsupported(`format tag must be PCM or IEEE float, got ${tagName(tag)}`);
  if (channels === 0) throw new EmocodeError('EMOCODE_PARSE_ERROR', 'readWav: channels must be >= 1, got 0. The fmt chunk is corrupt.');
  if (sampleRateHz === 0)
    throw new EmocodeError('EMOCODE_PARSE_ERROR', 'readWav: sample rate must be > 0 Hz, got 0. The fmt chunk is corrupt.');
  const format = tag === TAG_PCM ? 'pcm' : 'float';
  const okBits = format === 'pcm' ? [8, 16, 24, 32] : [32, 64];
  if (!okBits.includes(bitsPerSample))
    throw unsupported(`${format} bits per sample must be one of ${okBits.join('/')}, got ${bitsPerSample}`);
  const frameBytes = (channels * bitsPerSample) / 8;
  if (blockAlign !== frameBytes) {
    throw new EmocodeError(
      'EMOCODE_PARSE_ERROR',
      `readWav: block align must be channels x bytes per sample = ${frameBytes}, got ${blockAlign}.`,
    );
  }
  return { format, channels, sampleRateHz, bitsPerSample, blockAlign };
}
