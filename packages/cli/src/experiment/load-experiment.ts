import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import Module from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

const specFileNames = ['experiment.ts', 'experiment.js', 'experiment.json'];

/**
 * Imports `target` (an experiment `.ts`/`.js`/`.json` file anywhere, or a folder holding
 * `experiment.ts`, `.js` or `.json`) and validates its default export (a JSON file is the spec
 * itself). TypeScript is loaded through tsx, so plain Node 20 runs it; `@emocode/cli/spec`
 * resolves to this emocode even for a spec outside the workspace.
 * @throws EmocodeError EMOCODE_NOT_FOUND when there is no experiment file, EMOCODE_PARSE_ERROR
 *   when it does not load (naming the file and the first error), EMOCODE_INVALID_OPTIONS when
 *   the spec is not valid (naming the fields).
 * @example const { spec, dir } = await loadExperiment('experiments/compression')
 */
export async function loadExperiment(target: string): Promise<LoadedExperiment> {
  const file = experimentFile(resolve(target));
  const spec = file.endsWith('.json') ? await readJsonSpec(file) : unwrapDefault(await importSpec(file));
  if (spec === undefined) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `loadExperiment: ${file} must default-export a spec (export default defineExperiment({...})), got no default export.`,
    );
  }
  return { spec: parseOptions(experimentSpec, spec, `experiment ${file}`), file, dir: dirname(file) };
}

function experimentFile(path: string): string {
  if (existsSync(path) && statSync(path).isDirectory()) {
    for (const name of specFileNames) if (existsSync(join(path, name))) return join(path, name);
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `loadExperiment: folder ${path} must hold ${specFileNames.join(', ')}, got none. Pass the file itself or a folder with one.`,
    );
  }
  if (!existsSync(path))
    throw new EmocodeError('EMOCODE_NOT_FOUND', `loadExperiment: ${path} does not exist. Pass an experiment .ts/.json file or its folder.`);
  return path;
}

async function readJsonSpec(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new EmocodeError('EMOCODE_PARSE_ERROR', `experiment ${file}: not valid JSON (${(error as Error).message}). Fix the file.`, {
      cause: error,
    });
  }
}

/** This package's spec entry (source under tsx, dist when built). */
function specEntry(): string {
  const source = fileURLToPath(new URL('../spec/index.ts', import.meta.url));
  return existsSync(source) ? source : fileURLToPath(new URL('../spec/index.js', import.meta.url));
}

type Resolver = { _resolveFilename: (request: string, ...rest: unknown[]) => string };

/**
 * Imports a spec module. Outside a `"type": "module"` package tsx loads it as CommonJS, whose
 * resolver cannot see this workspace: `@emocode/cli/spec` is pointed at this package meanwhile.
 */
async function importSpec(file: string): Promise<unknown> {
  const resolver = Module as unknown as Resolver;
  const original = resolver._resolveFilename;
  const entry = specEntry();
  resolver._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    return original.call(this, request === '@emocode/cli/spec' ? entry : request, ...rest);
  };
  try {
    const url = pathToFileURL(file).href;
    const module = (await (/\.[mc]?ts$/.test(file) ? tsImport(url, import.meta.url) : import(url))) as { default?: unknown };
    return module.default;
  } catch (error) {
    if (EmocodeError.isInstance(error)) throw error;
    const first = (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim() !== '') ?? '';
    throw new EmocodeError(
      'EMOCODE_PARSE_ERROR',
      `experiment ${file}: cannot be loaded: ${first.trim()}. Fix the spec file, or write it as JSON.`,
      { cause: error },
    );
  } finally {
    resolver._resolveFilename = original;
  }
}

/** Outside a `"type": "module"` package tsx loads the file as CommonJS: the spec is then `default.default`. */
function unwrapDefault(value: unknown): unknown {
  const inner = value && typeof value === 'object' && !('name' in value) ? (value as { default?: unknown }).default : undefined;
  return inner ?? value;
}
