// The demo page: file, drop and microphone input; results drawn from the worker's replies.
import { classColour, emotionMapSvg, type MapPoint } from './emotion-map.js';
import type { DemoState, WorkerReply, WorkerRequest } from './messages.js';

const state: DemoState = { errors: [] };
(window as unknown as { __emocode: DemoState }).__emocode = state;

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = element<HTMLSpanElement>('status');
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const send = (request: WorkerRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
let map: { classes: readonly string[]; priorMeans: readonly number[]; priorSd: number; training: MapPoint[] } | undefined;

worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
  if (data.kind === 'loaded') {
    void trainingCodes().then((training) => {
      map = { classes: data.classes, priorMeans: data.priorMeans, priorSd: data.priorSd, training };
      element('map').innerHTML = emotionMapSvg(map);
      element<HTMLButtonElement>('record').disabled = false;
      status.textContent = 'ready: drop or choose a WAV, or record';
      state.readyMs = performance.now();
      document.body.dataset.ready = 'true';
    });
  } else if (data.kind === 'prediction') show(data);
  else {
    state.errors.push(data.message);
    status.textContent = `could not read that: ${data.message}`;
  }
};
send({ kind: 'load', modelUrl: new URL('./model/', location.href).href, wasmDir: new URL('./', location.href).href });

/** The training utterances' codes, written at build time (empty when the build had no corpus). */
async function trainingCodes(): Promise<MapPoint[]> {
  const response = await fetch('training-codes.json');
  return response.ok ? ((await response.json()) as MapPoint[]) : [];
}

function show(reply: Extract<WorkerReply, { kind: 'prediction' }>): void {
  const { prediction, features } = reply;
  element('label').textContent = prediction.label;
  element('probabilities').innerHTML = (map?.classes ?? Object.keys(prediction.probabilities))
    .map((c, k) => {
      const p = prediction.probabilities[c] ?? 0;
      return `<div class="bar"><span>${c}</span><span class="fill" style="width:${(p * 12).toFixed(2)}rem;background:${classColour(k)}"></span><span>${(100 * p).toFixed(1)} %</span></div>`;
    })
    .join('');
  if (map) element('map').innerHTML = emotionMapSvg({ ...map, current: { x: prediction.code[0] ?? 0, y: prediction.code[1] ?? 0 } });
  element('timing').textContent =
    `${reply.name}: ${reply.seconds.toFixed(2)} s of audio, IS10 in ${reply.is10Ms.toFixed(0)} ms, encoder on tfjs ${reply.backend}`;
  status.textContent = 'done: drop another';
  state.last = {
    name: reply.name,
    label: prediction.label,
    probabilities: { ...prediction.probabilities },
    code: prediction.code,
    features: Array.from(features),
    is10Ms: reply.is10Ms,
    backend: reply.backend,
  };
  document.body.dataset.predicted = reply.name;
}

async function analyseFile(file: File): Promise<void> {
  status.textContent = `analysing ${file.name}…`;
  const bytes = await file.arrayBuffer();
  send({ kind: 'wav', name: file.name, bytes }, [bytes]);
}

element<HTMLInputElement>('file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void analyseFile(file);
});
const drop = element('drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file) void analyseFile(file);
});

// The microphone: 4 s through MediaRecorder, decoded by the browser to mono float samples.
element<HTMLButtonElement>('record').addEventListener('click', async () => {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const recorder = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise<void>((done) => (recorder.onstop = () => done()));
    recorder.start();
    status.textContent = 'recording 4 s…';
    setTimeout(() => recorder.stop(), 4000);
    await stopped;
    for (const track of stream.getTracks()) track.stop();
    const context = new AudioContext();
    const audio = await context.decodeAudioData(await new Blob(chunks).arrayBuffer());
    await context.close();
    const samples = audio.getChannelData(0).slice();
    send({ kind: 'samples', name: 'recording', samples, sampleRate: audio.sampleRate }, [samples.buffer]);
  } catch (error) {
    status.textContent = `no recording: ${error instanceof Error ? error.message : String(error)}`;
  }
});
