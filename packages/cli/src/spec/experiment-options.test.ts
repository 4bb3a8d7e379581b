import { aaeRecipes } from '@emocode/training';
import { describe, expect, it } from 'vitest';
import { defineExperiment } from './define-experiment.js';
import type { ExperimentSpec } from './experiment-options.js';

const base: ExperimentSpec = {
  name: 'tiny',
  classes: ['angry', 'happy', 'sad'],
  folds: { kind: 'group-k-fold', k: 3 },
  systems: [{ method: 'raw' }, { method: 'pca', codeSizes: [2, 3] }, { method: 'lda', codeSizes: [2] }],
  baseline: 'raw',
};

describe('defineExperiment', () => {
  it('fills the defaults a spec leaves out', () => {
    const spec = defineExperiment(base);
    expect(spec.normalization).toBe('global');
    expect(spec.seeds).toEqual([0]);
    expect(spec.classifier).toMatchObject({ kernel: 'rbf', C: 1, gamma: 'scale' });
    expect(spec.data).toEqual({ corpus: 'ravdess', group: 'speaker' });
    expect(spec.profiles.quick).toEqual({});
  });

  it('fills training defaults of network systems', () => {
    const spec = defineExperiment({ ...base, systems: [{ method: 'raw' }, { method: 'aae', codeSizes: [2], training: { epochs: 3 } }] });
    const aae = spec.systems[1]!;
    expect(aae.method === 'aae' && aae.training).toMatchObject({ epochs: 3, batchSize: 100, supervisedWeight: 0, jointGenerator: false });
  });

  it('starts from a named training recipe, exactly as if it were written out, with overrides on top', () => {
    const ours = {
      ...aaeRecipes.ours,
      model: {
        ...aaeRecipes.ours.model,
        hidden: [...aaeRecipes.ours.model.hidden],
        discriminatorHidden: [...aaeRecipes.ours.model.discriminatorHidden],
      },
    };
    const spec = defineExperiment({
      ...base,
      systems: [
        { method: 'raw' },
        { method: 'aae', label: 'named', codeSizes: [2], training: { recipe: 'ours' } },
        { method: 'aae', label: 'written', codeSizes: [2], training: ours },
        { method: 'aae', label: 'shorter', codeSizes: [2], training: { recipe: 'ours', epochs: 5 } },
      ],
    });
    const [, named, written, shorter] = spec.systems;
    expect(named!.method === 'aae' && named!.training).toEqual(written!.method === 'aae' && written!.training);
    expect(shorter!.method === 'aae' && [shorter!.training.epochs, shorter!.training.supervisedWeight]).toEqual([5, 1]);
  });

  it('names an unknown training recipe', () => {
    const bad = {
      ...base,
      systems: [{ method: 'raw' }, { method: 'aae', codeSizes: [2], training: { recipe: 'best' } }],
    } as unknown as ExperimentSpec;
    expect(() => defineExperiment(bad)).toThrow(/systems\.1\.training\.recipe: .*"paper"\|"ours"/);
  });

  it('rejects every unknown key, naming where it is and the nearest known key', () => {
    const typo = (spec: unknown) => () => defineExperiment(spec as ExperimentSpec);
    expect(typo({ ...base, normalisation: 'per-speaker' })).toThrow(
      'normalisation: unknown key `normalisation` (did you mean `normalization`?)',
    );
    expect(typo({ ...base, profiles: { quick: { epoch: 2 } } })).toThrow(
      'profiles.quick.epoch: unknown key `epoch` (did you mean `epochs`?)',
    );
    expect(typo({ ...base, systems: [{ method: 'raw' }, { method: 'lda', codeSize: 2, codeSizes: [2] }] })).toThrow(
      'systems.1.codeSize: unknown key `codeSize` (did you mean `codeSizes`?)',
    );
    expect(
      typo({ ...base, systems: [{ method: 'raw' }, { method: 'aae', codeSizes: [2], training: { recipe: 'ours', epoch: 5 } }] }),
    ).toThrow('systems.1.training.epoch: unknown key `epoch` (did you mean `epochs`?)');
    expect(typo({ ...base, data: { feature: 'x.csv' } })).toThrow('data.feature: unknown key `feature` (did you mean `features`?)');
    expect(typo({ ...base, classifier: { kernal: 'linear' } })).toThrow('classifier.kernal: unknown key `kernal` (did you mean `kernel`?)');
    expect(typo({ ...base, classifier: { tune: { innerFold: 3 } } })).toThrow(
      'classifier.tune.innerFold: unknown key `innerFold` (did you mean `innerFolds`?)',
    );
    expect(typo({ ...base, data: { corpora: ['ravdess', 'emodb'], extrakt: true }, folds: { kind: 'cross-corpus' } })).toThrow(
      'data.extrakt: unknown key `extrakt` (did you mean `extract`?)',
    );
    expect(typo({ ...base, data: { corpora: ['ravdess', 'emodb'] }, folds: { kind: 'cross-corpus', k: 2 } })).toThrow(
      'folds.k: unknown key `k`',
    );
  });

  it("rejects a profile that names a system the spec does not have, listing the spec's labels", () => {
    expect(() => defineExperiment({ ...base, profiles: { reduced: { systems: ['raw', 'PCA'] } } })).toThrow(
      'profiles.reduced.systems: must name systems of the spec (raw, pca, lda), got "PCA"',
    );
  });

  it('rejects LDA sizes above classes − 1, naming the field and the sizes to remove', () => {
    expect(() => defineExperiment({ ...base, systems: [{ method: 'raw' }, { method: 'lda', codeSizes: [2, 3, 5] }] })).toThrow(
      /systems\.1\.codeSizes: LDA gives at most classes − 1 = 2 dimensions; remove 3, 5/,
    );
  });

  it('rejects a baseline that is not a row, listing the rows', () => {
    expect(() => defineExperiment({ ...base, baseline: 'raw 1582' })).toThrow(
      /baseline: must name one of the table rows \(raw, pca d=2, pca d=3, lda d=2\), got "raw 1582"/,
    );
  });

  it('rejects an unknown method and a bad fold scheme by path', () => {
    const bad = { ...base, systems: [{ method: 'umap', codeSizes: [2] }] } as unknown as ExperimentSpec;
    expect(() => defineExperiment(bad)).toThrow(/systems\.0\.method/);
    expect(() => defineExperiment({ ...base, folds: { kind: 'group-k-fold', k: 1 } })).toThrow(/folds\.k: .*>=2/);
  });

  it('rejects duplicate labels and a non-kebab name', () => {
    expect(() => defineExperiment({ ...base, systems: [{ method: 'raw' }, { method: 'raw' }] })).toThrow(
      /systems: labels must be unique, "raw" appears twice; set label/,
    );
    expect(() => defineExperiment({ ...base, name: 'My Exp' })).toThrow(/name: must be kebab-case/);
  });

  it('rejects unknown training options instead of ignoring them', () => {
    const bad = { ...base, systems: [{ method: 'raw' }, { method: 'aae', codeSizes: [2], training: { epochs: 0 } }] } as ExperimentSpec;
    expect(() => defineExperiment(bad)).toThrow(/systems\.1\.training\.epochs/);
  });
});
