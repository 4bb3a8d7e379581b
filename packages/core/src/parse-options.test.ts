import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { nearestName } from './nearest-name.js';
import { parseOptions } from './parse-options.js';

const spec = z.strictObject({
  normalization: z.string().default('global'),
  systems: z.array(
    z.discriminatedUnion('method', [
      z.strictObject({ method: z.literal('lda'), codeSizes: z.array(z.number()) }),
      z.strictObject({
        method: z.literal('aae'),
        codeSizes: z.array(z.number()),
        training: z.strictObject({ epochs: z.number().default(1) }).prefault({}),
      }),
    ]),
  ),
  profiles: z.strictObject({ quick: z.strictObject({ epochs: z.number().optional() }).prefault({}) }).prefault({}),
});

describe('parseOptions', () => {
  it('names an unknown key, where it is and the nearest known key', () => {
    expect(() => parseOptions(spec, { normalisation: 'none', systems: [] }, 'spec')).toThrow(
      'spec: invalid options: normalisation: unknown key `normalisation` (did you mean `normalization`?)',
    );
    expect(() => parseOptions(spec, { systems: [], profiles: { quick: { epoch: 2 } } }, 'spec')).toThrow(
      'profiles.quick.epoch: unknown key `epoch` (did you mean `epochs`?)',
    );
    expect(() => parseOptions(spec, { systems: [{ method: 'aae', codeSizes: [2], training: { epoch: 2 } }] }, 'spec')).toThrow(
      'systems.0.training.epoch: unknown key `epoch` (did you mean `epochs`?)',
    );
  });

  it('lists the known keys when none is near', () => {
    expect(() => parseOptions(spec, { systems: [{ method: 'lda', codeSizes: [2], codeSize: 2, zzz: 1 }] }, 'spec')).toThrow(
      'systems.0.codeSize: unknown key `codeSize` (did you mean `codeSizes`?); systems.0.zzz: unknown key `zzz` (known keys: codeSizes, method)',
    );
  });

  it('keeps the other messages and the error code', () => {
    expect(() => parseOptions(spec, { systems: 'x' }, 'spec')).toThrow(
      expect.objectContaining({ code: 'EMOCODE_INVALID_OPTIONS', message: expect.stringMatching(/^spec: invalid options: systems: /) }),
    );
  });
});

describe('nearestName', () => {
  it('suggests a name only when it is a plausible typo', () => {
    expect(nearestName('normalisation', ['normalization', 'seeds'])).toBe('normalization');
    expect(nearestName('sedes', ['seeds', 'folds'])).toBe('seeds');
    expect(nearestName('banana', ['seeds', 'folds'])).toBeUndefined();
  });
});
