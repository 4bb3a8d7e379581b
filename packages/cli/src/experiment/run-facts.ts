import type { ExperimentSummary } from './summarize-runs.js';

/**
 * The sentence above a results table: data, classes, folds, seeds, normalisation, classifier, profile.
 * @example runFacts(summary) // '672 rows x 1582 features of ravdess (reference), classes angry, …, 6 folds, seeds 0, 1, 2, global normalisation, rbf SVM, C 1, gamma scale, profile full.'
 */
export function runFacts(summary: ExperimentSummary): string {
  const d = summary.data;
  return (
    `${d.rows} rows x ${d.dims} features of ${d.corpus} (${d.features}), classes ${summary.classes.join(', ')}, ` +
    `${summary.folds} folds${d.foldNames ? ` (${d.foldNames})` : ''}, seeds ${summary.seeds.join(', ')}, ` +
    `${summary.normalization} normalisation, ${summary.classifier}, profile ${summary.profile}.`
  );
}
