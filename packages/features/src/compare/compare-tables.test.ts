import { createFeatureTable, type FeatureTable } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { compareFeatureTables, quantileSorted } from './compare-tables.js';
import { featureGroup } from './feature-group.js';

function tableOf(names: string[], rows: Record<string, number[]>): FeatureTable {
  const keys = Object.keys(rows);
  return createFeatureTable({ names, data: Float32Array.from(keys.flatMap((k) => rows[k] as number[])), meta: { name: keys } });
}

const names = ['pcm_loudness_sma_amean', 'mfcc_sma[0]_amean', 'F0final__Turn_duration'];
const reference = tableOf(names, {
  'a.wav': [1, 1, 3],
  'b.wav': [2, 2, 3],
  'c.wav': [3, 3, 3],
  'd.wav': [4, 4, 3],
  'e.wav': [5, 5, 3],
  'only-ref.wav': [9, 9, 9],
});
// Rows in another order; mfcc permuted so that r = 0.8; duration constant and equal.
const ours = tableOf(names, {
  'e.wav': [5, 5, 3],
  'd.wav': [4, 3, 3],
  'c.wav': [3, 4, 3],
  'b.wav': [2.001, 1, 3],
  'a.wav': [1, 2, 3.0001],
  'only-ours.wav': [0, 0, 0],
});

describe('compareFeatureTables', () => {
  const c = compareFeatureTables(ours, reference, { worst: 2 });

  it('matches rows by name and reports the unmatched ones', () => {
    expect(c.rows).toBe(5);
    expect(c.onlyInA).toEqual(['only-ours.wav']);
    expect(c.onlyInB).toEqual(['only-ref.wav']);
    expect(c.features).toBe(3);
  });

  it('computes per-feature r and relative-error shares', () => {
    const [loud, mfcc, duration] = c.perFeature;
    expect(mfcc?.pearson).toBeCloseTo(0.8, 6);
    expect(mfcc?.spearman).toBeCloseTo(0.8, 6);
    expect(mfcc?.shareWithin1e3).toBeCloseTo(1 / 5, 12); // only e.wav is exact
    expect(loud?.pearson).toBeGreaterThan(0.99999);
    expect(loud?.shareWithin1e3).toBeCloseTo(1, 12); // 2.001 vs 2: rel 5e-4
    // Constant in the reference: r falls back to 1 because every value is within 1e-3.
    expect(duration?.pearson).toBe(1);
    expect(duration?.group).toBe('onset/duration');
  });

  it('pools values and summarises by group', () => {
    expect(c.shareValuesWithin1e3).toBeCloseTo(11 / 15, 12);
    expect(c.worst.map((f) => f.name)).toEqual(['mfcc_sma[0]_amean', 'pcm_loudness_sma_amean']);
    expect(c.groups.map((g) => g.group)).toEqual(['loudness', 'mfcc', 'onset/duration']);
    expect(c.groups[1]?.medianPearson).toBeCloseTo(0.8, 6);
    expect(c.medianPearson).toBeGreaterThan(0.99999);
    expect(c.pearsonQuantiles.q0).toBeCloseTo(0.8, 6);
    expect(c.sharePearsonAtLeast099).toBeCloseTo(2 / 3, 12);
  });

  it('rejects tables without common rows', () => {
    const other = tableOf(names, { 'x.wav': [1, 2, 3] });
    expect(() => compareFeatureTables(other, reference)).toThrow(/common names/);
  });
});

describe('featureGroup / quantileSorted', () => {
  it('maps IS10 names to their LLD group', () => {
    expect(featureGroup('mfcc_sma_de[3]_quartile1')).toBe('mfcc');
    expect(featureGroup('F0final_sma_de_amean')).toBe('F0final');
    expect(featureGroup('F0final__Turn_onsetRate')).toBe('onset/duration');
    expect(featureGroup('voicingFinalUnclipped_sma_iqr1-2')).toBe('voicing');
    expect(featureGroup('zcr_sma_amean')).toBe('other');
  });

  it('interpolates like numpy', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
  });
});
