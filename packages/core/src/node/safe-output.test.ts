import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutputFile, checkOutputFolder, readProvenance, writeOutputFile } from './safe-output.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emocode-safe-output-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('checkOutputFile / writeOutputFile', () => {
  it('replaces only files emocode wrote and that did not change since, never an input', async () => {
    const out = join(dir, 'table.csv');
    const check = (force = false) => checkOutputFile(out, { context: 'test', force, inputs: [join(dir, 'in.wav')] });
    await expect(check()).resolves.toBeUndefined();
    await writeOutputFile(out, 'a;b\n', { kind: 'test' });
    expect(await readProvenance(out)).toMatchObject({ writtenBy: 'emocode', kind: 'test' });
    await expect(check()).resolves.toBeUndefined();
    await writeFile(out, 'edited by hand\n');
    await expect(check()).rejects.toThrow(/table\.csv exists and emocode did not write it \(or it changed since\); pass --force/);
    await expect(check(true)).resolves.toBeUndefined();
    await writeFile(join(dir, 'in.wav'), 'RIFF');
    await expect(
      checkOutputFile(join(dir, '.', 'in.wav'), { context: 'test', force: true, inputs: [join(dir, 'in.wav')] }),
    ).rejects.toThrow(/is also an input; an output never replaces an input/);
    await expect(checkOutputFile(dir, { context: 'test' })).rejects.toThrow(/is a folder; name a file/);
    expect(await readFile(join(dir, 'in.wav'), 'utf8')).toBe('RIFF');
  });
});

describe('checkOutputFolder', () => {
  it('refuses a file, a finished result without force, and a folder of other files', async () => {
    const folder = join(dir, 'run');
    const check = (force = false) => checkOutputFolder(folder, { context: 'test', force, finished: 'summary.json' });
    await expect(check()).resolves.toBeUndefined();
    await mkdir(folder);
    await expect(check()).resolves.toBeUndefined();
    await writeFile(join(folder, 'notes.txt'), 'x');
    await expect(check()).rejects.toThrow(/holds files but no finished result \(summary\.json\); pass --force/);
    await writeFile(join(folder, 'summary.json'), '{}');
    await expect(check()).rejects.toThrow(/already holds a result \(summary\.json\); pass --force to replace it/);
    await expect(check(true)).resolves.toBeUndefined();
    await expect(checkOutputFolder(join(folder, 'notes.txt'), { context: 'test', finished: 'summary.json' })).rejects.toThrow(
      /is a file; name a folder/,
    );
  });
});
