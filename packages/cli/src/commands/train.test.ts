import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng } from '@emocode/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../testing/run-cli.js';

const classes = ['angry', 'happy', 'neutral', 'sad'];
const dims = 30;
const perClass = 20;
const tiny = ['--hidden', '8,8', '--batch-size', '16', '--seed', '1'];
let dir: string;

/** 4 classes x 20 rows x 30 features, class c shifted by c along its own features; 2 speakers. */
async function writeTinyTables(): Promise<void> {
  const rng = createRng(7);
  const header = `name;frameTime;${Array.from({ length: dims }, (_, j) => `f${j}`).join(';')}`;
  const rows: string[] = [];
  const labels = ['name,speaker,label'];
  classes.forEach((label, c) => {
    for (let i = 0; i < perClass; i++) {
      const name = `s${i % 2}/${label}-${i}.wav`;
      const values = Array.from({ length: dims }, (_, j) => (rng.normal() + (j % 4 === c ? 3 : 0)).toExponential(6));
      rows.push(`'${name}';0.000000;${values.join(';')}`);
      labels.push(`${name},s${i % 2},${label}`);
    }
  });
  await writeFile(join(dir, 'f.csv'), `${[header, ...rows].join('\n')}\n`);
  await writeFile(join(dir, 'labels.csv'), `${labels.join('\n')}\n`);
}

