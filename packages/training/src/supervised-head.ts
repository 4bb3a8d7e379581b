import { createMlp, type Mlp } from '@emocode/model';

/** The optional linear softmax classifier on the code (`codeSize → classes` logits). */
export function supervisedHead(codeSize: number, classes: number, seed: number): Mlp {
  return createMlp({ sizes: [codeSize, classes], activation: 'relu', dropout: 0, seed: seed * 1000 + 300 });
}
