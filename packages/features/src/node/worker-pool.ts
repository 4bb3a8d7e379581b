import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EmocodeError } from '@emocode/core';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker-protocol.js';

type Success = Extract<WorkerReply, { ok: true }>;
type Answer = Exclude<WorkerReply, { ready: true }>;

/** A fixed set of extraction threads fed from one queue. */
export interface WorkerPool {
  /** Extracts one file on the next free thread; rejects with the failure reason. */
  run(path: string): Promise<Success>;
  close(): Promise<void>;
}

/**
 * How to start the worker script beside this module. From `dist`: the `.js` file. From source
 * (dev, tests; this module's URL ends in `.ts`): a bootstrap that registers tsx's ESM hooks inside
 * the thread and then imports the `.ts` worker, with workspace packages resolved to their source
 * (`--import tsx` in a worker's execArgv does not apply to the worker's own entry in Node 20).
 */
function workerEntry(): { script: URL | string; eval: boolean; execArgv: string[] } {
  if (!import.meta.url.endsWith('.ts'))
    return { script: new URL('./worker-extract.js', import.meta.url), eval: false, execArgv: process.execArgv };
  // `require.resolve` picks the CommonJS build of the API; the thread needs the ESM one beside it.
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const entry = new URL('./worker-extract.ts', import.meta.url).href;
  const script = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return { script, eval: true, execArgv: ['--conditions=@emocode/source'] };
}

interface Pending {
  readonly task: WorkerTask;
  resolve(reply: Success): void;
  reject(reason: Error): void;
}

class ThreadPool implements WorkerPool {
  private readonly entry = workerEntry();
  private readonly queue: Pending[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  /** Threads whose script has loaded (they said `ready`). */
  private readonly proven = new Set<Worker>();
  private closing = false;
  private broken: Error | undefined;
  private nextId = 0;

  constructor(
    size: number,
    private readonly setup: WorkerSetup,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(path: string): Promise<Success> {
    return new Promise<Success>((resolve, reject) => {
      if (this.broken !== undefined) return reject(this.broken);
      this.queue.push({ task: { id: this.nextId++, path }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Pending;
      this.busy.set(worker, job);
      worker.postMessage(job.task);
    }
  }

  private spawn(): void {
    const { script, eval: isEval, execArgv } = this.entry;
    const worker = new Worker(script, { eval: isEval, workerData: this.setup, execArgv });
    worker.on('message', (reply: WorkerReply) => this.onReply(worker, reply));
    worker.on('error', (error) => this.onDeath(worker, error.message));
    worker.on('exit', (code) => this.onDeath(worker, `exit code ${code}`));
    this.idle.push(worker);
  }

  private onReply(worker: Worker, message: WorkerReply): void {
    if ('ready' in message) {
      this.proven.add(worker);
      return;
    }
    const reply: Answer = message;
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    this.idle.push(worker);
    if (reply.ok) job?.resolve(reply);
    else job?.reject(new Error(reply.reason));
    this.dispatch();
  }

  private onDeath(worker: Worker, why: string): void {
    const at = this.idle.indexOf(worker);
    if (this.closing || (at < 0 && !this.busy.has(worker))) return; // already handled ('error' then 'exit')
    if (at >= 0) this.idle.splice(at, 1);
    this.busy.get(worker)?.reject(new Error(`extraction thread died: ${why}`));
    this.busy.delete(worker);
    if (this.proven.has(worker)) {
      this.spawn();
      this.dispatch();
      return;
    }
    this.broken = new EmocodeError(
      'EMOCODE_INTERNAL',
      `extractFiles: cannot start extraction threads: ${why}. Build the package or run through tsx.`,
    );
    for (const job of this.queue.splice(0)) job.reject(this.broken);
  }
}

/**
 * Starts `size` worker threads. A thread that dies (e.g. out of memory on one file) fails its
 * current file and is replaced; a thread that dies before its script has loaded fails every
 * queued file with EMOCODE_INTERNAL, and so does every later `run`.
 */
export function createWorkerPool(size: number, setup: WorkerSetup): WorkerPool {
  return new ThreadPool(size, setup);
}
