import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** 6 speakers x 3 classes x 4 rows, 6 features: class c lifts feature c by 3, speakers shift all. */
export function tinyTable(): { features: string; labels: string } {
  let state = 12345;
  const noise = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 1.5;
  const classes = ['angry', 'happy', 'sad'];
  const rows: string[] = [];
  const labels: string[] = ['name,speaker,label'];
  for (let s = 1; s <= 6; s++) {
    for (const [c, label] of classes.entries()) {
      for (let r = 0; r < 4; r++) {
        const name = `spk${s}/${label}-${r}.wav`;
        const values = Array.from({ length: 6 }, (_, j) => (j === c ? 3 : 0) + 0.5 * s + noise());
        rows.push(`'${name}';0;${values.map((v) => v.toFixed(4)).join(';')}`);
        labels.push(`${name},spk${s},${label}`);
      }
    }
  }
  return {
    features: `name;frameTime;${Array.from({ length: 6 }, (_, j) => `f${j}`).join(';')}\n${rows.join('\n')}\n`,
    labels: `${labels.join('\n')}\n`,
  };
}

const training = { epochs: 30, batchSize: 8, model: { hidden: [8], discriminatorHidden: [8] } };

/** A spec of every method over the tiny table (3 speaker folds; `quick`: 2 folds, 2 epochs). */
export const TINY_SPEC = {
  name: 'tiny',
  classes: ['angry', 'happy', 'sad'],
  folds: { kind: 'group-k-fold', k: 3 },
  data: { features: 'features.csv', labels: 'labels.csv' },
  baseline: 'raw',
  systems: [
    { method: 'raw' },
    { method: 'pca', codeSizes: [2] },
    { method: 'lda', codeSizes: [2] },
    { method: 'aae', codeSizes: [2], training },
    { method: 'augment', perClass: [10, 20], training },
  ],
  profiles: {
    quick: { folds: 2, epochs: 2, perClass: [10] },
    reduced: { folds: 2, systems: ['pca'], normalization: 'per-speaker' },
  },
};

/** Makes `dir` a spec folder of `emocode experiment run`: the tiny table as `features.csv` and `labels.csv`, and `experiment.ts` exporting `spec`. */
export async function writeTinyExperiment(dir: string, spec: Record<string, unknown>): Promise<void> {
  const { features, labels } = tinyTable();
  await writeFile(join(dir, 'features.csv'), features);
  await writeFile(join(dir, 'labels.csv'), labels);
  await writeFile(join(dir, 'experiment.ts'), `const spec: Record<string, unknown> = ${JSON.stringify(spec)};\nexport default spec;\n`);
}
