import { EmocodeError, parseOptions } from '@emocode/core';
import { backendLoaders, type LoadedBackend } from './backend-loaders.js';
import { backendNames, backendOptions, type BackendName, type BackendOptions, type BackendSelection } from './backend-options.js';

let selection: Promise<BackendSelection> | undefined;

/**
 * Chooses and activates the tfjs backend once per process: `@tensorflow/tfjs-node` where its native
 * addon loads, else `@tensorflow/tfjs-backend-wasm` (SIMD, multi-threaded under Node), else `cpu`.
 * `EMOCODE_BACKEND` (tensorflow|wasm|cpu) or `options.backend` forces one. Prints one line on
 * stderr naming the backend and why. Later calls return the first call's choice, whatever their options.
 * `EMOCODE_THREADS` (1..8) overrides `options.threads`, so jobs sharing a machine can be told apart.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for a bad option, `EMOCODE_BACKEND` or `EMOCODE_THREADS` value;
 *   EMOCODE_BACKEND when the forced backend (or every backend) fails to load.
 */
export async function selectBackend(options: BackendOptions = {}): Promise<BackendSelection> {
  if (selection) return selection;
  const threadsFromEnv = process.env['EMOCODE_THREADS'];
  const o = parseOptions(backendOptions, threadsFromEnv ? { ...options, threads: Number(threadsFromEnv) } : options, 'selectBackend');
  const fromEnv = forcedBackend(process.env['EMOCODE_BACKEND']);
  const forced = fromEnv
    ? { name: fromEnv, by: `EMOCODE_BACKEND=${fromEnv}` }
    : o.backend && { name: o.backend, by: `options.backend=${o.backend}` };
  selection = selectUnchecked(forced, o.threads).then(announce);
  selection.catch(() => (selection = undefined));
  return selection;
}

function forcedBackend(value: string | undefined): BackendName | undefined {
  if (value === undefined || value === '') return undefined;
  if ((backendNames as readonly string[]).includes(value)) return value as BackendName;
  throw new EmocodeError(
    'EMOCODE_INVALID_OPTIONS',
    `selectBackend: EMOCODE_BACKEND must be one of ${backendNames.join('|')}, got '${value}'. ` +
      'Unset it to pick the fastest backend that loads.',
  );
}

interface Chosen {
  readonly name: BackendName;
  readonly loaded: LoadedBackend;
  readonly reason: string;
}

type Forced = { readonly name: BackendName; readonly by: string } | undefined;

async function selectUnchecked(forced: Forced, threads: number | undefined): Promise<Chosen> {
  if (forced) {
    const loaded = await backendLoaders[forced.name](threads).catch((cause: unknown) => {
      const why = `selectBackend: backend ${forced.name} (${forced.by}) must load, but: ${firstLine(cause)}`;
      throw new EmocodeError('EMOCODE_BACKEND', `${why}. Unset it to fall back automatically.`, { cause });
    });
    return { name: forced.name, loaded, reason: forced.by };
  }
  const failures: string[] = [];
  for (const name of backendNames) {
    try {
      const loaded = await backendLoaders[name](threads);
      return { name, loaded, reason: failures.length ? failures.join('; ') : 'first choice, it loads' };
    } catch (cause) {
      failures.push(`${name === 'tensorflow' ? 'tfjs-node' : name} not loadable (${firstLine(cause)})`);
    }
  }
  throw new EmocodeError('EMOCODE_BACKEND', `selectBackend: no tfjs backend loads: ${failures.join('; ')}`);
}

function firstLine(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  return text.trim().split('\n')[0]!.slice(0, 160);
}

function announce({ name, loaded, reason }: Chosen): BackendSelection {
  process.stderr.write(`emocode: backend ${name} (${loaded.detail}): ${reason}\n`);
  return loaded.threads === undefined ? { name, reason } : { name, reason, threads: loaded.threads };
}
