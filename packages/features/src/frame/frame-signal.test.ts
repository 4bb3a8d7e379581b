import { describe, expect, it } from 'vitest';
import { copyFrame, copyFramePadded, frameCount, nextPowerOfTwo, padFrame, symmetricPadding } from './frame-signal.js';

describe('frame bookkeeping', () => {
  it('counts complete frames like §1', () => {
    expect(frameCount(52853, 400, 160)).toBe(328);
    expect(frameCount(52853, 960, 160)).toBe(325);
    expect(frameCount(400, 400, 160)).toBe(1);
    expect(frameCount(399, 400, 160)).toBe(0);
  });

  it('pads symmetrically to the next power of two', () => {
    expect(nextPowerOfTwo(400)).toBe(512);
    expect(nextPowerOfTwo(960)).toBe(1024);
    expect(nextPowerOfTwo(512)).toBe(512);
    expect(symmetricPadding(400, 512)).toBe(56);
    expect(symmetricPadding(960, 1024)).toBe(32);
    expect(symmetricPadding(1103, 2048)).toBe(472);
  });

  it('copies and pads frames with windows', () => {
    const signal = Float32Array.from({ length: 10 }, (_, i) => i + 1);
    const frame = new Float64Array(3);
    copyFrame(signal, 2, 3, 2, frame);
    expect(Array.from(frame)).toEqual([5, 6, 7]);
    const out = new Float64Array(8).fill(9);
    padFrame(frame, Float64Array.of(1, 0.5, 2), out);
    expect(Array.from(out)).toEqual([0, 0, 5, 3, 14, 0, 0, 0]);
    out.fill(9);
    copyFramePadded(signal, 1, 2, Float64Array.of(1, 1, 1), out);
    expect(Array.from(out)).toEqual([0, 0, 3, 4, 5, 0, 0, 0]);
  });
});
