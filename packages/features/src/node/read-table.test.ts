import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { metaStrings } from '@emocode/core';
import { formatOpensmileCsv } from '../table/format-opensmile-csv.js';
import { readFeatureTable, readOpensmileCsv } from './read-table.js';
import { writeLabelsCsv, writeOpensmileCsv } from './write-table.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../../..');
const reference = resolve(repoRoot, '../shared/reference/opensmile-is10/ravdess-speech-16k.is10.csv');
const dir = await mkdtemp(join(tmpdir(), 'emocode-table-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readFeatureTable', () => {
  it('writes and reads back a table with labels joined', async () => {
    const csv = join(dir, 'f.csv');
    const labels = join(dir, 'l.csv');
    await writeOpensmileCsv(csv, { ids: ['A/1.wav', 'A/2.wav'], names: ['f0', 'f1'], data: Float32Array.from([1, 0.5, 2, 0.25]) });
    await writeLabelsCsv(labels, { name: ['A/2.wav', 'A/1.wav'], speaker: ['A', 'A'], label: ['sad', 'angry'] });
    const t = await readFeatureTable(csv, { labels });
    expect(metaStrings(t, 'label')).toEqual(['angry', 'sad']);
    expect(metaStrings(t, 'group')).toEqual(['A', 'A']);
    expect(Array.from(t.data)).toEqual([1, 0.5, 2, 0.25]);
  });

  it('names a missing file', async () => {
    await expect(readFeatureTable(join(dir, 'nope.csv'))).rejects.toThrow(/the features CSV .*nope\.csv does not exist/);
    await expect(readFeatureTable(join(dir, 'f.csv'), { labels: join(dir, 'nol.csv') })).rejects.toThrow(
      /the labels CSV .*nol\.csv does not exist/,
    );
  });

  it.skipIf(!existsSync(reference))('reads the 1440 x 1582 IS10 reference and re-formats it byte for byte', async () => {
    const p = await readOpensmileCsv(reference);
    expect(p.ids.length).toBe(1440);
    expect(p.names.length).toBe(1582);
    expect(p.ids[0]).toBe('Actor_01/03-01-01-01-01-01-01.wav');
    const text = await readFile(reference, 'utf8');
    const firstRows = text.split('\n').slice(0, 21).join('\n');
    const again = formatOpensmileCsv({ ids: p.ids.slice(0, 20), names: p.names, data: p.data.subarray(0, 20 * 1582) });
    expect(again.trimEnd()).toBe(firstRows);
  });
});
