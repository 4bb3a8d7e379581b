// Worker-thread entry of `extractFiles`: extracts one file per message, replies with the values
// or the reason it failed. The values are copied, not transferred: a transfer detaches their
// buffer, and the first detached buffer in a thread makes V8 recompile every optimised function
// that reads typed arrays with slower, checked accesses (extraction ran ~20 % slower after it);
// a copy of ≤ 1582 floats costs microseconds.
import { parentPort, workerData } from 'node:worker_threads';
import { createFeatureCache } from './cache-store.js';
import { extractOneFile } from './extract-one-file.js';
import { failureReason, type WorkerReply, type WorkerSetup, type WorkerTask } from './worker-protocol.js';

const setup = workerData as WorkerSetup;
const cache = setup.cacheDir === undefined ? undefined : createFeatureCache(setup.cacheDir, setup.extractorKey, setup.dims);
const port = parentPort;

port?.on('message', (task: WorkerTask) => {
  extractOneFile(task.path, setup.options, cache).then(
    (result) => port.postMessage({ id: task.id, ok: true, ...result } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ id: task.id, ok: false, reason: failureReason(error) } satisfies WorkerReply),
  );
});
port?.postMessage({ ready: true } satisfies WorkerReply);
