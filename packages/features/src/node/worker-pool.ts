import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EmocodeError } from '@emocode/core';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker-protocol.js';

type Success = Extract<WorkerReply, { ok: true }>;

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
  if (!import.meta.url.endsWith('.ts')) return { script: new URL('./worker-extract.js', import.meta.url), eval: false, execArgv: process.execArgv };
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

/**
 * Starts `size` worker threads. A thread that dies fails its current file and is replaced; a
 * thread that dies before finishing any file (the script cannot load) fails every queued file.
 */
export function createWorkerPool(size: number, setup: WorkerSetup): WorkerPool {
  const entry = workerEntry();
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const finished = new Set<Worker>();
  let closing = false;
  let broken: Error | undefined;
  let nextId = 0;
  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Pending;
      busy.set(worker, job);
      worker.postMessage(job.task);
    }
  };
  const onDeath = (worker: Worker, why: string): void => {
    const at = idle.indexOf(worker);
    if (closing || (at < 0 && !busy.has(worker))) return; // already handled ('error' then 'exit')
    if (at >= 0) idle.splice(at, 1);
    busy.get(worker)?.reject(new Error(`extraction thread died: ${why}`));
    busy.delete(worker);
    if (!finished.has(worker)) {
      broken = new EmocodeError('EMOCODE_INTERNAL', `extractFiles: cannot start extraction threads: ${why}. Build the package or run through tsx.`);
      for (const job of queue.splice(0)) job.reject(broken);
      return;
    }
    spawn();
    dispatch();
  };
  const spawn = (): void => {
    const worker = new Worker(entry.script, { eval: entry.eval, workerData: setup, execArgv: entry.execArgv });
    worker.on('message', (reply: WorkerReply) => {
      const job = busy.get(worker);
      busy.delete(worker);
      finished.add(worker);
      idle.push(worker);
      if (reply.ok) job?.resolve(reply);
      else job?.reject(new Error(reply.reason));
      dispatch();
    });
    worker.on('error', (error) => onDeath(worker, error.message));
    worker.on('exit', (code) => onDeath(worker, `exit code ${code}`));
    idle.push(worker);
  };
  for (let i = 0; i < size; i++) spawn();
  return {
    run(path) {
      return new Promise<Success>((resolve, reject) => {
        if (broken !== undefined) return reject(broken);
        queue.push({ task: { id: nextId++, path }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}
