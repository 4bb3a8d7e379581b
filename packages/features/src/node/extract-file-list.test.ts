import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listExtractInputs, shardInputs } from './extract-file-list.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'emocode-list-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function tree(): Promise<string> {
  const dir = await tempDir();
  for (const f of ['Actor_02/b.wav', 'Actor_01/z.WAV', 'Actor_01/a.wav', 'notes.txt', 'Actor_10/c.wav']) {
    await mkdir(join(dir, f, '..'), { recursive: true });
    await writeFile(join(dir, f), '');
  }
  return dir;
}

describe('listExtractInputs', () => {
  it('walks a folder for *.wav and names files relative to it, sorted', async () => {
    const dir = await tree();
    const { root, files } = await listExtractInputs([dir]);
    expect(root).toBe(dir);
    expect(files.map((f) => f.name)).toEqual(['Actor_01/a.wav', 'Actor_01/z.WAV', 'Actor_02/b.wav', 'Actor_10/c.wav']);
    expect(files[0]?.path).toBe(join(dir, 'Actor_01/a.wav'));
  });

  it('uses the common folder of single files, or an explicit root', async () => {
    const dir = await tree();
    const inputs = [join(dir, 'Actor_02/b.wav'), join(dir, 'Actor_01/a.wav')];
    expect((await listExtractInputs(inputs)).files.map((f) => f.name)).toEqual(['Actor_01/a.wav', 'Actor_02/b.wav']);
    expect((await listExtractInputs([join(dir, 'Actor_01')], dir)).files.map((f) => f.name)).toEqual(['Actor_01/a.wav', 'Actor_01/z.WAV']);
  });

  it('rejects missing inputs, empty folders and files outside the root', async () => {
    const dir = await tree();
    await expect(listExtractInputs([join(dir, 'nope')])).rejects.toThrow(/does not exist/);
    await mkdir(join(dir, 'empty'));
    await expect(listExtractInputs([join(dir, 'empty')])).rejects.toThrow(/got none/);
    await expect(listExtractInputs([join(dir, 'Actor_01')], join(dir, 'Actor_02'))).rejects.toThrow(/inside the root/);
  });
});

describe('shardInputs', () => {
  it('cuts contiguous blocks that concatenate to the whole list', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const shards = [0, 1, 2].map((index) => shardInputs(items, { index, count: 3 }));
    expect(shards).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8, 9],
    ]);
    expect(shardInputs([1], { index: 1, count: 2 })).toEqual([1]);
    expect(shardInputs([1], { index: 0, count: 2 })).toEqual([]);
  });
});
