// SVM speed on RAVDESS 4-class IS10 (actors 1-20 train, 21-24 test): `pnpm --filter @emocode/evaluation bench`.
// EMOCODE_DUMP=1 also writes /tmp/ravdess4-*.json for bench/libsvm-js-compare.mjs.
import { writeFileSync } from 'node:fs';
import { predictSvm, trainSvm } from '../src/index.js';
import { resolveGamma } from '../src/svm/resolve-gamma.js';
import { is10Path, ravdess4Split } from '../src/__fixtures__/ravdess-is10.js';

if (!is10Path) {
  console.warn('svm-speed: skipped, ../shared/reference/opensmile-is10 is not beside the checkout');
  process.exit(0);
}
for (const [name, s] of [['full', ravdess4Split(is10Path)], ['d2', ravdess4Split(is10Path, 2)]] as const) {
  const C = 10;
  const times: number[] = [];
  let predicted = new Int32Array();
  let svCount = 0;
  for (let rep = 0; rep < 3; rep++) {
    const t = performance.now();
    const model = trainSvm(s.xTrain, s.dims, s.yTrain, { kernel: 'rbf', C, gamma: 'scale' });
    times.push(performance.now() - t);
    svCount = model.svCount;
    predicted = predictSvm(model, s.xTest);
  }
  const acc = predicted.filter((p, i) => p === s.yTest[i]).length / predicted.length;
  console.log(
    `ours ${name}: ${s.yTrain.length} x ${s.dims}, train ${times.map((t) => t.toFixed(0)).join(' / ')} ms, ` +
      `${svCount} SVs, test accuracy ${(acc * 100).toFixed(1)}%`,
  );
  if (process.env.EMOCODE_DUMP) {
    const gamma = resolveGamma('scale', s.xTrain, s.dims);
    const json = { dims: s.dims, C, gamma, xTrain: [...s.xTrain], yTrain: [...s.yTrain], xTest: [...s.xTest], ours: [...predicted] };
    writeFileSync(`/tmp/ravdess4-${name}.json`, JSON.stringify(json));
  }
}
