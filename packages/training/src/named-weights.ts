import * as tf from '@tensorflow/tfjs-core';
import { EmocodeError } from '@emocode/core';

/** Variables of named networks/optimizers, flattened to `group/index` names. */
/** A tensor with the name it is saved under. */
export interface NamedTensor {
  name: string;
  tensor: tf.Tensor;
}

export type VariableGroups = Record<string, readonly tf.Variable[]>;

/** Encodes the variables of every group into one weights buffer. */
export async function encodeGroups(
  groups: VariableGroups,
  extra: NamedTensor[] = [],
): Promise<{ data: ArrayBuffer; specs: tf.io.WeightsManifestEntry[] }> {
  const named: NamedTensor[] = [...extra];
  for (const [group, vars] of Object.entries(groups)) vars.forEach((v, i) => named.push({ name: `${group}/${i}`, tensor: v }));
  return tf.io.encodeWeights(named);
}

/**
 * Assigns decoded weights to the variables of `groups` (shapes must match) and returns the
 * decoded tensors that no group claimed (optimizer state); the caller disposes those.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH / EMOCODE_PARSE_ERROR for a checkpoint that
 *   does not fit the model.
 */
export function assignGroups(decoded: tf.NamedTensorMap, groups: VariableGroups, where: string): tf.NamedTensorMap {
  const rest: tf.NamedTensorMap = { ...decoded };
  for (const [group, vars] of Object.entries(groups)) {
    vars.forEach((v, i) => {
      const name = `${group}/${i}`;
      const t = rest[name];
      if (!t)
        throw new EmocodeError('EMOCODE_PARSE_ERROR', `${where}: weights must contain "${name}", got none. Was it saved by another model?`);
      if (t.shape.join('x') !== v.shape.join('x')) {
        throw new EmocodeError('EMOCODE_SHAPE_MISMATCH', `${where}: weight "${name}" must have shape [${v.shape}], got [${t.shape}].`);
      }
      v.assign(t);
      t.dispose();
      delete rest[name];
    });
  }
  return rest;
}
