import os from 'node:os';
import type { BackendName } from './backend-options.js';
import { wasmPackagePaths, withNodeWasmThreads } from './wasm-node-threads.js';
import { shareWasmIdentity } from './wasm-shared-identity.js';

/** A loaded backend: how it runs (for the stderr line) and its wasm thread count. */
export interface LoadedBackend {
  readonly detail: string;
  readonly threads?: number;
}

type Loader = (threads: number | undefined) => Promise<LoadedBackend>;

async function activate(name: BackendName): Promise<typeof import('@tensorflow/tfjs-core')> {
  const tf = await import('@tensorflow/tfjs-core');
  // tfjs-core's Node bundle registers no gradients, and its ESM register_all_gradients cannot load
  // under plain Node; tfjs-layers' Node bundle registers them all in core's shared registry.
  if (!tf.getGradient('BatchMatMul')) await import('@tensorflow/tfjs-layers');
  if (!(await tf.setBackend(name))) throw new Error(`tf.setBackend('${name}') returned false`);
  await tf.ready();
  return tf;
}

async function loadTensorflow(): Promise<LoadedBackend> {
  // A variable specifier keeps bundlers and tsc from requiring the optional native package.
  const specifier = '@tensorflow/tfjs-node';
  await import(specifier);
  await activate('tensorflow');
  return { detail: 'native libtensorflow' };
}

async function loadWasm(threads: number | undefined): Promise<LoadedBackend> {
  const tf = await import('@tensorflow/tfjs-core');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) === true;
  const wanted = threads ?? Math.min(os.availableParallelism(), 8);
  // tfjs reports no thread support under Node (tfjs#3830); the threaded binary does run there once
  // its worker can be loaded, which withNodeWasmThreads arranges.
  const threaded = simd && wanted > 1;
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', threaded);
  wasm.setWasmPaths(wasmPackagePaths().distDir);
  wasm.setThreadsCount(wanted);
  if (threaded) await withNodeWasmThreads(wanted, wasm.version_wasm, () => activate('wasm'));
  else await activate('wasm');
  if (threaded) unrefPoolWorkers(tf.backend());
  shareWasmIdentity(tf);
  const actual = wasm.getThreadsCount();
  const s = actual === 1 ? '' : 's';
  return { detail: `${simd ? 'simd' : 'no simd'}, ${actual} thread${s}`, threads: actual };
}

interface EmscriptenThreads {
  readonly wasm?: { readonly PThread?: { readonly runningWorkers: { unref(): void }[] } };
}

/** XNNPACK's pool threads would otherwise keep Node alive after the program's last line. */
function unrefPoolWorkers(backend: unknown): void {
  for (const worker of (backend as EmscriptenThreads).wasm?.PThread?.runningWorkers ?? []) worker.unref();
}

async function loadCpu(): Promise<LoadedBackend> {
  await import('@tensorflow/tfjs-backend-cpu');
  await activate('cpu');
  return { detail: 'plain JavaScript' };
}

/** Backend loaders in order of preference; each throws when its backend cannot run here. */
export const backendLoaders: Readonly<Record<BackendName, Loader>> = {
  tensorflow: loadTensorflow,
  wasm: loadWasm,
  cpu: loadCpu,
};
