export { writeReport } from './write-report.js';
