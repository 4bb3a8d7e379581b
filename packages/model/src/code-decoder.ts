/**
 * Anything that maps codes back to feature space (a trained AAE or autoencoder). Synthesis
 * depends on this contract, not on the training package.
 */
export interface CodeDecoder {
  readonly inputDims: number;
  readonly codeSize: number;
  /**
   * Decodes `rows x codeSize` codes to `rows x inputDims` features (in the units the model
   * was trained on, usually standardized).
   */
  decode(codes: Float32Array, rows: number): Float32Array;
}
