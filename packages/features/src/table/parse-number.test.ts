import { describe, expect, it } from 'vitest';
import { createRng } from '@emocode/core';
import { parseNumberFast } from './parse-number.js';

const parse = (s: string) => parseNumberFast(`;${s};`, 1, s.length + 1);

describe('parseNumberFast', () => {
  it('equals Number() on openSMILE-style values', () => {
    for (const s of ['0', '111', '-7', '8.313768e-02', '-8.866912e+01', '1.5E-20', '3.000000', '+2.5', '.5', '5.', '1e22', '0.000000']) {
      expect(parse(s)).toBe(Number(s));
    }
    const rng = createRng(5);
    let accepted = 0;
    for (let k = 0; k < 20_000; k++) {
      const s = (rng.normal() * 10 ** (rng.int(30) - 15)).toExponential(rng.int(9));
      const got = parse(s);
      // Declining (NaN, scale beyond 10^±22) is allowed; a different number is not.
      if (!Number.isNaN(got)) accepted++;
      if (!Number.isNaN(got)) expect(got).toBe(Number(s));
    }
    expect(accepted).toBeGreaterThan(15_000);
  });

  it('returns NaN where the slow path must decide', () => {
    for (const s of ['', '-', 'nan', '-inf', '1.2x', '1e', '1e-300', '1234567890123456', 'e5', '.']) expect(parse(s)).toBeNaN();
  });
});
