import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EmocodeError } from '@emocode/core';
import { createProgress } from '@emocode/core/node';

/** Options of downloadFile. */
export interface DownloadOptions {
  /** Expected md5 (hex); on mismatch the file is deleted and the call throws. */
  md5: string;
  /** Label of the progress bar (stderr). */
  label?: string;
  /** Where the progress bar writes; defaults to stderr. */
  progressStream?: NodeJS.WriteStream;
}

/**
 * Downloads `url` to `dest` with a progress bar, checking its md5. Data go to `dest.part`
 * first and are renamed only after the checksum matches, so `dest` is complete or absent.
 * @throws EmocodeError EMOCODE_DOWNLOAD for connection errors, HTTP errors and checksum mismatch.
 * @example await downloadFile(RAVDESS_SOURCE.url, 'data/corpora/ravdess.zip', { md5: RAVDESS_SOURCE.md5 })
 */
export async function downloadFile(url: string, dest: string, options: DownloadOptions): Promise<void> {
  const response = await request(url);
  const part = `${dest}.part`;
  await mkdir(dirname(dest), { recursive: true });
  const total = Number(response.headers.get('content-length') ?? 0);
  const progress = createProgress({
    label: options.label ?? 'download',
    total: Math.ceil(total / 2 ** 20),
    unit: 'MiB',
    stream: options.progressStream,
  });
  const hash = createHash('md5');
  let bytes = 0;
  let reportedMiB = 0;
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
    const mib = Math.floor(bytes / 2 ** 20);
    if (mib > reportedMiB) progress.tick(mib - reportedMiB);
    reportedMiB = Math.max(mib, reportedMiB);
  });
  try {
    await pipeline(body, createWriteStream(part));
  } catch (error) {
    await rm(part, { force: true });
    throw new EmocodeError(
      'EMOCODE_DOWNLOAD',
      `downloadFile: the download of ${url} broke off after ${bytes} bytes (${String(error)}). Run the command again.`,
      { cause: error },
    );
  }
  progress.tick(Math.ceil(bytes / 2 ** 20) - reportedMiB);
  progress.done();
  const md5 = hash.digest('hex');
  if (md5 !== options.md5) {
    await rm(part, { force: true });
    throw new EmocodeError(
      'EMOCODE_DOWNLOAD',
      `downloadFile: the md5 of ${url} must be ${options.md5}, got ${md5} (${bytes} bytes); the file was deleted. Run again, or download it by hand and check it.`,
    );
  }
  await rename(part, dest);
}

async function request(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? String(error);
    throw new EmocodeError(
      'EMOCODE_DOWNLOAD',
      `downloadFile: could not connect to ${url} (${why}). Check the network, or download the file by hand.`,
      { cause: error },
    );
  }
  if (!response.ok || !response.body) {
    throw new EmocodeError(
      'EMOCODE_DOWNLOAD',
      `downloadFile: ${url} must answer 200, got ${response.status} ${response.statusText}. Check the URL, or download the file by hand.`,
    );
  }
  return response;
}
