/**
 * Worker threads that run a kernel's calls on its shared memory, for Node (elsewhere, or with
 * EMOCODE_THREADS=1, everything runs on the calling thread). The caller blocks until every share
 * is done (Atomics.wait), so the products stay synchronous functions.
 */
interface WorkerLike {
  postMessage(value: unknown): void;
  unref(): void;
}
interface NodeBuiltins {
  getBuiltinModule?: (id: string) => unknown;
  env?: Record<string, string | undefined>;
}

// Runs one share of calls on its own instance of the module over the shared memory and counts
// itself done (index 0; index 1 flags an error), whatever happens.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ module, memory, name, calls, done }) => {
  const flags = new Int32Array(done);
  try {
    const run = new WebAssembly.Instance(module, { env: { memory } }).exports[name];
    for (const args of calls) run(...args);
  } catch {
    Atomics.store(flags, 1, 1);
  }
  Atomics.add(flags, 0, 1);
  Atomics.notify(flags, 0);
});`;

const node = (globalThis as unknown as { process?: NodeBuiltins }).process;
let workers: WorkerLike[] | undefined;

/**
 * Threads the products use: EMOCODE_THREADS (1..8) or every core, on Node with SharedArrayBuffer;
 * 1 elsewhere.
 */
export function kernelThreads(): number {
  const os = node?.getBuiltinModule?.('node:os') as { availableParallelism(): number } | undefined;
  if (!os || typeof SharedArrayBuffer === 'undefined') return 1;
  const fromEnv = Number(node?.env?.['EMOCODE_THREADS']);
  const wanted = Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : os.availableParallelism();
  return Math.max(1, Math.min(8, wanted));
}

function pool(size: number): WorkerLike[] {
  const threads = node?.getBuiltinModule?.('node:worker_threads') as {
    Worker: new (source: string, options: { eval: true }) => WorkerLike;
  };
  workers ??= [];
  while (workers.length < size) {
    const worker = new threads.Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    workers.push(worker);
  }
  return workers.slice(0, size);
}

/**
 * Runs `shares[0]` here and every other share on a worker, each call being the argument list of
 * export `name` of `module` instantiated on the shared `memory`; returns when all are done.
 * @throws Error when a worker's share fails.
 */
export function runShares(module: object, memory: object, name: string, shares: number[][][], run: (...args: number[]) => void): void {
  const done = new SharedArrayBuffer(8);
  const flags = new Int32Array(done);
  const others = shares.slice(1).filter((calls) => calls.length > 0);
  pool(others.length).forEach((worker, w) => worker.postMessage({ module, memory, name, calls: others[w], done }));
  for (const args of shares[0] ?? []) run(...args);
  for (let finished = Atomics.load(flags, 0); finished < others.length; finished = Atomics.load(flags, 0)) Atomics.wait(flags, 0, finished);
  if (Atomics.load(flags, 1) !== 0) throw new Error(`${name}: a worker thread's share failed`);
}
