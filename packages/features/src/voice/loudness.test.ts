import { describe, expect, it } from 'vitest';
import { pcmLoudness } from './loudness.js';

describe('pcmLoudness (QUIRK L1)', () => {
  it('is (371.1608·r0²)^0.3 at 400 samples', () => {
    expect(pcmLoudness(0.5, 400)).toBeCloseTo((371.1608 * 0.25) ** 0.3, 5);
    expect(pcmLoudness(-0.5, 400)).toBe(pcmLoudness(0.5, 400));
    expect(pcmLoudness(0, 400)).toBe(0);
  });

  it('reproduces §11.4: int16 −1 gives 0.0115241 (row 0 of the sma is a third of it)', () => {
    expect(pcmLoudness(Math.fround(-1 / 32767), 400)).toBeCloseTo(0.0115241, 7);
  });

  it('gives the same value for every frame of a constant signal', () => {
    const a = pcmLoudness(0.25, 400);
    expect(a).toBeCloseTo(((0.08 / 215.54 / 1e-6) * 0.0625) ** 0.3, 10);
  });
});
