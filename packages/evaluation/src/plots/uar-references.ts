import { z } from 'zod';

/** Horizontal reference rules of a UAR plot, e.g. raw features and chance, each with its label. */
export const uarReferences = z.array(z.strictObject({ label: z.string().min(1), uar: z.number().min(0).max(1) })).default([]);
export type UarReferences = z.input<typeof uarReferences>;
