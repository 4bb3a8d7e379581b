import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWav } from './read-wav.js';
import { encodeWav } from './testing/encode-wav.js';
import { hasShared, sharedPath } from './testing/shared-data.js';

const f32 = Math.fround;

describe('readWav: formats', () => {
  it('decodes 16-bit mono as f32(s/32767)', () => {
    const wav = readWav(encodeWav({ samples: [0, 1, -1, 32767, -32768, 12345] }));
    expect(wav).toMatchObject({ sampleRateHz: 16000, channels: 1, bitsPerSample: 16, format: 'pcm' });
    expect(Array.from(wav.samples)).toEqual([0, 1, -1, 32767, -32768, 12345].map((s) => f32(s / 32767)));
    expect(wav.samples[4]).toBeLessThan(-1);
  });

  it('reads 8-bit as unsigned, the WAV standard: 0x80 is silence', () => {
    const bytes = encodeWav({ samples: [0, 127, -128, 5], bitsPerSample: 8 });
    expect(Array.from(bytes.subarray(-4))).toEqual([0x80, 0xff, 0x00, 0x85]);
    expect(Array.from(readWav(bytes).samples)).toEqual([0, 1, -128 / 127, 5 / 127].map(f32));
  });

  it("reads 8-bit as signed int8/127 on request, openSMILE's reading (QUIRK, §2)", () => {
    const bytes = encodeWav({ samples: [0, 127, -128, 5], bitsPerSample: 8 });
    expect(Array.from(readWav(bytes, { eightBit: 'signed' }).samples)).toEqual([-128 / 127, -1 / 127, 0, -123 / 127].map(f32));
  });

  it('scales 24-bit by 32767·256 and 32-bit by 2^31−1', () => {
    const s24 = [0, 8388607, -8388608, 256];
    expect(Array.from(readWav(encodeWav({ samples: s24, bitsPerSample: 24 })).samples)).toEqual(s24.map((s) => f32(s / (32767 * 256))));
    const s32 = [0, 2147483647, -2147483648, 65536];
    expect(Array.from(readWav(encodeWav({ samples: s32, bitsPerSample: 32 })).samples)).toEqual(s32.map((s) => f32(f32(s) / 2147483647)));
  });

  it('takes 32- and 64-bit float as is (64-bit rounded to float32)', () => {
    const x = [0, 0.5, -1.25, 0.1];
    expect(Array.from(readWav(encodeWav({ samples: x, format: 'float', bitsPerSample: 32 })).samples)).toEqual(x.map(f32));
    const wav = readWav(encodeWav({ samples: x, format: 'float', bitsPerSample: 64 }));
    expect(wav.format).toBe('float');
    expect(Array.from(wav.samples)).toEqual(x.map(f32));
  });

  it('reads WAVE_FORMAT_EXTENSIBLE with PCM and float subformats', () => {
    const pcm = readWav(encodeWav({ samples: [100, -100], extensible: true, bitsPerSample: 24 }));
    expect(Array.from(pcm.samples)).toEqual([100, -100].map((s) => f32(s / (32767 * 256))));
    const flt = readWav(encodeWav({ samples: [0.25], extensible: true, format: 'float', bitsPerSample: 32 }));
    expect(flt.samples[0]).toBe(0.25);
  });

  it('mixes channels: float32 sum, ÷ channels, ÷ 32767', () => {
    const wav = readWav(encodeWav({ samples: [100, 301, -5, -6, 7, 8], channels: 3, sampleRateHz: 44100 }));
    expect(wav.channels).toBe(3);
    expect(wav.sampleRateHz).toBe(44100);
    expect(Array.from(wav.samples)).toEqual([f32(f32(396 / 3) / 32767), f32(f32(9 / 3) / 32767)]);
    const stereo = readWav(encodeWav({ samples: [0.5, 0.25, 1, 0], channels: 2, format: 'float', bitsPerSample: 32 }));
    expect(Array.from(stereo.samples)).toEqual([0.375, 0.5]);
  });

  it('skips LIST/fact chunks including the odd-size pad byte, and ignores a partial last frame', () => {
    const extraChunks = [
      { id: 'LIST', body: new Uint8Array(7).fill(0x41) },
      { id: 'fact', body: new Uint8Array(4) },
    ];
    const wav = readWav(encodeWav({ samples: [1, 2, 3], extraChunks }));
    expect(Array.from(wav.samples)).toEqual([1, 2, 3].map((s) => f32(s / 32767)));
    const stereoOdd = encodeWav({ samples: [1, 2, 3], channels: 2 });
    expect(readWav(stereoOdd).samples.length).toBe(1);
  });
});

