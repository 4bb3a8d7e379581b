// Times libsvm-js 0.2.1 (libsvm compiled to wasm) on the split svm-speed.ts dumps. Not a dependency:
//   mkdir /tmp/libsvmtest && cd /tmp/libsvmtest && npm i libsvm-js@0.2.1 && cp <this file> . && node libsvm-js-compare.mjs
// after running `EMOCODE_DUMP=1 pnpm --filter @emocode/evaluation bench`.
import loadSVM from 'libsvm-js/wasm.js';
import { readFileSync } from 'node:fs';
const SVM = await loadSVM;
for (const name of ['full', 'd2']) {
  const d = JSON.parse(readFileSync(`/tmp/ravdess4-${name}.json`, 'utf8'));
  const rowsOf = (flat, dims) => Array.from({ length: flat.length / dims }, (_, i) => flat.slice(i * dims, (i + 1) * dims));
  const xTr = rowsOf(d.xTrain, d.dims), xTe = rowsOf(d.xTest, d.dims);
  const svm = new SVM({ kernel: SVM.KERNEL_TYPES.RBF, type: SVM.SVM_TYPES.C_SVC, gamma: d.gamma, cost: d.C, tolerance: 1e-3, cacheSize: 200, shrinking: true, quiet: true });
  let t = performance.now();
  svm.train(xTr, d.yTrain);
  const trainMs = performance.now() - t;
  t = performance.now();
  const pred = svm.predict(xTe);
  const predMs = performance.now() - t;
  const agree = pred.filter((p, i) => p === d.ours[i]).length / pred.length;
  console.log(`libsvm-js ${name}: train ${trainMs.toFixed(0)} ms, predict ${predMs.toFixed(0)} ms, agreement with ours ${(agree * 100).toFixed(1)}%`);
}
