import { z } from 'zod';

/** The tfjs backends emocode can run on, fastest first. */
export const backendNames = ['tensorflow', 'wasm', 'cpu'] as const;

/** Name of a tfjs backend emocode can select. */
export type BackendName = (typeof backendNames)[number];

/** Options of {@link selectBackend}; `EMOCODE_BACKEND` in the environment overrides `backend`. */
export const backendOptions = z.strictObject({
  /** Force one backend instead of the first that loads; failing to load it then throws. */
  backend: z.enum(backendNames).optional(),
  /** wasm worker threads (XNNPACK thread pool size); default: the cores Node reports. */
  threads: z.number().int().min(1).max(8).optional(),
});

/** What callers pass to {@link selectBackend}. */
export type BackendOptions = z.input<typeof backendOptions>;

/** The backend in use, why it was chosen, and its wasm thread count. */
export interface BackendSelection {
  readonly name: BackendName;
  readonly reason: string;
  readonly threads?: number;
}