describe('readWav: errors', () => {
  const good = encodeWav({ samples: [1, 2] });

  it('rejects non-RIFF and non-WAVE input', () => {
    expect(() => readWav(new TextEncoder().encode('ID3\u0004 mp3 data'))).toThrow(/must start with "RIFF", got "ID3/);
    const avi = good.slice();
    avi.set([0x41, 0x56, 0x49, 0x20], 8);
    expect(() => readWav(avi)).toThrow(/form type must be "WAVE", got "AVI "/);
    expect(() => readWav(new Uint8Array(3))).toThrow(/got 3 bytes/);
  });

  it('names missing fmt and data chunks', () => {
    expect(() => readWav(good.slice(0, 12 + 8 + 16))).toThrow(/data chunk is missing/);
    const noFmt = good.slice();
    noFmt.set([0x6a, 0x75, 0x6e, 0x6b], 12);
    expect(() => readWav(noFmt)).toThrow(/fmt chunk is missing/);
  });

  it('reports truncated data with expected and present byte counts', () => {
    const wav = encodeWav({ samples: [1, 2, 3, 4], declaredDataBytes: 1000 });
    expect(() => readWav(wav)).toThrow(/declares 1000 bytes but only 8 are present/);
  });

  it('reads a streamed data chunk (size 0xFFFFFFFF) to the end of the file', () => {
    const wav = encodeWav({ samples: [7, -7, 9], declaredDataBytes: 0xffffffff });
    expect(Array.from(readWav(wav).samples)).toEqual([7, -7, 9].map((s) => Math.fround(s / 32767)));
  });

  it('names unsupported format tags and depths', () => {
    expect(() => readWav(encodeWav({ samples: [1], formatTag: 0x0006 }))).toThrow(/A-law \(0x0006\)/);
    expect(() => readWav(encodeWav({ samples: [1], formatTag: 0x0055 }))).toThrow(/MP3/);
    expect(() => readWav(encodeWav({ samples: [1], formatTag: 0x0003 }))).toThrow(/float bits per sample must be one of 32\/64, got 16/);
    expect(() => readWav(encodeWav({ samples: [1], formatTag: 0x0007 }))).toThrow(
      expect.objectContaining({ code: 'EMOCODE_UNSUPPORTED', message: expect.stringMatching(/mu-law/) }),
    );
  });

  it('rejects zero channels, empty data and non-finite floats', () => {
    const zero = good.slice();
    new DataView(zero.buffer).setUint16(12 + 8 + 2, 0, true);
    expect(() => readWav(zero)).toThrow(/channels must be >= 1, got 0/);
    expect(() => readWav(encodeWav({ samples: [] }))).toThrow(/at least one sample frame/);
    expect(() => readWav(encodeWav({ samples: [0, Number.NaN], format: 'float', bitsPerSample: 32 }))).toThrow(
      /finite, got NaN in sample frame 1/,
    );
    expect(() => readWav(encodeWav({ samples: [1e300], format: 'float', bitsPerSample: 64 }))).toThrow(/finite/);
  });
});

const ravdess = ['corpora', 'ravdess-speech-16k', 'Actor_01', '03-01-01-01-01-01-01.wav'];

describe('readWav: real file', () => {
  it.skipIf(!hasShared(...ravdess))('decodes a RAVDESS 16 kHz int16 file (N = 52853, §1)', () => {
    const bytes = readFileSync(sharedPath(...ravdess));
    const wav = readWav(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    expect(wav).toMatchObject({ sampleRateHz: 16000, channels: 1, bitsPerSample: 16, format: 'pcm' });
    expect(wav.samples.length).toBe(52853);
    // §11.4: the first two 25 ms frames start with int16 0 and −1
    expect(wav.samples[0]).toBe(0);
    expect(wav.samples[160]).toBe(f32(-1 / 32767));
  });
});