beforeAll(async () => {
  process.env['EMOCODE_BACKEND'] = 'cpu';
  dir = await mkdtemp(join(tmpdir(), 'emocode-train-'));
  await writeTinyTables();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function lossRows(csv: string): number[][] {
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(0, 4).map(Number));
}

describe('emocode train / synthesize', () => {
  it('refuses a file as --out, and trains again into a finished --out only with --force', { timeout: 20_000 }, async () => {
    const base = ['train', '--features', join(dir, 'f.csv'), '--labels', join(dir, 'labels.csv'), ...tiny, '--epochs', '1'];
    await writeFile(join(dir, 'notes.txt'), 'mine\n');
    const file = await run(...base, '--out', join(dir, 'notes.txt'));
    expect(file.err).toBe(
      `EMOCODE_INVALID_OPTIONS: emocode train: --out ${join(dir, 'notes.txt')} is a file; name a folder (it is made when missing).\n`,
    );
    const out = join(dir, 'forced');
    expect((await run(...base, '--out', out)).code).toBe(0);
    const forced = await run(...base, '--out', out, '--seed', '2', '--force', '--json');
    expect(forced.code, forced.err).toBe(0);
    expect(JSON.parse(await readFile(join(out, 'summary.json'), 'utf8')).seed).toBe(2);
    expect(existsSync(join(out, 'model/model.json'))).toBe(true);
  });

  it('trains, writes every output, resumes from the checkpoint and synthesizes', { timeout: 20_000 }, async () => {
    const out = join(dir, 'run');
    const base = ['train', '--features', join(dir, 'f.csv'), '--labels', join(dir, 'labels.csv'), '--out', out, ...tiny];
    const first = await run(...base, '--epochs', '2', '--json');
    expect(first.code, first.err).toBe(0);
    for (const f of [
      'losses.csv',
      'loss-curves.svg',
      'loss-curves.png',
      'codes-train.svg',
      'codes-train.png',
      'model/model.json',
      'standardizer.json',
      'summary.json',
      'codes-train.csv',
      'checkpoint/model.json',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const summary = JSON.parse(first.out) as { rows: number; dims: number; classes: string[]; epochs: number };
    expect([summary.rows, summary.dims, summary.classes, summary.epochs]).toEqual([80, dims, classes, 2]);
    expect(await readFile(join(out, 'codes-train.svg'), 'utf8')).toMatch(/training codes \(2-D\)/);

    const before = lossRows(await readFile(join(out, 'losses.csv'), 'utf8'));
    const resumed = await run(...base, '--epochs', '3', '--resume', '--json');
    expect(resumed.code, resumed.err).toBe(0);
    expect((JSON.parse(resumed.out) as { epochs: number }).epochs).toBe(3);
    const losses = lossRows(await readFile(join(out, 'losses.csv'), 'utf8'));
    expect(losses.map((r) => r[0])).toEqual([1, 2, 3]);
    expect(losses.slice(0, 2)).toEqual(before);
    expect(losses.flat().every(Number.isFinite)).toBe(true);
    expect(losses[0]![1]).toBeGreaterThan(0);

    const again = await run(...base, '--epochs', '2');
    expect([again.code, again.err]).toEqual([
      1,
      `EMOCODE_INVALID_OPTIONS: emocode train: --out ${out} already holds a result (summary.json); pass --force to replace it, or choose another --out. --resume continues its training.\n`,
    ]);
    expect(lossRows(await readFile(join(out, 'losses.csv'), 'utf8'))).toEqual(losses);

    const csv = join(dir, 'syn.csv');
    const syn = await run('synthesize', '--model', out, '--per-class', '5', '--out', csv, '--seed', '2', '--json');
    expect(syn.code, syn.err).toBe(0);
    const lines = (await readFile(csv, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe(`name;frameTime;${Array.from({ length: dims }, (_, j) => `f${j}`).join(';')}`);
    expect(lines).toHaveLength(1 + 5 * classes.length);
    const labels = (await readFile(join(dir, 'syn.labels.csv'), 'utf8')).trim().split('\n');
    expect(labels[0]).toBe('name,speaker,label');
    expect(labels.slice(1).map((l) => l.split(',')[2])).toEqual(classes.flatMap((c) => Array<string>(5).fill(c)));
    const codes = (await readFile(join(out, 'codes-train.csv'), 'utf8')).trim().split('\n');
    expect([codes[0], codes.length, codes[1]?.split(',')[1]]).toEqual(['name,label,code0,code1', 81, 'angry']);
    const prior = await run(
      'synthesize',
      '--model',
      out,
      '--per-class',
      '5',
      '--out',
      join(dir, 'prior.csv'),
      '--seed',
      '2',
      '--from',
      'prior',
    );
    expect(prior.code, prior.err).toBe(0);
    const priorLines = (await readFile(join(dir, 'prior.csv'), 'utf8')).trim().split('\n');
    expect(priorLines).toHaveLength(21);
    expect(priorLines[1]).not.toBe(lines[1]);
    const table = await run('table', csv, '--labels', join(dir, 'syn.labels.csv'), '--json');
    expect(JSON.parse(table.out)).toMatchObject({ rows: 20, features: dims, labels: { angry: 5, happy: 5, neutral: 5, sad: 5 } });
  });

  it('plots the first two dims of a 3-D code and says so', async () => {
    const out = join(dir, 'run3');
    const r = await run(
      'train',
      '--features',
      join(dir, 'f.csv'),
      '--labels',
      join(dir, 'labels.csv'),
      '--out',
      out,
      '--code-size',
      '3',
      '--epochs',
      '1',
      '--normalization',
      'global',
      ...tiny,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/trained AAE d=3 on 80 rows x 30 features \(angry, happy, neutral, sad\), 1 epochs/);
    expect(await readFile(join(out, 'codes-train.svg'), 'utf8')).toMatch(/first 2 of 3 code dims/);
    const scaler = JSON.parse(await readFile(join(out, 'standardizer.json'), 'utf8')) as {
      normalization: string;
      mean: number[];
      names: string[];
    };
    expect([scaler.normalization, scaler.mean.length, scaler.names[29]]).toEqual(['global', 30, 'f29']);
  });

  it('says which input is wrong: missing file, unknown class, missing model', async () => {
    const missing = await run('train', '--features', join(dir, 'nope.csv'), '--labels', join(dir, 'labels.csv'), '--out', join(dir, 'x'));
    expect([missing.code, missing.err]).toEqual([1, expect.stringMatching(/^EMOCODE_NOT_FOUND: .*nope\.csv/)]);
    const unknown = await run(
      'train',
      '--features',
      join(dir, 'f.csv'),
      '--labels',
      join(dir, 'labels.csv'),
      '--classes',
      'angry,happy',
      '--out',
      join(dir, 'x'),
    );
    expect([unknown.code, unknown.err]).toEqual([1, expect.stringMatching(/label must be one of angry, happy, got "neutral"/)]);
    const noLabels = await run('train', '--features', join(dir, 'f.csv'));
    expect([noLabels.code, noLabels.err]).toEqual([
      1,
      expect.stringMatching(/^EMOCODE_INVALID_OPTIONS: emocode train: invalid options: labels/),
    ]);
    const noModel = await run('synthesize', '--model', join(dir, 'none'), '--per-class', '3', '--out', join(dir, 'y.csv'));
    expect([noModel.code, noModel.err]).toEqual([
      1,
      expect.stringMatching(/^EMOCODE_NOT_FOUND: emocode synthesize: --model must be a directory written by emocode train/),
    ]);
    const badOut = await run('synthesize', '--model', join(dir, 'run'), '--per-class', '3', '--out', join(dir, 'y.txt'));
    expect(badOut.err).toMatch(/^EMOCODE_INVALID_OPTIONS: emocode synthesize: invalid options: out: must end in \.csv/);
  });
});
