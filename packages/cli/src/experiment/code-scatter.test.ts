import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptCodes, writeCodeScatters } from './code-scatter.js';
import type { Unit } from './experiment-units.js';
import type { UnitResult } from './fold-data.js';

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'emocode-scatter-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

const classes = ['angry', 'sad'];
const unit = (seed: number): Unit => ({
  key: 'aae-d2-abc',
  system: { method: 'aae' } as Unit['system'],
  codeSize: 2,
  rows: [{ name: 'AAE (ours) d=2', system: 'AAE (ours)', method: 'aae', codeSize: 2 }],
  fold: 0,
  seed,
});
type Spec = { title: string; layer: { data: { values: { split?: string; ring?: string }[] } }[] };

describe('keptCodes', () => {
  it('keeps rounded train and test codes, train classes and the prior only for 2-D codes', () => {
    const codes = {
      train: Float32Array.of(0.123456, 1, 2, 3),
      test: Float32Array.of(4, 5),
      dims: 2,
      prior: { means: Float32Array.of(3, 0, -3, 0), sd: 0.5 },
    };
    expect(keptCodes(codes, Int32Array.of(1, 0))).toEqual({
      codes2d: [4, 5],
      trainCodes2d: [0.1235, 1, 2, 3],
      trainTruth: [1, 0],
      prior2d: { means: [3, 0, -3, 0], sd: 0.5 },
    });
    expect(keptCodes({ ...codes, prior: undefined }, Int32Array.of(1, 0))).not.toHaveProperty('prior2d');
    expect(keptCodes({ ...codes, dims: 1 }, Int32Array.of(1, 0, 1, 0))).toEqual({});
  });
});

describe('writeCodeScatters', () => {
  it('plots a run stored before train codes and the prior were kept: its test codes alone', async () => {
    const legacy: UnitResult = { rows: [{ name: 'AAE (ours) d=2', pred: [0, 1] }], truth: [0, 1], codes2d: [0, 1, 2, 3], seconds: 1 };
    const files = await writeCodeScatters(dir, classes, new Map([[unit(0), legacy]]));
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'codes-AAE-ours-d-2-fold0.vl.json',
      'codes-AAE-ours-d-2-fold0.svg',
      'codes-AAE-ours-d-2-fold0.png',
    ]);
    const spec = JSON.parse(await readFile(files[0]!, 'utf8')) as Spec;
    expect(spec.title).toBe('AAE (ours) d=2, fold 0, seed 0: test codes');
    expect(spec.layer).toHaveLength(1);
    expect(spec.layer[0]!.data.values.map((v) => v.split)).toEqual(['test', 'test']);
  });

  it("plots the first seed's train and test codes with the prior components", async () => {
    const r = (seed: number): UnitResult => ({
      rows: [],
      truth: [1],
      codes2d: [seed, 0],
      trainCodes2d: [1, 1, 2, 2],
      trainTruth: [0, 1],
      prior2d: { means: [3, 0, -3, 0], sd: 1 },
      seconds: 1,
    });
    const [file] = await writeCodeScatters(
      dir,
      classes,
      new Map([
        [unit(3), r(3)],
        [unit(4), r(4)],
      ]),
    );
    const spec = JSON.parse(await readFile(file!, 'utf8')) as Spec;
    expect(spec.title).toBe('AAE (ours) d=2, fold 0, seed 3: train + test codes, class prior 1σ/2σ');
    expect(spec.layer[0]!.data.values.map((v) => v.split)).toEqual(['train', 'train', 'test']);
    expect(new Set(spec.layer[1]!.data.values.map((v) => v.ring))).toEqual(new Set(['angry 1σ', 'angry 2σ', 'sad 1σ', 'sad 2σ']));
  });
});
