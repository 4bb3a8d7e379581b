import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportMarkdown } from '../report/report-markdown.js';
import { writeReport } from './write-report.js';

const systems = [{ name: 'a', uar: [0.5, 0.7], wa: [0.6, 0.6] }];
const dir = await mkdtemp(path.join(tmpdir(), 'emocode-report-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('writeReport', () => {
  it('writes the three formats and leaves no temporary files', async () => {
    const files = await writeReport(path.join(dir, 'run'), { systems }, 'uar');
    expect(files.map((f) => path.basename(f))).toEqual(['uar.csv', 'uar.json', 'uar.md']);
    expect((await readdir(path.join(dir, 'run'))).sort()).toEqual(['uar.csv', 'uar.json', 'uar.md']);
    expect(await readFile(files[2]!, 'utf8')).toBe(reportMarkdown({ systems }));
  });

  it('writes nothing for invalid input', async () => {
    await expect(writeReport(path.join(dir, 'bad'), { systems, baseline: 'b' })).rejects.toThrow(/baseline/);
    await expect(readdir(path.join(dir, 'bad'))).rejects.toThrow(/ENOENT/);
  });
});
