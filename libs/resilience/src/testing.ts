// Test helpers for this library and for the libraries that use it (`@n2f/resilience/testing`).
export { createManualClock } from './lib/manual-clock.js';

export type { ManualClock } from './lib/manual-clock.js';
