// Test helper: reads RAVDESS WAVs and the openSMILE reference tables (IS10 by default, eGeMAPS with
// `EGEMAPS_REFERENCE`) from the shared data.
import { readFileSync } from 'node:fs';
import { readWav } from '../io/read-wav.js';
import { sharedPath } from '../io/testing/shared-data.js';

/** Mono samples of `Actor_NN/<file>.wav` (NN = the last two digits of the file id). */
export function ravdessSamples(file: string): Float32Array {
  const actor = `Actor_${file.slice(-2)}`;
  const bytes = readFileSync(sharedPath('corpora', 'ravdess-speech-16k', actor, `${file}.wav`));
  return readWav(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).samples;
}

/** A reference folder under ../shared/reference and the name of its functionals CSV. */
export interface Reference {
  readonly folder: string;
  readonly functionals: string;
}

export const IS10_REFERENCE: Reference = { folder: 'opensmile-is10', functionals: 'ravdess-speech-16k.is10.csv' };
export const EGEMAPS_REFERENCE: Reference = { folder: 'opensmile-egemaps', functionals: 'ravdess-speech-16k.egemaps.csv' };

/** The reference LLD CSV of `<file>` as header names (without name/frameTime) and numeric rows. */
export function referenceLlds(file: string, reference: Reference = IS10_REFERENCE): { names: string[]; rows: Float64Array[] } {
  const lines = readFileSync(sharedPath('reference', reference.folder, 'lld', `${file}.lld.csv`), 'utf8')
    .trim()
    .split('\n');
  const names = lines[0].split(';').slice(2);
  return { names, rows: lines.slice(1).map((l) => Float64Array.from(l.split(';').slice(2).map(Number))) };
}

const functionalLines = new Map<Reference, string[]>();

/** Lines of a reference functionals CSV (IS10: 28 MB), read once per test file. */
function referenceFunctionalLines(reference: Reference = IS10_REFERENCE): string[] {
  let lines = functionalLines.get(reference);
  if (lines === undefined) {
    lines = readFileSync(sharedPath('reference', reference.folder, reference.functionals), 'utf8').split('\n');
    functionalLines.set(reference, lines);
  }
  return lines;
}

/** Header and the rows of the given instance names (e.g. 'Actor_01/03-01-01-01-01-01-01.wav'). */
export function referenceFunctionals(
  instances: readonly string[],
  reference: Reference = IS10_REFERENCE,
): { names: string[]; rows: Map<string, Float64Array> } {
  const lines = referenceFunctionalLines(reference);
  const names = lines[0].split(';').slice(2);
  const wanted = new Set(instances.map((i) => `'${i}'`));
  const rows = new Map<string, Float64Array>();
  for (const line of lines.slice(1)) {
    const cut = line.indexOf(';');
    const key = line.slice(0, cut);
    if (wanted.has(key)) rows.set(key.slice(1, -1), Float64Array.from(line.split(';').slice(2).map(Number)));
  }
  return { names, rows };
}

/** Instance names of every row of the reference functionals CSV, in file order. */
export function referenceInstances(): string[] {
  return referenceFunctionalLines()
    .slice(1)
    .filter((l) => l.length > 0)
    .map((l) => l.slice(1, l.indexOf(';') - 1));
}

/** |ours − ref| / max(|ref|, 1e-3), the agreement measure of IS10_SPEC.md §11. */
export const relativeError = (ours: number, ref: number): number => Math.abs(ours - ref) / Math.max(Math.abs(ref), 1e-3);
