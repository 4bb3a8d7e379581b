import { writeFileAtomic } from '@emocode/core/node';
import type { TopLevelSpec } from 'vega-lite';
import { renderPng, renderSvg } from './render.js';

/**
 * Renders `spec` and writes `<basePath>.svg` and `<basePath>.png` atomically (`.vl.json`, the
 * spec itself, too, so the plot can be restyled later without rerunning anything).
 * @returns the paths written.
 * @example await writePlot('results/abc/confusion', confusionSpec(matrix, classes))
 */
export async function writePlot(basePath: string, spec: TopLevelSpec): Promise<string[]> {
  const svg = await renderSvg(spec);
  const png = await renderPng(spec);
  const files: [string, string | Uint8Array][] = [
    [`${basePath}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`],
    [`${basePath}.svg`, svg],
    [`${basePath}.png`, png],
  ];
  for (const [file, data] of files) await writeFileAtomic(file, data);
  return files.map(([file]) => file);
}
