export { writeReport } from './write-report.js';
export { renderSvg, renderPng } from './render.js';
export { writePlot } from './write-plot.js';
