import { describe, expect, it } from 'vitest';
import { epochStatus } from './progress-hooks.js';

describe('epochStatus', () => {
  it('shows the three losses and the validation loss when there is one', () => {
    const log = { epoch: 1, reconstruction: 0.5, discriminator: 1.25, generator: 0.75, validationReconstruction: Number.NaN, supervised: Number.NaN, seconds: 1 };
    expect(epochStatus(log)).toBe('rec 0.5000 disc 1.2500 gen 0.7500');
    expect(epochStatus({ ...log, validationReconstruction: 0.6 })).toBe('rec 0.5000 disc 1.2500 gen 0.7500 val 0.6000');
  });
});
