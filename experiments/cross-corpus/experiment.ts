import { defineExperiment } from '@emocode/cli/spec';

/**
 * Train on one corpus, test on another: RAVDESS (English, 24 actors) → EmoDB (German, 10 actors)
 * and back, on the 4 classes both have. Each corpus is z-scored on its own rows (`global`: per
 * corpus; `per-speaker`: per speaker), features of both from emocode's extractor. Raw features,
 * AAE codes (ours and the paper's recipe), PCA, LDA and real+synthetic training rows.
 */
export default defineExperiment({
  name: 'cross-corpus',
  title: 'Cross-corpus: train on one corpus, test on the other, 4 classes (UAR %)',
  classes: ['angry', 'happy', 'neutral', 'sad'],
  // One extractor for both corpora (RAVDESS's reference table is openSMILE's).
  data: { corpora: ['ravdess', 'emodb'], extract: true },
  // Fold 0: RAVDESS → EmoDB; fold 1: EmoDB → RAVDESS.
  folds: { kind: 'cross-corpus' },
  normalization: 'global',
  seeds: [0, 1, 2],
  classifier: { kernel: 'rbf', C: 1, gamma: 'scale' },
  baseline: 'raw 1582',
  systems: [
    { method: 'raw', label: 'raw 1582' },
    { method: 'aae', label: 'AAE (ours)', codeSizes: [2, 10], training: { recipe: 'ours' } },
    { method: 'aae', label: 'AAE (paper)', codeSizes: [2, 10], training: { recipe: 'paper' } },
    { method: 'pca', label: 'PCA', codeSizes: [2, 10] },
    { method: 'lda', label: 'LDA', codeSizes: [2, 3] },
    {
      method: 'augment',
      label: 'augment AAE (ours)',
      codeSize: 2,
      perClass: [50, 200],
      uses: ['real+synthetic'],
      sampling: { from: 'codes', spread: 0.5 },
      training: { recipe: 'ours' },
    },
    {
      method: 'augment',
      label: 'augment AAE (ours, balanced, residual)',
      codeSize: 2,
      perClass: [10, 50],
      uses: ['real+synthetic'],
      balance: true,
      sampling: { from: 'codes', spread: 0.5, residual: true },
      training: { recipe: 'ours' },
    },
  ],
  profiles: {
    quick: { folds: 2, epochs: 2, seeds: [0], codeSizes: [2], perClass: [50], systems: ['AAE (ours)', 'PCA', 'LDA', 'augment AAE (ours)'] },
    // Minutes instead of an hour: our recipe against PCA and LDA, and our augmentation.
    reduced: { systems: ['AAE (ours)', 'PCA', 'LDA', 'augment AAE (ours)'] },
  },
});
