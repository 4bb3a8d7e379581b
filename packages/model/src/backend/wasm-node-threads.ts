import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** Where tfjs-backend-wasm keeps its binaries and Emscripten glue. */
export interface WasmPackagePaths {
  readonly distDir: string;
  readonly threadedGlue: string;
  readonly workerModule: string;
}

/** Locates the installed tfjs-backend-wasm package (its `main` lives in `dist/`). */
export function wasmPackagePaths(): WasmPackagePaths {
  const main = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm');
  const root = path.resolve(path.dirname(main), '..');
  return {
    distDir: path.join(root, 'dist') + path.sep,
    threadedGlue: path.join(root, 'wasm-out', 'tfjs-backend-wasm-threaded-simd.js'),
    workerModule: path.join(root, 'wasm-out', 'tfjs-backend-wasm-threaded-simd.worker.js'),
  };
}

/**
 * Writes the Emscripten pthread worker as a real CommonJS file. tfjs hands Emscripten a `blob:` URL
 * for it and a Blob for the glue script; Node's `worker_threads` can load neither, so the file also
 * swaps the Blob in the worker's `load` message for the glue's path on disk.
 */
function writeWorkerFile(paths: WasmPackagePaths, version: string): string {
  const dir = path.join(os.tmpdir(), `emocode-tfjs-wasm-${version}`);
  const file = path.join(dir, `pthread-worker-${hashPath(paths.threadedGlue)}.cjs`);
  if (existsSync(file)) return file;
  const { wasmWorkerContents } = createRequire(import.meta.url)(paths.workerModule) as { wasmWorkerContents: string };
  // Same escaping tfjs applies before making its Blob: the source holds raw newlines inside strings.
  const body = wasmWorkerContents.replace(/\n/g, '\\n');
  const shim = `;{const load=self.onmessage;self.onmessage=(e)=>{if(e.data&&e.data.cmd==='load')e.data.urlOrBlob=${JSON.stringify(paths.threadedGlue)};load(e)}}\n`;
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${body}\n${shim}`);
  renameSync(tmp, file);
  return file;
}

function hashPath(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16);
}

/**
 * Runs `init` (which must call `tf.setBackend('wasm')`) with the patches that let the threaded
 * SIMD binary start under Node 20, then removes them:
 * - `URL.createObjectURL` returns the on-disk worker file instead of a `blob:` URL;
 * - `os.cpus()` reports `2 * threads` cores, because tfjs caps its pool at logical cores / 2.
 */
export async function withNodeWasmThreads<T>(threads: number, version: string, init: () => Promise<T>): Promise<T> {
  const workerFile = writeWorkerFile(wasmPackagePaths(), version);
  const createObjectURL = URL.createObjectURL;
  const cpus = os.cpus;
  URL.createObjectURL = () => workerFile;
  // Emscripten only reads the length.
  os.cpus = () => Array.from({ length: 2 * threads }, () => ({}) as os.CpuInfo);
  try {
    return await init();
  } finally {
    URL.createObjectURL = createObjectURL;
    os.cpus = cpus;
  }
}
