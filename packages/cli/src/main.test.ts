import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './testing/run-cli.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const reference = resolve(repoRoot, '../shared/reference/opensmile-is10/ravdess-speech-16k.is10.csv');
const sharedRavdess = resolve(repoRoot, '../shared/corpora/ravdess-speech-16k');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emocode-cli-'));
  for (const [actor, file] of [
    ['Actor_01', '03-01-05-01-01-01-01.wav'],
    ['Actor_01', '03-01-04-01-01-01-01.wav'],
    ['Actor_02', '03-01-05-01-01-01-02.wav'],
  ] as const) {
    await mkdir(join(dir, 'ravdess', actor), { recursive: true });
    await writeFile(join(dir, 'ravdess', actor, file), '');
  }
  await writeFile(
    join(dir, 'f.csv'),
    "name;frameTime;a;b\n'Actor_01/03-01-05-01-01-01-01.wav';0;1;2\n'Actor_01/03-01-04-01-01-01-01.wav';0;3;4\n'Actor_02/03-01-05-01-01-01-02.wav';0;5;6\n",
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('emocode', () => {
  it('lists commands and shows per-command help', async () => {
    expect((await run('--help')).out).toMatch(/Commands:\n {2}corpus .*\n {2}table /);
    const help = await run('table', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: emocode table <features\.csv> \[options\]/);
    expect(help.out).toMatch(/--json +print one JSON document/);
  });

  it('prints CODE: message and exits 1 for bad commands and options; stack only with --debug', async () => {
    const unknown = await run('train-everything');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(
      /^EMOCODE_INVALID_OPTIONS: emocode: the command must be one of corpus, table, .*got "train-everything"\. Run emocode --help\.\n$/,
    );
    expect((await run('table', 'x.csv', '--colour')).err).toMatch(
      /^EMOCODE_INVALID_OPTIONS: emocode table: Unknown option '--colour'.* See emocode table --help\.\n$/s,
    );
    expect((await run('table')).err).toMatch(/expected 1 argument\(s\) \(<features\.csv>\), got 0/);
    const missing = await run('table', join(dir, 'none.csv'));
    expect(missing.err).toMatch(/^EMOCODE_NOT_FOUND: .*none\.csv does not exist/);
    expect(missing.err).not.toMatch(/\n\s+at /);
    expect((await run('table', join(dir, 'none.csv'), '--debug')).err).toMatch(/\n\s+at /);
  });

  it('corpus --root --labels-out, then table --labels joins them', async () => {
    const labels = join(dir, 'labels.csv');
    const corpus = await run('corpus', 'ravdess', '--root', join(dir, 'ravdess'), '--labels-out', labels, '--json');
    expect(corpus.code).toBe(0);
    expect(JSON.parse(corpus.out)).toMatchObject({ utterances: 3, speakers: 2, labels: { angry: 2, sad: 1 } });
    expect((await readFile(labels, 'utf8')).split('\n')[1]).toBe(
      'Actor_01/03-01-04-01-01-01-01.wav,Actor_01,sad,Actor_01,male,normal,01,01',
    );
    const table = await run('table', join(dir, 'f.csv'), '--labels', labels, '--json');
    expect(JSON.parse(table.out)).toEqual({ file: join(dir, 'f.csv'), rows: 3, features: 2, labels: { angry: 2, sad: 1 }, groups: 2 });
    const text = await run('table', join(dir, 'f.csv'), '--labels', labels, '--classes', 'angry,happy');
    expect([text.code, text.err]).toEqual([
      1,
      `EMOCODE_PARSE_ERROR: joinLabels: ${labels}:2:3: label must be one of angry, happy, got "sad". Drop that row or widen the classes.\n`,
    ]);
  });

  it.skipIf(!existsSync(sharedRavdess) || !existsSync(reference))('done-when: RAVDESS and the IS10 reference join', async () => {
    const labels = join(dir, 'ravdess-labels.csv');
    const all = JSON.parse((await run('corpus', 'ravdess', '--offline', '--labels-out', labels, '--json')).out);
    expect([all.utterances, all.speakers, Object.keys(all.labels).length]).toEqual([1440, 24, 8]);
    expect(JSON.parse((await run('corpus', 'ravdess', '--offline', '--classes', 'angry,happy,neutral,sad', '--json')).out).utterances).toBe(
      672,
    );
    const table = JSON.parse((await run('table', reference, '--labels', labels, '--json')).out);
    expect([table.rows, table.features, table.groups, table.labels.neutral]).toEqual([1440, 1582, 24, 96]);
  });
});
