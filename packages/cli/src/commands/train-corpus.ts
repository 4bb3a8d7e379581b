import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusLabelColumns, loadCorpus } from '@emocode/corpus';
import { extractFiles, listExtractInputs, writeLabelsCsv, writeOpensmileCsv } from '@emocode/features/node';

/**
 * `emocode train --corpus <name|manifest.csv>`: writes the corpus's labels CSV and the IS10
 * features of its WAV files (worker pool, a feature cache in `out/feature-cache` that a rerun
 * reuses, bad files reported and skipped) into `out`, rows named by the corpus's ids so the two join, and returns the two paths the rest of
 * training reads.
 */
export async function extractCorpus(
  name: string,
  classes: string[] | undefined,
  out: string,
  err: (text: string) => void,
): Promise<{ features: string; labels: string }> {
  const corpus = await loadCorpus(name, { ...(classes ? { classes } : {}), groupBy: 'speaker' });
  await mkdir(out, { recursive: true });
  const labels = join(out, 'labels.csv');
  const features = join(out, 'features.is10.csv');
  await writeLabelsCsv(labels, corpusLabelColumns(corpus));
  const paths = corpus.utterances.map((u) => u.path);
  // A manifest may point anywhere: extract under the files' common folder, then rename rows to ids.
  const { files } = await listExtractInputs(paths);
  const pathOfName = new Map(files.map((f) => [f.name, f.path]));
  const idOfPath = new Map(corpus.utterances.map((u) => [u.path, u.id]));
  const extracted = await extractFiles(paths, { cacheDir: join(out, 'feature-cache') }, err);
  await writeOpensmileCsv(features, { ...extracted, ids: extracted.ids.map((n) => idOfPath.get(pathOfName.get(n) as string) as string) });
  return { features, labels };
}
