import { assert, rowsByClass, type Rng } from '@emocode/core';

/**
 * One code per wanted label: a random training code of that class plus isotropic-per-dim
 * Gaussian noise of `spread` x the class's code standard deviation in that dimension.
 * @returns the codes and, per code, the training row it was drawn around.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH / EMOCODE_INVALID_INPUT when codes and labels do
 *   not fit or a wanted class has no training code.
 */
export function sampleAroundCodes(
  source: { codes: Float32Array; labels: Int32Array; spread: number },
  wanted: Int32Array,
  codeSize: number,
  rng: Rng,
): { codes: Float32Array; bases: Int32Array } {
  const { codes, labels, spread } = source;
  assert(
    codes.length === labels.length * codeSize,
    () => `synthesize: aroundCodes.codes must be ${labels.length} x ${codeSize} values, got ${codes.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const byClass = rowsByClass(labels);
  const sd = new Map<number, Float64Array>();
  for (const [c, rows] of byClass) sd.set(c, columnSd(codes, rows, codeSize));
  const out = new Float32Array(wanted.length * codeSize);
  const bases = new Int32Array(wanted.length);
  wanted.forEach((c, i) => {
    const rows = byClass.get(c);
    assert(rows !== undefined, () => `synthesize: aroundCodes.labels must contain class ${c}, got none.`);
    bases[i] = rows[rng.int(rows.length)];
    const base = bases[i] * codeSize;
    const s = sd.get(c) as Float64Array;
    for (let j = 0; j < codeSize; j++) out[i * codeSize + j] = codes[base + j] + spread * s[j] * rng.normal();
  });
  return { codes: out, bases };
}

function columnSd(codes: Float32Array, rows: number[], d: number): Float64Array {
  const mean = new Float64Array(d);
  const sq = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += codes[r * d + j] / rows.length;
  for (const r of rows) for (let j = 0; j < d; j++) sq[j] += (codes[r * d + j] - mean[j]) ** 2 / rows.length;
  return sq.map(Math.sqrt);
}
