import { readFile } from 'node:fs/promises';
import { EmocodeError } from '@emocode/core';

/**
 * Reads codes-train.csv (written by `emocode train`) as `aroundCodes` input: codes row-major
 * `rows x codeSize`, labels as indices into `classes`.
 * @throws EmocodeError EMOCODE_NOT_FOUND without the file; EMOCODE_PARSE_ERROR for a label outside `classes` or a bad value.
 */
export async function readTrainingCodes(
  path: string,
  classes: readonly string[],
  codeSize: number,
): Promise<{ codes: Float32Array<ArrayBuffer>; labels: Int32Array<ArrayBuffer> }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `emocode synthesize: --from codes needs ${path}, got none. Retrain with this emocode version or pass --from prior.`,
      { cause: error },
    );
  }
  const lines = text.trim().split('\n').slice(1);
  const codes = new Float32Array(lines.length * codeSize);
  const labels = new Int32Array(lines.length);
  lines.forEach((line, i) => {
    // Names are JSON-quoted and may hold commas, so the label and codes are read from the right.
    const cells = line.split(',');
    const values = cells.slice(-codeSize).map(Number);
    const label = classes.indexOf(cells[cells.length - codeSize - 1] ?? '');
    if (label < 0 || values.some((v) => !Number.isFinite(v))) {
      throw new EmocodeError(
        'EMOCODE_PARSE_ERROR',
        `emocode synthesize: ${path}:${i + 2} must hold a label of ${classes.join(', ')} and ${codeSize} finite codes, got "${line}".`,
      );
    }
    labels[i] = label;
    codes.set(values, i * codeSize);
  });
  return { codes, labels };
}
