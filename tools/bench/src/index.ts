export { formatFigure, meetsTarget, median, withPeakMemory } from './lib/harness.js';
export type { Bench, Figure } from './lib/harness.js';
