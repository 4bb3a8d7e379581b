// Float32 expressions and statements for WebAssembly kernels, so that a wasm port of float32 JS
// reads line for line like the JS it mirrors: `x0r = f(a[j] + a[j2])` becomes
// `e.set(x0r, add(a(j), a(j2)))`. Each add/sub/mul is one wasm f32 instruction, which rounds to
// float32 (nearest, ties to even) exactly as Math.fround of the JS operation does; operands are
// evaluated in the order written and nothing is reassociated or fused, so the kernel gives the
// bits of the JS. Index arithmetic is done by the JS that generates the code: an index is a
// constant, or a loop counter plus a constant ({@link Index}).
import { countedLoop, op, valueType, type KernelFunction } from '@emocode/kernels';

/** Wasm code as nested arrays of bytes, flattened once when the kernel is done (no copies while building). */
type Code = number | readonly Code[];
/** Code that leaves one f32 on the stack. */
export type F32 = readonly Code[];
/** A float32 local variable: its code reads it; {@link F32Emitter.set} writes it. */
export type F32Local = F32 & { readonly local: number };

/** A float index into the memory: `offset`, plus at run time the index in loop counter `counter` (an i32 local). */
export class Index {
  constructor(
    readonly offset: number,
    readonly counter: number,
  ) {}

  plus(delta: number): Index {
    return new Index(this.offset + delta, this.counter);
  }

  minus(delta: number): Index {
    return this.plus(-delta);
  }
}

/** i + delta, for a constant index or a counter's. */
export const plus = (i: number | Index, delta: number): number | Index => (typeof i === 'number' ? i + delta : i.plus(delta));

const ZERO = op.i32Const(0);
// Each access's instruction made once per offset, each local's write once: building a kernel runs
// once, interpreted, and otherwise spends most of its time making these small arrays.
const loadAt = once(op.f32LoadAt);
const storeAt = once(op.f32StoreAt);
const localSet = once(op.localSet);

function once(make: (n: number) => number[]): (n: number) => number[] {
  const made: number[][] = [];
  return (n) => (made[n] ??= make(n));
}

export const add = (x: F32, y: F32): F32 => [x, y, op.f32Add];
export const sub = (x: F32, y: F32): F32 => [x, y, op.f32Sub];
export const mul = (x: F32, y: F32): F32 => [x, y, op.f32Mul];
/** −x: exact, a sign flip. */
export const neg = (x: F32): F32 => [x, op.f32Neg];
/** The constant f32(x). */
export const f32 = (x: number): F32 => op.f32Const(x);
/** The float32 at index i of the memory (byte 4i). */
export const load = (i: number | Index): F32 => address(i, loadAt);

/**
 * The address of index i and the access `at` (a load or store at a constant byte offset). A
 * counter's byte address plus a negative offset is added up first: wasm's offsets are unsigned.
 */
function address(i: number | Index, at: (byteOffset: number) => number[], value: F32 = []): Code[] {
  if (typeof i === 'number') return [ZERO, value, at(4 * i)];
  const base = op.localGet(i.counter);
  if (i.offset >= 0) return [base, value, at(4 * i.offset)];
  return [base, op.i32Const(4 * i.offset), op.i32Add, value, at(0)];
}

function flatten(code: Code, out: number[] = []): number[] {
  if (typeof code === 'number') out.push(code);
  // an index loop: for-of costs an iterator per array, and this runs once, mostly interpreted
  else for (let k = 0; k < code.length; k++) flatten(code[k], out);
  return out;
}

/** A loop counter: its index in the first pass, and its step from pass to pass (floats). */
export interface Counter {
  readonly from: number;
  readonly step: number;
}
export const counter = (from: number, step: number): Counter => ({ from, step });

/** Statements, appended in call order. */
export interface F32Emitter {
  /** `local = value`. */
  set(local: F32Local, value: F32): void;
  /** The float32 at index i of the memory = value. */
  store(i: number | Index, value: F32): void;
  /**
   * `passes` runs of what `body` emits, as a wasm loop (not nested in another). `body` gets one
   * {@link Index} per counter, which starts at `from` and moves by `step` after each pass; the
   * first counter's step must be positive.
   */
  loop(passes: number, counters: readonly Counter[], body: (...at: Index[]) => void): void;
}

/** `count` float32 locals, for one {@link f32Kernel}. */
export function f32Locals(count: number): F32Local[] {
  return Array.from({ length: count }, (_, local) => Object.assign(op.localGet(local), { local }));
}

/**
 * A kernel function without parameters over `locals` (all of them, from one {@link f32Locals}
 * call) whose body is what `emit` writes.
 */
export function f32Kernel(exportName: string, locals: readonly F32Local[], emit: (e: F32Emitter) => void): KernelFunction {
  // i32 locals after the f32 ones: the loop limit, then the loop counters
  const limit = locals.length;
  const counterLocal = (k: number) => limit + 1 + k;
  const top: Code[] = [];
  let code = top;
  let counterLocals = 0;
  emit({
    set: (local, value) => code.push(value, localSet(local.local)),
    store: (i, value) => code.push(address(i, storeAt, value)),
    loop(passes, counters, body) {
      if (code !== top || passes < 1 || counters.length === 0 || counters[0].step <= 0) {
        throw new RangeError('f32Kernel: a loop runs at least once, on a rising first counter, and holds no loop.');
      }
      counters.forEach(({ from }, k) => top.push(op.i32Const(4 * from), op.localSet(counterLocal(k))));
      const { from, step } = counters[0];
      top.push(op.i32Const(4 * (from + passes * step)), op.localSet(limit));
      code = [];
      body(...counters.map((_, k) => new Index(0, counterLocal(k))));
      // countedLoop steps the first counter, this the others
      for (let k = 1; k < counters.length; k++) {
        code.push(op.localGet(counterLocal(k)), op.i32Const(4 * counters[k].step), op.i32Add, op.localSet(counterLocal(k)));
      }
      top.push(countedLoop(counterLocal(0), limit, 4 * step, flatten(code)));
      code = top;
      counterLocals = Math.max(counterLocals, counters.length);
    },
  });
  if (counterLocal(counterLocals) > 128) throw new RangeError('f32Kernel: at most 128 locals (one-byte indices).');
  return {
    exportName,
    params: [],
    locals: [
      [limit, valueType.f32],
      [1 + counterLocals, valueType.i32],
    ],
    code: flatten(top),
  };
}
