import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmocodeError, parseOptions } from '@emocode/core';
import { tsImport } from 'tsx/esm/api';
import { experimentSpec, type ResolvedExperimentSpec } from '../spec/experiment-options.js';

/** A validated spec and where it came from. */
export interface LoadedExperiment {
  spec: ResolvedExperimentSpec;
  /** Absolute path of the experiment file. */
  file: string;
  /** Its folder: relative data paths and `results/` live here. */
  dir: string;
}

/**
 * Imports `target` (an `experiment.ts`/`.js` file, or a folder holding `experiment.ts`) and
 * validates its default export. TypeScript is loaded through tsx, so plain Node 20 runs it.
 * @throws EmocodeError EMOCODE_NOT_FOUND when there is no experiment file,
 *   EMOCODE_INVALID_OPTIONS when the default export is not a valid spec (naming the fields).
 * @example const { spec, dir } = await loadExperiment('experiments/compression')
 */
export async function loadExperiment(target: string): Promise<LoadedExperiment> {
  const file = experimentFile(resolve(target));
  const module = (await (file.endsWith('.ts') ? tsImport(pathToFileURL(file).href, import.meta.url) : import(pathToFileURL(file).href))) as { default?: unknown };
  const spec = unwrapDefault(module.default);
  if (spec === undefined) {
    throw new EmocodeError('EMOCODE_INVALID_INPUT', `loadExperiment: ${file} must default-export a spec (export default defineExperiment({...})), got no default export.`);
  }
  return { spec: parseOptions(experimentSpec, spec, `experiment ${file}`), file, dir: dirname(file) };
}

function experimentFile(path: string): string {
  if (existsSync(path) && statSync(path).isDirectory()) {
    for (const name of ['experiment.ts', 'experiment.js']) if (existsSync(join(path, name))) return join(path, name);
    throw new EmocodeError('EMOCODE_NOT_FOUND', `loadExperiment: folder ${path} must hold experiment.ts, got none. Pass the file itself or a folder with one.`);
  }
  if (!existsSync(path)) throw new EmocodeError('EMOCODE_NOT_FOUND', `loadExperiment: ${path} does not exist. Pass an experiment.ts file or its folder.`);
  return path;
}

/** Outside a `"type": "module"` package tsx loads the file as CommonJS: the spec is then `default.default`. */
function unwrapDefault(value: unknown): unknown {
  const inner = value && typeof value === 'object' && !('name' in value) ? (value as { default?: unknown }).default : undefined;
  return inner ?? value;
}
