import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { predictSvm, svmDecisionValues } from './predict-svm.js';
import type { SvmOptions } from './svm-options.js';
import { trainSvm } from './train-svm.js';

interface Fixture {
  dims: number;
  xTrainF32: string;
  yTrain: number[];
  xTestF32: string;
  cases: { options: SvmOptions; predictions: number[]; decision: number[]; svCount: number }[];
}

const fixture = JSON.parse(readFileSync(new URL('./__fixtures__/sklearn-svc.json', import.meta.url), 'utf8')) as Fixture;
const float32 = (b64: string): Float32Array => {
  const bytes = Buffer.from(b64, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
};
const xTrain = float32(fixture.xTrainF32);
const xTest = float32(fixture.xTestF32);
const yTrain = Int32Array.from(fixture.yTrain);

describe('trainSvm against scikit-learn SVC (make-sklearn-fixture.py)', () => {
  it.each(fixture.cases.map((c) => [JSON.stringify(c.options), c] as const))('%s', (_, c) => {
    const model = trainSvm(xTrain, fixture.dims, yTrain, c.options);
    const predicted = predictSvm(model, xTest);
    const agree = predicted.filter((p, i) => p === c.predictions[i]).length / predicted.length;
    expect(agree).toBeGreaterThanOrEqual(0.99);
    const decision = svmDecisionValues(model, xTest);
    let worst = 0;
    decision.forEach((d, i) => (worst = Math.max(worst, Math.abs(d - c.decision[i]!))));
    // Both stop at the same KKT tolerance (1e-3), so decision values differ at that scale at most.
    expect(worst).toBeLessThan(2e-3);
    expect(Math.abs(model.svCount - c.svCount)).toBeLessThanOrEqual(2);
  });

  it('gives the same model when the kernel cache is too small for the Gram matrix (LRU rows)', () => {
    const c = fixture.cases[1]!;
    const cached = trainSvm(xTrain, fixture.dims, yTrain, { ...c.options, cacheMb: 0.05 }); // 52 kB < 200² x 8 B
    const full = trainSvm(xTrain, fixture.dims, yTrain, c.options);
    expect(cached.svCount).toBe(full.svCount);
    const [a, b] = [svmDecisionValues(cached, xTest), svmDecisionValues(full, xTest)];
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 8));
  });
});
