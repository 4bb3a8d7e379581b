// The demo's Web Worker: WAV decoding, IS10 and the model (its encoder on tfjs' wasm backend), off the page's thread.
import { extractFeatures, readWav } from '@emocode/features';
import { loadModel, type EmotionModel } from '@emocode/predict';
import type { WorkerReply, WorkerRequest } from './messages.js';
import { tfjsEncoder } from './tfjs-encoder.js';

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;
let model: EmotionModel | undefined;
let encoder: Awaited<ReturnType<typeof tfjsEncoder>> | undefined;

function predict(name: string, samples: Float32Array, sampleRate: number): void {
  if (!model || !encoder) throw new Error('the model is not loaded yet');
  const started = performance.now();
  const { values } = extractFeatures({ samples, sampleRateHz: sampleRate });
  const is10Ms = performance.now() - started;
  const prediction = model.predictFeatures(values, 1, undefined, { encode: encoder.encode })[0]!;
  const seconds = samples.length / sampleRate;
  scope.postMessage({ kind: 'prediction', name, prediction, features: values, seconds, is10Ms, backend: encoder.backend }, [values.buffer]);
}

scope.onmessage = async ({ data }) => {
  try {
    if (data.kind === 'load') {
      model = await loadModel(data.modelUrl);
      encoder = await tfjsEncoder(model.encoder, data.wasmDir);
      const { prior } = model.manifest;
      scope.postMessage({ kind: 'loaded', classes: model.classes, priorMeans: prior.means, priorSd: prior.sd });
    } else if (data.kind === 'wav') {
      const wav = readWav(new Uint8Array(data.bytes));
      predict(data.name, wav.samples, wav.sampleRateHz);
    } else predict(data.name, data.samples, data.sampleRate);
  } catch (error) {
    scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
