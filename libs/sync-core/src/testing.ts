// Test helpers for code that plans: in-memory application of a plan, as N2F would apply it.
export { applyAxePlan, applyUsersPlan } from './lib/testing/apply-plan.js';
// Reference data straight from a simulator (or generated) state, as `loadReferences` reads it.
export { referencesFromState } from './lib/testing/references-from-state.js';
export type { StateReferences } from './lib/testing/references-from-state.js';
