/** Layer widths of the paper-size AAE (encoder, decoder, discriminator on [code, one-hot]). */
export function aaeSizes(features: number, hidden: number, codeSize: number, classes: number) {
  return {
    encoder: [features, hidden, hidden, codeSize],
    decoder: [codeSize, hidden, hidden, features],
    discriminator: [codeSize + classes, hidden, hidden, 1],
  };
}

const macs = (sizes: readonly number[]) => sizes.slice(1).reduce((s, out, i) => s + sizes[i]! * out, 0);
const firstLayer = (sizes: readonly number[]) => sizes[0]! * sizes[1]!;

/**
 * Matmul FLOPs of one epoch, forward + backward, counted as PyTorch's reference loop does them
 * (bench/torch_aae_epoch.py): weight gradients for every layer whose weights require grad, input
 * gradients for every layer except a net's first when its input is data. The same count divides
 * every backend's time, so GFLOP/s ratios equal speed ratios.
 */
export function aaeEpochFlops(rows: number, sizes: ReturnType<typeof aaeSizes>): number {
  const enc = macs(sizes.encoder);
  const dec = macs(sizes.decoder);
  const dis = macs(sizes.discriminator);
  const reconstruction = 2 * (enc + dec) + (enc - firstLayer(sizes.encoder)) + dec;
  const discriminator = enc + 2 * dis + 2 * dis + 2 * (dis - firstLayer(sizes.discriminator));
  const generator = enc + dis + 2 * dis + enc + (enc - firstLayer(sizes.encoder));
  return 2 * rows * (reconstruction + discriminator + generator);
}
