import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasRavdess, ravdessWavs, voicedSignal, wavBytes } from '@emocode/predict/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../testing/run-cli.js';

// The model committed in the repository: `emocode predict` works right after install.
const bundled = resolve(fileURLToPath(import.meta.url), '../../../../predict/models/ravdess-4class');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emocode-predict-cli-'));
  await writeFile(join(dir, 'one.wav'), wavBytes(voicedSignal(1.2, 1), 16000));
  await writeFile(join(dir, 'two.wav'), wavBytes(voicedSignal(1, 2), 16000));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('emocode predict', () => {
  it('prints a table with class, probabilities, code and the normalisation used, exit 0', async () => {
    const r = await run('predict', bundled, join(dir, 'one.wav'), join(dir, 'two.wav'));
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^file\s+label\s+p\(angry\)\s+p\(happy\)\s+p\(neutral\)\s+p\(sad\)\s+code$/);
    expect(lines[1]).toMatch(/one\.wav\s+(angry|happy|neutral|sad)\s+[\d.]+%.*\(-?[\d.]+, -?[\d.]+\)$/);
    expect(r.out).toMatch(/normalisation: training statistics for all 2 files/);
  });

  it('skips a bad file with one line, still writes the others (csv, json) and exits 1', async () => {
    await writeFile(join(dir, 'empty.wav'), new Uint8Array(0));
    const csv = await run('predict', bundled, dir, '--format', 'csv', '--speaker', 'me');
    expect(csv.code).toBe(1);
    expect(csv.err.match(/empty\.wav: EMOCODE_[A-Z_]+: .+/g)).toHaveLength(1);
    const rows = csv.out.trim().split('\n');
    expect(rows[0]).toBe('path,speaker,label,p_angry,p_happy,p_neutral,p_sad,code0,code1,normalization,truth');
    expect(rows.slice(1).map((r) => r.split(',')[1])).toEqual(['me', 'me']);
    // Two files of one speaker are under the bundle's minimum (8): training statistics, said on stderr.
    expect(csv.err).toMatch(/normalisation: training statistics for all 2 files/);
    const json = await run('predict', bundled, dir, '--json');
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.out) as {
      predictions: { probabilities: Record<string, number>; code: number[] }[];
      failures: { name: string }[];
    };
    expect(doc.failures.map((f) => f.name)).toEqual(['empty.wav']);
    for (const p of doc.predictions) {
      expect(Object.values(p.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(p.code).toHaveLength(2);
    }
  });

  it('says what to pass when the bundle is not one', async () => {
    const r = await run('predict', dir, join(dir, 'one.wav'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/EMOCODE_NOT_FOUND: loadModel: .*bundle\.json does not exist\. Pass a bundle folder/);
  });
});

describe.skipIf(!hasRavdess)('emocode train --corpus, then emocode predict', () => {
  it('extracts a manifest corpus, trains, writes a bundle and predicts with it', async () => {
    const emotions: Record<string, string> = { '01': 'neutral', '05': 'angry' };
    const lines = [1, 2, 3].flatMap((a) => {
      const actor = String(a).padStart(2, '0');
      return Object.entries(emotions).flatMap(([code, label]) =>
        ['01', '02'].map((rep) => `${ravdessWavs}/Actor_${actor}/03-01-${code}-01-01-${rep}-${actor}.wav,actor${actor},${label}`),
      );
    });
    const manifest = join(dir, 'corpus.csv');
    await writeFile(manifest, `path,speaker,label\n${lines.join('\n')}\n`);
    const out = join(dir, 'run');
    const train = await run(
      'train',
      '--corpus',
      manifest,
      '--out',
      out,
      '--hidden',
      '8,8',
      '--epochs',
      '2',
      '--cv-folds',
      '3',
      '--min-speaker-files',
      '4',
      '--json',
    );
    expect(train.code, train.err).toBe(0);
    const summary = JSON.parse(train.out) as { rows: number; bundle: { classifier: string; dir: string } };
    expect(summary.rows).toBe(12);
    const predicted = await run('predict', summary.bundle.dir, manifest, '--json');
    expect(predicted.code, predicted.err).toBe(0);
    const doc = JSON.parse(predicted.out) as { predictions: { normalization: string; truth: string }[]; notes: { accuracy: string } };
    expect(doc.predictions.map((p) => p.normalization)).toEqual(Array(12).fill('per-speaker'));
    expect(doc.notes.accuracy).toMatch(/UAR [\d.]+ %/);
  }, 300_000);
});
