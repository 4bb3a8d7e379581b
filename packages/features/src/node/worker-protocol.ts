import { EmocodeError } from '@emocode/core';
import type { ResolvedExtractFeaturesOptions } from '../extract-features-options.js';

/** What every extraction worker is started with. */
export interface WorkerSetup {
  readonly options: ResolvedExtractFeaturesOptions;
  /** Absolute cache folder, or undefined for no cache. */
  readonly cacheDir: string | undefined;
  readonly extractorKey: string;
  readonly dims: number;
}

/** One file to extract. */
export interface WorkerTask {
  readonly id: number;
  readonly path: string;
}

/** A worker's answer to one task, or its one-time `ready` once its script has loaded. */
export type WorkerReply =
  | { readonly ready: true }
  | { readonly id: number; readonly ok: true; readonly values: Float32Array; readonly durationSeconds: number; readonly cached: boolean }
  | { readonly id: number; readonly ok: false; readonly reason: string };

/** A one-line reason for a failed file: `CODE: message` for our errors, else the message. */
export function failureReason(error: unknown): string {
  if (EmocodeError.isInstance(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
