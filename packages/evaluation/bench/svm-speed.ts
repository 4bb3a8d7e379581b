// Our SVM against scikit-learn's SVC on a paper-size IS10 problem: `pnpm --filter @emocode/evaluation bench`.
// The RAVDESS 4-class rows of the shared openSMILE IS10 reference (actors 1-20 train, 21-24 test,
// z-scored on train) with noise copies (N(0, noise) on the z-scores, i.e. noise x each feature's sd):
// 4400 x 1582 training rows, 1232 test rows. RBF, C = 1, gamma 'scale' resolved once and given to both.
// Times alternate ours / scikit-learn (`python3 bench/sklearn-svc.py`, Debian's python3-sklearn; EMOCODE_PYTHON picks the python),
// EMOCODE_BENCH_REPS rounds (default 2). EMOCODE_BENCH_NOISE (default 0.05) and EMOCODE_BENCH_C change the problem.
import { createRng } from '@emocode/core';
import { rowDotsEngine } from '@emocode/kernels';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { predictSvm, trainSvm, unweightedAverageRecall } from '../src/index.js';
import { is10Path, ravdess4Split } from '../src/__fixtures__/ravdess-is10.js';
import { kernelMatrix } from '../src/svm/kernel-matrix.js';
import { resolveGamma } from '../src/svm/resolve-gamma.js';

const TRAIN_ROWS = 4400;
const TEST_COPIES = 11;

if (!is10Path) {
  console.warn('svm-speed: skipped, ../shared/reference/opensmile-is10 is not beside the checkout');
  process.exit(0);
}
const noise = Number(process.env.EMOCODE_BENCH_NOISE ?? 0.05);
const C = Number(process.env.EMOCODE_BENCH_C ?? 1);
const reps = Number(process.env.EMOCODE_BENCH_REPS ?? 2);
const split = ravdess4Split(is10Path);
const { dims } = split;
const rng = createRng(19);

/** `count` rows cycling through `x`'s rows; every pass after the first adds N(0, noise). */
function noisyCopies(x: Float32Array, labels: Int32Array, count: number): { x: Float32Array; labels: Int32Array } {
  const rows = labels.length;
  const out = new Float32Array(count * dims);
  for (let r = 0; r < count; r++) {
    const from = (r % rows) * dims;
    for (let d = 0; d < dims; d++) out[r * dims + d] = x[from + d]! + (r < rows ? 0 : noise * rng.normal());
  }
  return { x: out, labels: Int32Array.from({ length: count }, (_, r) => labels[r % rows]!) };
}

const train = noisyCopies(split.xTrain, split.yTrain, TRAIN_ROWS);
const test = noisyCopies(split.xTest, split.yTest, split.yTest.length * TEST_COPIES);
const gamma = resolveGamma('scale', train.x, dims);
const testRows = test.labels.length;
console.log(
  `svm-speed: ${TRAIN_ROWS} x ${dims} train, ${testRows} test rows (RAVDESS 4-class IS10, noise ${noise} sd), RBF, C = ${C}, gamma ${gamma.toPrecision(4)}, products on ${rowDotsEngine()}`,
);

const sklearn = sklearnRunner();
const rows: Record<string, string | number>[] = [];
let ours: Int32Array = new Int32Array();
let theirs: number[] | undefined;
for (let rep = 0; rep < reps; rep++) {
  const fit = timed(() => trainSvm(train.x, dims, train.labels, { C, gamma }));
  const predict = timed(() => predictSvm(fit.result, test.x));
  ours = predict.result;
  rows.push({
    run: `emocode ${rep + 1}`,
    fit: fit.wall,
    fitCpu: fit.cpu,
    predict: predict.wall,
    predictCpu: predict.cpu,
    svCount: fit.result.svCount,
    uar: uar(ours),
  });
  const s = sklearn?.();
  if (s) {
    theirs = s.predictions;
    rows.push({
      run: `scikit-learn ${s.version} ${rep + 1}`,
      fit: s.fitSeconds,
      fitCpu: s.fitCpuSeconds,
      predict: s.predictSeconds,
      predictCpu: s.predictCpuSeconds,
      svCount: s.svCount,
      uar: uar(Int32Array.from(s.predictions)),
    });
  }
}
const kernel = timed(() => kernelMatrix(train.x, TRAIN_ROWS, dims, 'rbf', gamma, Infinity));

