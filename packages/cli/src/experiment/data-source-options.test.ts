import { describe, expect, it } from 'vitest';
import { parseOptions } from '@emocode/core';
import { overridesFromEnv, runOverrides } from './data-source-options.js';

describe('overridesFromEnv', () => {
  const env = {
    EMOCODE_FEATURES: 'env.csv',
    EMOCODE_LABELS: 'env-labels.csv',
    EMOCODE_GROUP: 'session',
    EMOCODE_PROFILE: 'quick',
    EMOCODE_NORMALIZATION: 'global',
  };

  it('takes EMOCODE_* variables when no flag is given', () => {
    expect(overridesFromEnv({}, env)).toEqual({
      features: 'env.csv',
      labels: 'env-labels.csv',
      group: 'session',
      profile: 'quick',
      normalization: 'global',
    });
  });

  it('lets flags win over the environment, and treats empty values as unset', () => {
    expect(overridesFromEnv({ features: 'flag.csv', profile: 'full', group: '', normalization: 'per-speaker' }, env)).toEqual({
      features: 'flag.csv',
      labels: 'env-labels.csv',
      group: 'session',
      profile: 'full',
      normalization: 'per-speaker',
    });
  });

  it('defaults the profile to full and rejects an unknown one by name', () => {
    expect(parseOptions(runOverrides, overridesFromEnv({}, {}), 'x')).toEqual({ profile: 'full' });
    expect(() => parseOptions(runOverrides, overridesFromEnv({}, { EMOCODE_PROFILE: 'fast' }), 'emocode experiment run')).toThrow(
      /profile: .*"quick"\|"full"|profile: Invalid option/,
    );
  });

  it('parses --seeds / EMOCODE_SEEDS into distinct whole numbers and rejects anything else', () => {
    expect(parseOptions(runOverrides, overridesFromEnv({ seeds: '2, 0,2' }, { EMOCODE_SEEDS: '5' }), 'x').seeds).toEqual([2, 0]);
    expect(parseOptions(runOverrides, overridesFromEnv({}, { EMOCODE_SEEDS: '5' }), 'x').seeds).toEqual([5]);
    expect(() => parseOptions(runOverrides, overridesFromEnv({ seeds: '0;1' }, {}), 'emocode experiment run')).toThrow(
      /seeds: must be whole numbers separated by commas/,
    );
  });

  it('takes the feature set from --feature-set or EMOCODE_FEATURE_SET and rejects unknown sets', () => {
    expect(parseOptions(runOverrides, overridesFromEnv({}, { EMOCODE_FEATURE_SET: 'egemaps' }), 'x').featureSet).toBe('egemaps');
    expect(parseOptions(runOverrides, overridesFromEnv({ featureSet: 'is10' }, { EMOCODE_FEATURE_SET: 'egemaps' }), 'x').featureSet).toBe(
      'is10',
    );
    expect(() => parseOptions(runOverrides, overridesFromEnv({ featureSet: 'gemaps' }, {}), 'emocode experiment run')).toThrow(
      /featureSet/,
    );
  });

  it('rejects an unknown normalisation by name', () => {
    expect(() => parseOptions(runOverrides, overridesFromEnv({}, { EMOCODE_NORMALIZATION: 'zscore' }), 'emocode experiment run')).toThrow(
      /normalization/,
    );
  });

  it('turns --folds / EMOCODE_FOLDS into a fold scheme: loso or group k-fold, k ≥ 2', () => {
    const folds = (v: string) => parseOptions(runOverrides, overridesFromEnv({ folds: v }, {}), 'emocode experiment run').folds;
    expect(folds('loso')).toEqual({ kind: 'leave-one-group-out' });
    expect(folds('5')).toEqual({ kind: 'group-k-fold', k: 5 });
    expect(parseOptions(runOverrides, overridesFromEnv({}, { EMOCODE_FOLDS: 'loso' }), 'x').folds).toEqual({ kind: 'leave-one-group-out' });
    expect(() => folds('1')).toThrow(/folds\.k/);
    expect(() => folds('leave-one-out')).toThrow(/folds: must be loso or a whole number of folds k ≥ 2/);
  });

  it('takes --corpus and --classifier (fixed|tuned) from flags or EMOCODE_CORPUS / EMOCODE_CLASSIFIER', () => {
    const o = parseOptions(
      runOverrides,
      overridesFromEnv({ classifier: 'tuned' }, { EMOCODE_CORPUS: 'emodb', EMOCODE_CLASSIFIER: 'fixed' }),
      'x',
    );
    expect([o.corpus, o.classifier]).toEqual(['emodb', 'tuned']);
    expect(() => parseOptions(runOverrides, overridesFromEnv({ classifier: 'grid' }, {}), 'emocode experiment run')).toThrow(/classifier/);
  });
});
