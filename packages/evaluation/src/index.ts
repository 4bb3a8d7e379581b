export { trainSvm } from './svm/train-svm.js';
export { predictSvm, svmDecisionValues } from './svm/predict-svm.js';
export { voteOneVsOne } from './svm/vote-one-vs-one.js';
export { svmOptions, type SvmOptions, type ResolvedSvmOptions } from './svm/svm-options.js';
export { resolveGamma } from './svm/resolve-gamma.js';
export type { SvmModel, SvmPair } from './svm/svm-model.js';
export { unweightedAverageRecall } from './metrics/unweighted-average-recall.js';
export { weightedAccuracy } from './metrics/weighted-accuracy.js';
export { confusionMatrix } from './metrics/confusion-matrix.js';
export { summarize, type Summary } from './metrics/summarize.js';
export { pairedComparison, type PairedComparison } from './stats/paired-comparison.js';
export { formatTTestP } from './stats/format-t-test.js';
export { studentTCdf } from './stats/student-t.js';
export { tuneSvm, type GridScore } from './tuning/tune-svm.js';
export { svmGrid, tuneSvmOptions, type SvmGrid, type TuneSvmOptions } from './tuning/tune-svm-options.js';
export { reportTable, type ReportRow, type ReportTable } from './report/report-rows.js';
export { reportCsv } from './report/report-csv.js';
export { reportJson } from './report/report-json.js';
export { reportMarkdown } from './report/report-markdown.js';
export { reportHtml } from './report/html/report-html.js';
export { reportHtmlOptions, reportSection, type ReportHtmlOptions, type ReportSection } from './report/html/report-html-options.js';
export { inlineSvg } from './report/html/inline-svg.js';
export { escapeHtml } from './report/html/escape-html.js';
export { reportInput, systemScores, type ReportInput } from './report/report-options.js';
export { codeScatterSpec } from './plots/code-scatter-spec.js';
export { codeScatterOptions, type CodeScatterOptions } from './plots/code-scatter-options.js';
export { confusionSpec } from './plots/confusion-spec.js';
export { uarVsCodeSizeSpec } from './plots/uar-vs-code-size-spec.js';
export { uarVsCodeSizeRow, type UarVsCodeSizeRow } from './plots/uar-vs-code-size-options.js';
export { uarVsSyntheticAmountSpec } from './plots/uar-vs-synthetic-amount-spec.js';
export {
  uarVsSyntheticAmountRow,
  uarVsSyntheticAmountInput,
  type UarVsSyntheticAmountRow,
  type UarVsSyntheticAmountInput,
} from './plots/uar-vs-synthetic-amount-options.js';
export { lossCurveSpec } from './plots/loss-curve-spec.js';
export { lossCurveRow, type LossCurveRow } from './plots/loss-curve-options.js';
