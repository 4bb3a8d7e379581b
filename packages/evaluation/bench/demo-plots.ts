// Renders sample plots (SVG + PNG + spec) into the directory given as argv[2]:
//   node --conditions=@emocode/source --import tsx bench/demo-plots.ts <output dir>
// confusion: real SVM (RBF, C = 10, gamma 'scale') on RAVDESS 4-class IS10, actors 1-20 → 21-24.
// codes: seeded synthetic 2-D codes around a 4-component prior (a rendering demo, not a result).
import { createRng } from '@emocode/core';
import path from 'node:path';
import { codeScatterSpec, confusionMatrix, confusionSpec, predictSvm, trainSvm, unweightedAverageRecall } from '../src/index.js';
import { writePlot } from '../src/node/index.js';
import { is10Path, ravdess4Split } from '../src/__fixtures__/ravdess-is10.js';

const outDir = process.argv[2] ?? '.';
const classes = ['neutral', 'happy', 'sad', 'angry'];

if (is10Path) {
  const s = ravdess4Split(is10Path);
  const model = trainSvm(s.xTrain, s.dims, s.yTrain, { C: 10, gamma: 'scale' });
  const [truth, predicted] = [s.yTest, predictSvm(model, s.xTest)];
  console.log(`UAR ${(100 * unweightedAverageRecall(truth, predicted, 4)).toFixed(1)}%`);
  console.log(
    await writePlot(path.join(outDir, 'confusion-ravdess-is10-svm'), confusionSpec(confusionMatrix(truth, predicted, 4), classes)),
  );
}

const rng = createRng(1);
const priorMeans = Float32Array.of(-2, -2, 2, -2, -2, 2, 2, 2);
const labels = Int32Array.from({ length: 200 }, (_, i) => i % 4);
const codes = Float32Array.from({ length: 400 }, (_, i) => priorMeans[2 * labels[i >> 1]! + (i % 2)]! + rng.normal() * 0.9);
const scatter = codeScatterSpec({
  codes,
  dims: 2,
  labels,
  classes,
  split: 'train',
  priorMeans,
  priorSd: 0.8,
  title: 'Codes (train, synthetic demo)',
});
console.log(await writePlot(path.join(outDir, 'codes-demo'), scatter));