console.log(
  '\n| run | fit (s) | fit CPU (s) | predict (s) | predict CPU (s) | support vectors | UAR % |\n|---|---:|---:|---:|---:|---:|---:|',
);
for (const r of rows) {
  console.log(
    `| ${r.run} | ${fmt(r.fit)} | ${fmt(r.fitCpu)} | ${fmt(r.predict)} | ${fmt(r.predictCpu)} | ${r.svCount} | ${(100 * Number(r.uar)).toFixed(2)} |`,
  );
}
console.log(`\nkernel matrix of the training rows alone (SIMD product + exponent): ${fmt(kernel.wall)} s, CPU ${fmt(kernel.cpu)} s`);
if (theirs) {
  const same = ours.filter((p, i) => p === theirs![i]).length;
  const mean = (who: string, key: string) => {
    const picked = rows.filter((r) => String(r.run).startsWith(who)).map((r) => Number(r[key]));
    return picked.reduce((a, b) => a + b, 0) / picked.length;
  };
  const ratio = (key: string) => (mean('scikit', key) / mean('emocode', key)).toFixed(2);
  console.log(`identical predictions: ${same}/${testRows} (${((100 * same) / testRows).toFixed(2)} %)`);
  console.log(
    `scikit-learn / emocode (mean of ${reps}): fit ${ratio('fit')}x (CPU ${ratio('fitCpu')}x), predict ${ratio('predict')}x (CPU ${ratio('predictCpu')}x)`,
  );
}

/** Wall and CPU (user + system, this process) seconds of `f`. */
function timed<T>(f: () => T): { result: T; wall: number; cpu: number } {
  const [t, c] = [performance.now(), process.cpuUsage()];
  const result = f();
  const used = process.cpuUsage(c);
  return { result, wall: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6 };
}

function uar(predicted: Int32Array): number {
  return unweightedAverageRecall(test.labels, predicted, 4);
}

function fmt(v: string | number | undefined): string {
  return Number(v).toFixed(2);
}

interface SklearnRun {
  version: string;
  fitSeconds: number;
  predictSeconds: number;
  fitCpuSeconds: number;
  predictCpuSeconds: number;
  svCount: number;
  predictions: number[];
}

/** Writes the split once; each call fits and predicts in a fresh python3. Undefined without scikit-learn. */
function sklearnRunner(): (() => SklearnRun) | undefined {
  // A pyenv or venv python3 first on the PATH does not see Debian's packages; /usr/bin/python3 does.
  const candidates = [process.env.EMOCODE_PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => Boolean(p));
  const python = candidates.find((p) => spawnSync(p, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0);
  if (!python) {
    console.log(
      `svm-speed: scikit-learn skipped: no ${candidates.join(' / ')} imports sklearn (Debian: apt-get install python3-sklearn; EMOCODE_PYTHON=<python> picks one)`,
    );
    return undefined;
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'emocode-svm-speed-'));
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  const bytes = (a: Float32Array | Int32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  writeFileSync(path.join(folder, 'meta.json'), JSON.stringify({ dims, C, gamma }));
  writeFileSync(path.join(folder, 'x-train.f32'), bytes(train.x));
  writeFileSync(path.join(folder, 'y-train.i32'), bytes(train.labels));
  writeFileSync(path.join(folder, 'x-test.f32'), bytes(test.x));
  const script = fileURLToPath(new URL('./sklearn-svc.py', import.meta.url));
  return () => JSON.parse(execFileSync(python, [script, folder], { encoding: 'utf8', maxBuffer: 1 << 26 })) as SklearnRun;
}
