import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EmocodeError } from '../errors.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** What emocode records beside each file it writes: the content's hash and what made it. */
export interface Provenance {
  readonly writtenBy: 'emocode';
  readonly sha256: string;
  readonly [detail: string]: unknown;
}

/** The record beside `file`: `<file>.emocode.json`. */
export function provenancePath(file: string): string {
  return `${file}.emocode.json`;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The record beside `file` when emocode wrote the file as it is now (the record exists and the
 * content's hash matches it), else undefined: a file replaced or edited since is not emocode's.
 */
export async function readProvenance(file: string): Promise<Provenance | undefined> {
  const record = await readFile(provenancePath(file), 'utf8').then(
    (t) => JSON.parse(t) as Provenance,
    () => undefined,
  );
  if (record?.writtenBy !== 'emocode') return undefined;
  const content = await readFile(file).catch(() => undefined);
  return content !== undefined && sha256(content) === record.sha256 ? record : undefined;
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = (p: string) => realpath(p).catch(() => resolve(p));
  return (await real(a)) === (await real(b));
}

/** Where an output goes and what it must not replace. */
export interface OutputCheck {
  /** Files the command reads: never replaced, even with `force`. */
  readonly inputs?: readonly string[];
  /** Replace an existing file that emocode did not write (or, for a folder, one that holds a finished result). */
  readonly force?: boolean;
  /** Prefix of error messages, e.g. `emocode features extract`. */
  readonly context: string;
  /** The option that names the output, e.g. `--out`. */
  readonly option?: string;
  /** Said after a refusal, e.g. how to continue instead of replacing. */
  readonly hint?: string;
}

/**
 * Refuses an output file path that is a folder, one of the inputs, or an existing file that
 * emocode did not write (no matching `<file>.emocode.json`) unless `force`.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS naming the path and the fix.
 */
export async function checkOutputFile(path: string, check: OutputCheck): Promise<void> {
  const option = check.option ?? '--out';
  for (const input of check.inputs ?? []) {
    if (await samePath(path, input)) {
      throw new EmocodeError(
        'EMOCODE_INVALID_OPTIONS',
        `${check.context}: ${option} ${path} is also an input; an output never replaces an input. Choose another ${option}.`,
      );
    }
  }
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return;
  if (info.isDirectory()) {
    throw new EmocodeError(
      'EMOCODE_INVALID_OPTIONS',
      `${check.context}: ${option} ${path} is a folder; name a file, e.g. ${join(path, 'out.csv')}.`,
    );
  }
  if (!check.force && (await readProvenance(path)) === undefined) {
    throw new EmocodeError(
      'EMOCODE_INVALID_OPTIONS',
      `${check.context}: ${option} ${path} exists and emocode did not write it (or it changed since); pass --force to replace it, or choose another ${option}.`,
    );
  }
}

/**
 * Refuses an output folder path that is a file, or a folder holding something: `finished`
 * (a file emocode writes last, e.g. `summary.json`) unless `force`, anything else unless
 * `force` too (the folder is not one emocode made).
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS naming the path and the fix.
 */
export async function checkOutputFolder(path: string, check: OutputCheck & { finished: string }): Promise<void> {
  const option = check.option ?? '--out';
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return;
  if (!info.isDirectory()) {
    throw new EmocodeError(
      'EMOCODE_INVALID_OPTIONS',
      `${check.context}: ${option} ${path} is a file; name a folder (it is made when missing).`,
    );
  }
  if (check.force || (await readdir(path)).length === 0) return;
  const finished = await stat(join(path, check.finished)).catch(() => undefined);
  throw new EmocodeError(
    'EMOCODE_INVALID_OPTIONS',
    finished
      ? `${check.context}: ${option} ${path} already holds a result (${check.finished}); pass --force to replace it, or choose another ${option}.${check.hint ? ` ${check.hint}` : ''}`
      : `${check.context}: ${option} ${path} holds files but no finished result (${check.finished}); pass --force to write into it, or choose another ${option}.${check.hint ? ` ${check.hint}` : ''}`,
  );
}

/**
 * Writes `data` atomically, then its provenance record (`details` plus the content's hash),
 * so a later run knows the file is emocode's to replace.
 */
export async function writeOutputFile(path: string, data: string | Uint8Array, details: Record<string, unknown> = {}): Promise<void> {
  await writeFileAtomic(path, data);
  const record: Provenance = { writtenBy: 'emocode', ...details, sha256: sha256(data) };
  await writeFileAtomic(provenancePath(path), `${JSON.stringify(record, null, 2)}\n`);
}
