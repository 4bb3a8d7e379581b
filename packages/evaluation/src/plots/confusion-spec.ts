import { assert } from '@emocode/core';
import type { TopLevelSpec } from 'vega-lite';

/**
 * Vega-Lite heatmap of a confusion matrix: rows are true classes, columns predicted ones; cells
 * show counts, coloured by the share of the true class (recall along the diagonal).
 * @param matrix k x k counts, row-major (as confusionMatrix returns).
 * @param classes k class names.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH when matrix is not classes.length squared.
 * @example renderSvg(confusionSpec(confusionMatrix(truth, pred, 4), ['neutral', 'happy', 'sad', 'angry']))
 */
export function confusionSpec(matrix: Int32Array, classes: readonly string[]): TopLevelSpec {
  const k = classes.length;
  assert(
    k > 0 && matrix.length === k * k,
    () => `confusionSpec: matrix must hold classes.length² = ${k * k} counts, got ${matrix.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const cells = [];
  for (let t = 0; t < k; t++) {
    let total = 0;
    for (let p = 0; p < k; p++) total += matrix[t * k + p]!;
    for (let p = 0; p < k; p++) {
      const count = matrix[t * k + p]!;
      cells.push({ truth: classes[t]!, predicted: classes[p]!, count, share: total > 0 ? count / total : 0 });
    }
  }
  const axis = (field: string, title: string) => ({ field, type: 'nominal', title, sort: [...classes] }) as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Confusion matrix',
    data: { values: cells },
    width: 48 * k,
    height: 48 * k,
    encoding: { x: axis('predicted', 'predicted'), y: axis('truth', 'true') },
    layer: [
      {
        mark: 'rect',
        encoding: {
          color: { field: 'share', type: 'quantitative', title: 'share of row', scale: { domain: [0, 1], scheme: 'blues' } },
        },
      },
      {
        mark: { type: 'text', fontSize: 12 },
        encoding: {
          text: { field: 'count', type: 'quantitative' },
          color: { condition: { test: 'datum.share > 0.5', value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}
