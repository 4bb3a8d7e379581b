import { defineExperiment, type SystemSpec } from '@emocode/cli/spec';

/**
 * Train on one corpus, test on another: RAVDESS (English, 24 actors) → EmoDB (German, 10 actors)
 * and back, on the 4 classes both have. Each corpus is z-scored on its own rows (`global`: per
 * corpus; `per-speaker`: per speaker), features of both from emocode's extractor. Raw features,
 * AAE codes (ours and the paper's recipe), PCA, LDA and real+synthetic training rows.
 */
const sizes = [2, 10];
const ours = { recipe: 'ours' } as const;

/** Real + synthetic training rows decoded from our AAE's 2-D codes, as in experiments/augment. */
function realPlusSynthetic(label: string, perClass: number[], options: { residual?: boolean; balance?: boolean } = {}): SystemSpec {
  const sampling = { from: 'codes', spread: 0.5, residual: options.residual ?? false } as const;
  return {
    method: 'augment',
    label,
    codeSize: 2,
    perClass,
    uses: ['real+synthetic'],
    sampling,
    balance: options.balance ?? false,
    training: ours,
  };
}

export default defineExperiment({
  name: 'cross-corpus',
  title: 'Cross-corpus: train on one corpus, test on the other, 4 classes (UAR %)',
  classes: ['angry', 'happy', 'neutral', 'sad'],
  // One extractor for both corpora (RAVDESS's reference table is openSMILE's).
  data: { corpora: ['ravdess', 'emodb'], extract: true },
  // Fold 0: RAVDESS → EmoDB; fold 1: EmoDB → RAVDESS. Global z-scores are per corpus here;
  // the SVM is the default RBF one (C = 1, gamma = scale; --classifier tuned to tune both).
  folds: { kind: 'cross-corpus' },
  seeds: [0, 1, 2],
  baseline: 'raw 1582',
  systems: [
    { method: 'raw', label: 'raw 1582' },
    { method: 'aae', label: 'AAE (ours)', codeSizes: sizes, seedEnsemble: true, training: ours },
    { method: 'aae', label: 'AAE (paper)', codeSizes: sizes, training: { recipe: 'paper' } },
    { method: 'pca', label: 'PCA', codeSizes: sizes },
    { method: 'lda', label: 'LDA', codeSizes: [2, 3] },
    realPlusSynthetic('augment AAE (ours)', [50, 200]),
    realPlusSynthetic('augment AAE (ours, balanced, residual)', [10, 50], { residual: true, balance: true }),
  ],
  profiles: {
    quick: { folds: 2, epochs: 2, seeds: [0], codeSizes: [2], perClass: [50], systems: ['AAE (ours)', 'PCA', 'LDA', 'augment AAE (ours)'] },
    // Minutes instead of an hour: our recipe against PCA and LDA, and our augmentation.
    reduced: { systems: ['AAE (ours)', 'PCA', 'LDA', 'augment AAE (ours)'] },
  },
});
