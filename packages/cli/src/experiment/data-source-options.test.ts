import { describe, expect, it } from 'vitest';
import { parseOptions } from '@emocode/core';
import { overridesFromEnv, runOverrides } from './data-source-options.js';

describe('overridesFromEnv', () => {
  const env = { EMOCODE_FEATURES: 'env.csv', EMOCODE_LABELS: 'env-labels.csv', EMOCODE_GROUP: 'session', EMOCODE_PROFILE: 'quick' };

  it('takes EMOCODE_* variables when no flag is given', () => {
    expect(overridesFromEnv({}, env)).toEqual({ features: 'env.csv', labels: 'env-labels.csv', group: 'session', profile: 'quick' });
  });

  it('lets flags win over the environment, and treats empty values as unset', () => {
    expect(overridesFromEnv({ features: 'flag.csv', profile: 'full', group: '' }, env)).toEqual({ features: 'flag.csv', labels: 'env-labels.csv', group: 'session', profile: 'full' });
  });

  it('defaults the profile to full and rejects an unknown one by name', () => {
    expect(parseOptions(runOverrides, overridesFromEnv({}, {}), 'x')).toEqual({ profile: 'full' });
    expect(() => parseOptions(runOverrides, overridesFromEnv({}, { EMOCODE_PROFILE: 'fast' }), 'emocode experiment run')).toThrow(/profile: .*"quick"\|"full"|profile: Invalid option/);
  });
});
