// Times the openSMILE CSV reader on the IS10 reference (1440 x 1582) and on a seeded
// 5000 x 1582 table, next to a naive split/parseFloat baseline. Run: pnpm --filter @emocode/features bench
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { createRng } from '@emocode/core';
import { formatOpensmileCsv } from '../src/table/format-opensmile-csv.js';
import { parseOpensmileCsv } from '../src/table/parse-opensmile-csv.js';

const reference = resolve(fileURLToPath(import.meta.url), '../../../../../shared/reference/opensmile-is10/ravdess-speech-16k.is10.csv');

function seededCsv(rows: number, dims: number): string {
  const rng = createRng(1);
  const data = new Float32Array(rows * dims);
  for (let i = 0; i < data.length; i++) data[i] = i % 7 === 0 ? rng.int(500) : rng.normal() * 10 ** (rng.int(8) - 4);
  const ids = Array.from({ length: rows }, (_, i) => `Actor_${i % 24}/${i}.wav`);
  return formatOpensmileCsv({ ids, names: Array.from({ length: dims }, (_, j) => `f${j}`), data });
}

function naive(text: string): number {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(';').slice(2).map(parseFloat)).length;
}

const large = seededCsv(5000, 1582);
const ref = existsSync(reference) ? readFileSync(reference, 'utf8') : undefined;

describe('parseOpensmileCsv', () => {
  if (ref) bench('IS10 reference 1440 x 1582', () => void parseOpensmileCsv(ref), { iterations: 5 });
  bench('seeded 5000 x 1582', () => void parseOpensmileCsv(large), { iterations: 3 });
  bench('baseline: split + parseFloat, 5000 x 1582', () => void naive(large), { iterations: 3 });
});
