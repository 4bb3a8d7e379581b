import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../load-corpus.js';
import { makeZip } from './__fixtures__/make-zip.js';
import { downloadFile } from './download-file.js';
import { downloadRavdess } from './download-ravdess.js';
import { extractZip } from './extract-zip.js';
import { readZip } from './read-zip.js';

const zip = makeZip({
  'Actor_01/03-01-01-01-01-01-01.wav': 'RIFF-fake-1',
  'Actor_01/03-01-05-02-01-01-01.wav': Buffer.alloc(5000, 7),
  'Actor_02/03-01-04-01-02-02-02.wav': 'RIFF-fake-3',
});
const md5 = createHash('md5').update(zip).digest('hex');
let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emocode-download-'));
  server = createServer((req, res) => {
    if (req.url === '/ravdess.zip') res.writeHead(200, { 'content-length': zip.length }).end(zip);
    else res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  // Bounded: the server never outlives the suite, even if afterAll does not run.
  setTimeout(() => server.close(), 30_000).unref();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});

describe('readZip / extractZip', () => {
  it('reads stored and deflated entries', async () => {
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toHaveLength(3);
    expect(entries[0]!.data().toString()).toBe('RIFF-fake-1');
    expect(entries[1]!.data()).toEqual(Buffer.alloc(5000, 7));
    const path = join(dir, 'x.zip');
    await writeFile(path, zip);
    expect(await extractZip(path, join(dir, 'x'))).toBe(3);
    expect(await readFile(join(dir, 'x', 'Actor_02', '03-01-04-01-02-02-02.wav'), 'utf8')).toBe('RIFF-fake-3');
  });

  it('rejects a file that is not a zip and entries escaping the folder', async () => {
    expect(() => readZip(Buffer.from('not a zip at all, just text padding it out'), 'a.zip')).toThrow(/a\.zip must be a zip archive/);
    const path = join(dir, 'evil.zip');
    await writeFile(path, makeZip({ '../evil.txt': 'x' }));
    await expect(extractZip(path, join(dir, 'evil'))).rejects.toThrow(/must stay inside/);
  });
});

describe('downloadFile', () => {
  it('downloads with a matching checksum', async () => {
    const dest = join(dir, 'ok.zip');
    await downloadFile(`${base}/ravdess.zip`, dest, { md5 });
    expect(await readFile(dest)).toEqual(zip);
  });

  it('deletes the file on a checksum mismatch and says so', async () => {
    const dest = join(dir, 'bad.zip');
    await expect(downloadFile(`${base}/ravdess.zip`, dest, { md5: '0'.repeat(32) })).rejects.toThrow(
      new RegExp(`md5 of .* must be 0{32}, got ${md5} \\(${zip.length} bytes\\); the file was deleted`),
    );
    expect(existsSync(dest) || existsSync(`${dest}.part`)).toBe(false);
  });

  it('reports 404 and refused connections clearly', async () => {
    await expect(downloadFile(`${base}/missing.zip`, join(dir, 'm.zip'), { md5 })).rejects.toThrow(/must answer 200, got 404 Not Found/);
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    await expect(downloadFile(`http://127.0.0.1:${port}/x.zip`, join(dir, 'r.zip'), { md5 })).rejects.toThrow(
      expect.objectContaining({ code: 'EMOCODE_DOWNLOAD', message: expect.stringMatching(/could not connect to .*ECONNREFUSED/) }),
    );
  });
});

describe('downloadRavdess', () => {
  it('unpacks into <corpora>/ravdess, removes the zip, and loadCorpus then finds it', async () => {
    const repo = join(dir, 'repo');
    const root = await downloadRavdess(join(repo, 'data', 'corpora'), { url: `${base}/ravdess.zip`, md5 });
    expect(root).toBe(join(repo, 'data', 'corpora', 'ravdess'));
    expect(await readdir(join(repo, 'data', 'corpora'))).toEqual(['ravdess']);
    const corpus = await loadCorpus('ravdess', { repoRoot: repo, dataDir: join(dir, 'empty'), download: false });
    expect(corpus.root).toBe(root);
    expect(corpus.utterances.map((u) => `${u.speaker}:${u.label}`)).toEqual(['Actor_01:neutral', 'Actor_01:angry', 'Actor_02:sad']);
  });
});
