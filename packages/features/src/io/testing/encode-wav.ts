// Test helper: builds RIFF/WAVE files in memory from raw (unscaled) sample values.

/**
 * What to encode; `samples` are raw interleaved values (integers for PCM, floats for float;
 * 8-bit values are signed −128..127 and stored unsigned, offset by 128, as the WAV standard says).
 */
export interface EncodeWavInput {
  readonly samples: ArrayLike<number>;
  readonly sampleRateHz?: number;
  readonly channels?: number;
  readonly format?: 'pcm' | 'float';
  readonly bitsPerSample?: number;
  /** Write a WAVE_FORMAT_EXTENSIBLE fmt chunk (40 bytes) instead of the plain 16-byte one. */
  readonly extensible?: boolean;
  /** Override the format tag (e.g. 0x0006 A-law) to test rejection. */
  readonly formatTag?: number;
  /** Chunks inserted before `data` (e.g. LIST, an odd-sized chunk to exercise padding). */
  readonly extraChunks?: readonly { id: string; body: Uint8Array }[];
  /** Override the data chunk's declared size (to fake truncation). */
  readonly declaredDataBytes?: number;
}

function writeSample(view: DataView, at: number, value: number, format: 'pcm' | 'float', bits: number): void {
  if (format === 'float') {
    if (bits === 32) view.setFloat32(at, value, true);
    else view.setFloat64(at, value, true);
    return;
  }
  if (bits === 8) view.setUint8(at, value + 128);
  else if (bits === 16) view.setInt16(at, value, true);
  else if (bits === 32) view.setInt32(at, value, true);
  else {
    view.setUint8(at, value & 0xff);
    view.setUint8(at + 1, (value >> 8) & 0xff);
    view.setUint8(at + 2, (value >> 16) & 0xff);
  }
}

function chunk(id: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + body.length + (body.length & 1));
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = id.charCodeAt(i);
  view.setUint32(4, body.length, true);
  out.set(body, 8);
  return out;
}

function fmtBody(o: Required<Pick<EncodeWavInput, 'sampleRateHz' | 'channels' | 'format' | 'bitsPerSample'>> & EncodeWavInput): Uint8Array {
  const body = new Uint8Array(o.extensible ? 40 : 16);
  const view = new DataView(body.buffer);
  const tag = o.formatTag ?? (o.format === 'pcm' ? 1 : 3);
  view.setUint16(0, o.extensible ? 0xfffe : tag, true);
  view.setUint16(2, o.channels, true);
  view.setUint32(4, o.sampleRateHz, true);
  view.setUint32(8, (o.sampleRateHz * o.channels * o.bitsPerSample) / 8, true);
  view.setUint16(12, (o.channels * o.bitsPerSample) / 8, true);
  view.setUint16(14, o.bitsPerSample, true);
  if (o.extensible) {
    view.setUint16(16, 22, true);
    view.setUint16(18, o.bitsPerSample, true);
    view.setUint32(20, 0, true);
    view.setUint16(24, tag, true);
    body.set([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71], 26);
  }
  return body;
}

/** Encodes a WAV file (RIFF header, fmt, optional extra chunks, data). */
export function encodeWav(input: EncodeWavInput): Uint8Array {
  const o = { sampleRateHz: 16000, channels: 1, format: 'pcm' as const, bitsPerSample: 16, ...input };
  const bytes = o.bitsPerSample / 8;
  const data = new Uint8Array(o.samples.length * bytes);
  const view = new DataView(data.buffer);
  for (let i = 0; i < o.samples.length; i++) writeSample(view, i * bytes, o.samples[i] as number, o.format, o.bitsPerSample);
  const dataChunk = chunk('data', data);
  if (o.declaredDataBytes !== undefined) new DataView(dataChunk.buffer).setUint32(4, o.declaredDataBytes, true);
  const parts = [chunk('fmt ', fmtBody(o)), ...(o.extraChunks ?? []).map((c) => chunk(c.id, c.body)), dataChunk];
  const total = 12 + parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  const header = new DataView(out.buffer);
  out.set([0x52, 0x49, 0x46, 0x46], 0);
  header.setUint32(4, total - 8, true);
  out.set([0x57, 0x41, 0x56, 0x45], 8);
  let pos = 12;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}
