import type { EmotionPrediction } from '@emocode/predict';

/** What the page asks the worker. */
export type WorkerRequest =
  | { readonly kind: 'load'; readonly modelUrl: string; /** Where tfjs' wasm backend finds its .wasm files. */ readonly wasmDir: string }
  | { readonly kind: 'wav'; readonly name: string; readonly bytes: ArrayBuffer }
  | { readonly kind: 'samples'; readonly name: string; readonly samples: Float32Array; readonly sampleRate: number };

/** What the worker answers. */
export type WorkerReply =
  | { readonly kind: 'loaded'; readonly classes: readonly string[]; readonly priorMeans: readonly number[]; readonly priorSd: number }
  | {
      readonly kind: 'prediction';
      readonly name: string;
      readonly prediction: EmotionPrediction;
      /** The IS10 vector (1582 values, openSMILE units). */
      readonly features: Float32Array;
      readonly seconds: number;
      /** Wall time of the IS10 extraction in the worker. */
      readonly is10Ms: number;
      /** The tfjs backend the encoder ran on. */
      readonly backend: string;
    }
  | { readonly kind: 'error'; readonly message: string };

/** What the page exposes for its browser test and for the curious (`window.__emocode`). */
export interface DemoState {
  /** performance.now() when the model, tfjs and the map were ready. */
  readyMs?: number;
  /** The last prediction shown, with the IS10 vector it came from. */
  last?: {
    name: string;
    label: string;
    probabilities: Record<string, number>;
    code: number[];
    features: number[];
    is10Ms: number;
    backend: string;
  };
  errors: string[];
}
