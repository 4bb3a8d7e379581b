import { kernelModule, type KernelFunction } from './assembler.js';

/** The slice of the WebAssembly API used here (the compiler's libs carry no WebAssembly types). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

const PAGE_BYTES = 65536;

/** A kernel instantiated on a memory of its own, which grows on request. */
export interface StandaloneKernel {
  run: (...args: number[]) => void;
  /** The memory as floats, at least `bytes` long; a new view after every growth. */
  heap(bytes: number): Float32Array;
}

const modules = new Map<string, object | undefined>();

/** `f` compiled once per process; undefined where WebAssembly or its SIMD is missing. */
function compiled(f: KernelFunction): object | undefined {
  if (!modules.has(f.exportName)) {
    const bytes = kernelModule(f, false);
    modules.set(f.exportName, wasm?.validate(bytes) ? new wasm.Module(bytes) : undefined);
  }
  return modules.get(f.exportName);
}

/**
 * A new instance of `f` on a growable memory of its own (freed with the instance), or undefined
 * where WebAssembly or its SIMD is missing (the caller then takes its plain-JS path).
 */
export function standaloneKernel(f: KernelFunction): StandaloneKernel | undefined {
  const module = compiled(f);
  if (!wasm || !module) return undefined;
  const memory = new wasm.Memory({ initial: 1 });
  const run = new wasm.Instance(module, { env: { memory } }).exports[f.exportName] as StandaloneKernel['run'];
  return {
    run,
    heap(size) {
      const missing = size - memory.buffer.byteLength;
      if (missing > 0) memory.grow(Math.ceil(missing / PAGE_BYTES));
      return new Float32Array(memory.buffer);
    },
  };
}
