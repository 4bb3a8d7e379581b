// (b) Downstream check: the same SVM on our features and on openSMILE's, same folds.
import { groupKFold, metaStrings, normalizeFold, selectRows, type FeatureTable } from '@emocode/core';
import { predictSvm, trainSvm, unweightedAverageRecall } from '@emocode/evaluation';

/** RAVDESS emotion codes (third field of the file name) of the 4-class task. */
const classOfCode: Record<string, number> = { '05': 0, '03': 1, '01': 2, '04': 3 }; // angry, happy, neutral, sad

function emotionCode(name: string): string {
  return (name.split('/').pop() ?? '').split('-')[2] ?? '';
}

function actor(name: string): string {
  return name.split('/')[0] ?? '';
}

/** Rows of the 4 classes, in the order of `names`, with labels and actors. */
export function fourClassRows(names: readonly string[]): { rows: number[]; labels: Int32Array; actors: string[] } {
  const rows = names.flatMap((name, i) => (emotionCode(name) in classOfCode ? [i] : []));
  return {
    rows,
    labels: Int32Array.from(rows, (i) => classOfCode[emotionCode(names[i] as string)] as number),
    actors: rows.map((i) => actor(names[i] as string)),
  };
}

/**
 * Pooled UAR of an RBF C-SVC (C = 10, gamma 'scale') over 6 speaker folds (4 actors each,
 * seed 1), global z-score fitted on each training fold. `table` rows must follow `names`.
 */
export function speakerFoldUar(table: FeatureTable, names: readonly string[]): number {
  const own = metaStrings(table, 'name');
  const rowOf = new Map(own.map((n, i) => [n, i]));
  const { rows, labels, actors } = fourClassRows(names);
  const selected = selectRows(
    table,
    rows.map((i) => rowOf.get(names[i] as string) as number),
  );
  const predicted = new Int32Array(labels.length);
  for (const fold of groupKFold(actors, 6, 1)) {
    const { train, test } = normalizeFold(selected.data, selected.dims, fold, 'global');
    const model = trainSvm(
      train,
      selected.dims,
      Int32Array.from(fold.train, (i) => labels[i] as number),
      { kernel: 'rbf', C: 10, gamma: 'scale' },
    );
    predictSvm(model, test).forEach((label, k) => (predicted[fold.test[k] as number] = label));
  }
  return unweightedAverageRecall(labels, predicted, 4);
}
