import { relative } from 'node:path';
import type { EmotionModel } from '@emocode/predict';
import type { FilePrediction, PredictFilesResult } from '@emocode/predict/node';

const display = (path: string) => relative(process.cwd(), path) || path;
const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Which normalisation the rows got, in one sentence (the output states it). */
export function normalizationNote(model: EmotionModel, predictions: readonly FilePrediction[]): string {
  const n = model.manifest.normalization;
  const own = predictions.filter((p) => p.normalization === 'per-speaker');
  const speakers = new Set(own.map((p) => p.speaker)).size;
  const rest = predictions.length - own.length;
  const why =
    n.kind === 'global'
      ? 'the model was trained on global z-scores'
      : `no speaker with at least ${n.minSpeakerFiles} files (give a manifest speaker column or --speaker)`;
  return own.length === 0
    ? `normalisation: training statistics for all ${rest} files (${why})`
    : `normalisation: per speaker for ${own.length} files of ${speakers} speaker(s)${rest > 0 ? `, training statistics for ${rest} (speaker unknown or under ${n.minSpeakerFiles} files)` : ''}`;
}

/** UAR against a manifest's label column, when every predicted file has one. */
export function accuracyNote(model: EmotionModel, predictions: readonly FilePrediction[]): string | undefined {
  if (predictions.length === 0 || predictions.some((p) => p.truth === undefined)) return undefined;
  const recalls = model.classes.flatMap((c) => {
    const of = predictions.filter((p) => p.truth === c);
    return of.length === 0 ? [] : [of.filter((p) => p.label === c).length / of.length];
  });
  const uar = recalls.reduce((a, b) => a + b, 0) / recalls.length;
  const wa = predictions.filter((p) => p.label === p.truth).length / predictions.length;
  return `against the manifest's labels: UAR ${(100 * uar).toFixed(1)} %, WA ${(100 * wa).toFixed(1)} % (${predictions.length} files)`;
}

/** CSV: one row per file with the class, the probabilities, the code and the normalisation. */
export function predictionsCsv(model: EmotionModel, result: PredictFilesResult): string {
  const codes = Array.from({ length: model.codeSize }, (_, j) => `code${j}`);
  const header = ['path', 'speaker', 'label', ...model.classes.map((c) => `p_${c}`), ...codes, 'normalization', 'truth'];
  const rows = result.predictions.map((p) =>
    [
      csvCell(display(p.path)),
      csvCell(p.speaker ?? ''),
      p.label,
      ...model.classes.map((c) => (p.probabilities[c] ?? 0).toFixed(4)),
      ...p.code.map((v) => v.toFixed(4)),
      p.normalization,
      csvCell(p.truth ?? ''),
    ].join(','),
  );
  return `${[header.join(','), ...rows].join('\n')}\n`;
}

/** An aligned table for people, with the normalisation (and UAR with labels) below it. */
export function predictionsTable(model: EmotionModel, result: PredictFilesResult): string {
  const head = [
    'file',
    'label',
    ...model.classes.map((c) => `p(${c})`),
    'code',
    ...(result.predictions.some((p) => p.truth) ? ['truth'] : []),
  ];
  const rows = result.predictions.map((p) => [
    display(p.path),
    p.label,
    ...model.classes.map((c) => `${(100 * (p.probabilities[c] ?? 0)).toFixed(1)}%`),
    `(${p.code.map((v) => v.toFixed(2)).join(', ')})`,
    ...(p.truth !== undefined ? [p.truth] : []),
  ]);
  const widths = head.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, j) => (j === 0 ? c.padEnd(widths[j] ?? 0) : c.padStart(widths[j] ?? 0)))
      .join('  ')
      .trimEnd();
  const notes = [
    normalizationNote(model, result.predictions),
    accuracyNote(model, result.predictions),
    result.failures.length > 0 ? `${result.failures.length} file(s) failed (reasons above)` : undefined,
  ];
  return `${[line(head), ...rows.map(line), '', ...notes.filter((n) => n !== undefined)].join('\n')}\n`;
}
