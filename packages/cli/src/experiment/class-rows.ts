import { EmocodeError } from '@emocode/core';

function counts(labels: readonly string[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const l of labels) n.set(l, (n.get(l) ?? 0) + 1);
  return n;
}

const list = (n: Map<string, number>) => [...n].map(([label, rows]) => `${label} (${rows})`).join(', ');

/**
 * The line that says which label rows a spec's classes leave out (e.g. `calm (192), …`), or
 * undefined when every row is of a spec class.
 */
export function leftOutLine(labels: readonly string[], classes: readonly string[], source: string): string | undefined {
  const wanted = new Set(classes);
  const out = counts(labels.filter((l) => !wanted.has(l)));
  if (out.size === 0) return undefined;
  const rows = [...out.values()].reduce((a, b) => a + b, 0);
  return `labels: left out ${rows} rows of ${source} whose label is not one of the spec's classes: ${list(out)}\n`;
}

/**
 * Refuses classes without a row in the table: a class without rows would still count in the
 * chance level and the table would claim a k-class task it is not.
 * @throws EmocodeError EMOCODE_INVALID_INPUT naming the empty classes and the labels there are.
 */
export function checkClassRows(labels: readonly string[], classes: readonly string[], source: string): void {
  const n = counts(labels);
  const empty = classes.filter((c) => !n.has(c));
  if (empty.length === 0) return;
  throw new EmocodeError(
    'EMOCODE_INVALID_INPUT',
    `runExperiment: every class needs rows, got none for ${empty.map((c) => `"${c}"`).join(', ')} in ${source} (rows there: ${list(n) || 'none'}). Remove ${empty.length === 1 ? 'it' : 'them'} from classes or fix the labels.`,
  );
}
