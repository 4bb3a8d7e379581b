import { kernelModule, type KernelFunction } from './assembler.js';
import { kernelThreads, runShares } from './thread-pool.js';

/** The slice of the WebAssembly API used here (the compiler's libs carry no WebAssembly types). */
interface WasmMemory {
  readonly buffer: ArrayBufferLike;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

const PAGE_BYTES = 65536;

/** A kernel instantiated on a memory of its own, which grows on request. */
export interface StandaloneKernel {
  run: (...args: number[]) => void;
  /**
   * Runs every call (argument lists of `run`), split by `shares[k]` over the threads: share k
   * on thread k % threads (thread 0 being this one), all on this thread when the memory is not
   * shared. Returns when all are done.
   */
  runAll(shares: number[][][]): void;
  /** The threads `runAll` uses. */
  threads: number;
  /** The memory as floats, at least `bytes` long; a new view after every growth. */
  heap(bytes: number): Float32Array;
}

const modules = new Map<string, object | undefined>();

/** `f` compiled once per process and kind of memory; undefined where WebAssembly or its SIMD is missing. */
function compiled(f: KernelFunction, shared: boolean): object | undefined {
  const key = `${f.exportName}:${shared}`;
  if (!modules.has(key)) {
    const bytes = kernelModule(f, shared);
    modules.set(key, wasm?.validate(bytes) ? new wasm.Module(bytes) : undefined);
  }
  return modules.get(key);
}

/** Whether `f` compiles here (WebAssembly with SIMD), without instantiating it. */
export function kernelCompiles(f: KernelFunction): boolean {
  return compiled(f, false) !== undefined;
}

/**
 * A new instance of `f` on a growable memory of its own (freed with the instance), split over
 * worker threads when more than one thread is available (and `singleThread` is not set), or
 * undefined where WebAssembly or its SIMD is missing (the caller then takes its plain-JS path).
 * `singleThread` suits kernels called many times on small inputs: no workers.
 * The memory is shared wherever SharedArrayBuffer exists, even for one thread: growing a plain
 * memory detaches its old buffer, and the first detached buffer of a process makes V8 recompile
 * every optimised function that reads a typed array with a check for detachment on each access
 * (eGeMAPS extraction took ~25 % longer after its first formant frame grew one); a shared memory
 * grows in place. `bytes` sizes the memory from the start, which spares the growths (and keeps a
 * plain memory, where sharing is not possible, from detaching).
 */
export function standaloneKernel(
  f: KernelFunction,
  options: { singleThread?: boolean; bytes?: number } = {},
): StandaloneKernel | undefined {
  const threads = options.singleThread ? 1 : kernelThreads();
  const shared = threads > 1 || typeof SharedArrayBuffer !== 'undefined';
  const module = compiled(f, shared);
  if (!wasm || !module) return undefined;
  const initial = Math.max(1, Math.ceil((options.bytes ?? 0) / PAGE_BYTES));
  // A shared memory must declare its maximum: 4 GiB, the most wasm32 addresses.
  const memory = new wasm.Memory(shared ? { initial, maximum: 65536, shared } : { initial });
  const run = new wasm.Instance(module, { env: { memory } }).exports[f.exportName] as StandaloneKernel['run'];
  return {
    run,
    threads,
    runAll(shares) {
      if (threads === 1) {
        for (const calls of shares) for (const args of calls) run(...args);
        return;
      }
      const perThread = Array.from({ length: Math.min(threads, shares.length) }, (): number[][] => []);
      shares.forEach((calls, k) => perThread[k % perThread.length]!.push(...calls));
      runShares(module, memory, f.exportName, perThread, run);
    },
    heap(size) {
      const missing = size - memory.buffer.byteLength;
      if (missing > 0) memory.grow(Math.ceil(missing / PAGE_BYTES));
      return new Float32Array(memory.buffer);
    },
  };
}
