import { defineExperiment } from '@emocode/cli/spec';

const codeSizes = [2, 3, 5, 10, 20, 50, 100];

/**
 * The paper's Table 1 in shape: raw IS10 features vs codes of the AAE (the paper's recipe and
 * ours, see docs/aae-study.md), a plain AE, PCA and LDA, each classified by an RBF SVM.
 */
export default defineExperiment({
  name: 'compression',
  title: 'Table 1: compressed representations, 4 emotion classes (UAR %)',
  classes: ['angry', 'happy', 'neutral', 'sad'],
  folds: { kind: 'group-k-fold', k: 6 },
  // The paper's setting; EMOCODE_NORMALIZATION=per-speaker (or --normalization) for the other.
  normalization: 'global',
  seeds: [0, 1, 2],
  classifier: { kernel: 'rbf', C: 1, gamma: 'scale' },
  baseline: 'raw 1582',
  systems: [
    { method: 'raw', label: 'raw 1582' },
    {
      method: 'aae',
      label: 'AAE (paper)',
      codeSizes,
      training: { recipe: 'paper' },
    },
    {
      method: 'aae',
      label: 'AAE (ours)',
      codeSizes,
      // Also the row of the three seeds' SVMs voting together (docs/aae-study.md, "Seed ensembles").
      seedEnsemble: true,
      training: { recipe: 'ours' },
    },
    { method: 'ae', label: 'AE', codeSizes, training: { epochs: 20, batchSize: 32, model: { hidden: [1000, 1000], dropout: 0.5 } } },
    { method: 'pca', label: 'PCA', codeSizes },
    { method: 'lda', label: 'LDA', codeSizes: [2, 3] },
  ],
  profiles: {
    quick: { folds: 2, epochs: 2, seeds: [0], codeSizes: [2] },
    // Minutes instead of hours: our recipe against raw, PCA and LDA at d = 2 and 10.
    reduced: { codeSizes: [2, 10], systems: ['AAE (ours)', 'PCA', 'LDA'] },
  },
});
