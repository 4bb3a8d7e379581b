import { z } from 'zod';
import { reportInput } from '../report-options.js';

/** A figure of a section: an SVG document and what it shows. */
export const reportFigure = z.strictObject({
  caption: z.string().min(1),
  svg: z.string().min(1),
});

/** One experiment's results: its table, the facts above it, its figures and what produced it. */
export const reportSection = z.strictObject({
  title: z.string().min(1),
  /** Lines above the table, e.g. rows, folds, seeds, normalisation. */
  facts: z.array(z.string()).default([]),
  table: reportInput,
  /** Chance-level UAR (0..1), said under the table. */
  chanceUar: z.number().min(0).max(1).optional(),
  figures: z.array(reportFigure).default([]),
  /** The spec, data hashes, seeds, commit, package versions and command, shown as JSON. */
  provenance: z.record(z.string(), z.unknown()).default({}),
});

/** A whole report page. */
export const reportHtmlOptions = z.strictObject({
  title: z.string().min(1).default('emocode results'),
  sections: z.array(reportSection).min(1),
});

export type ReportHtmlOptions = z.input<typeof reportHtmlOptions>;
export type ReportSection = z.input<typeof reportSection>;
