import { describe, expect, it } from 'vitest';
import { aaeRecipes } from './aae-recipes.js';
import { trainAaeOptions } from './train-options.js';

describe('aaeRecipes', () => {
  it('are valid trainAae options with the study settings', () => {
    const ours = trainAaeOptions.parse(aaeRecipes.ours);
    expect(ours.jointGenerator).toBe(true);
    expect(ours.model.hidden).toEqual([256, 256]);
    expect(ours.model.inputDropout).toBe(0);
    expect(ours.classMixup).toBe(0.5);
    expect(ours.adversarialWeight).toBe(0.1);
    expect(ours.balanceClasses).toBe(false);
    expect(ours.maxSteps).toBe(1500);
    const paper = trainAaeOptions.parse({ ...aaeRecipes.paper, seed: 3 });
    expect(paper.model.hidden).toEqual([1000, 1000]);
    expect(paper.supervisedWeight).toBe(0);
    expect(paper.classMixup).toBe(0);
    expect(paper.balanceClasses).toBe(false);
    expect(paper.maxSteps).toBeUndefined();
    expect(paper.seed).toBe(3);
  });
});
