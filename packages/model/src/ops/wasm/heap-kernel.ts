import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { TensorInfo } from '@tensorflow/tfjs-core';
import { kernelModule, type KernelFunction } from '@emocode/kernels';

/** The slice of the WebAssembly API used here (the compiler's libs carry no WebAssembly types). */
interface WasmMemory {
  readonly buffer: ArrayBufferLike;
}
const { Module: WasmModule, Instance: WasmInstance } = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
    };
  }
).WebAssembly;

/** A kernel taking byte pointers into the heap and scalars. */
export type HeapKernel = (...args: number[]) => void;

const instances = new WeakMap<WasmMemory, Map<string, HeapKernel>>();

/** `f` compiled against the backend's heap, once per heap. */
export function heapKernel(backend: BackendWasm, f: KernelFunction): HeapKernel {
  const module = backend.wasm as unknown as { wasmMemory?: WasmMemory; asm?: { memory?: WasmMemory } };
  // The threaded build exports its shared memory as wasmMemory, the single-threaded one from its instance.
  const memory = module.wasmMemory ?? module.asm?.memory;
  if (!memory) throw new Error(`${f.exportName}: the wasm backend exposes no heap memory`);
  const kernels = instances.get(memory) ?? new Map<string, HeapKernel>();
  instances.set(memory, kernels);
  let kernel = kernels.get(f.exportName);
  if (!kernel) {
    const bytes = kernelModule(f, memory.buffer instanceof SharedArrayBuffer);
    kernel = new WasmInstance(new WasmModule(bytes), { env: { memory } }).exports[f.exportName] as HeapKernel;
    kernels.set(f.exportName, kernel);
  }
  return kernel;
}

/** Byte offset of a tensor's data in the heap. */
export function heapPointer(backend: BackendWasm, info: TensorInfo): number {
  return backend.dataIdMap.get(info.dataId)!.memoryOffset;
}
