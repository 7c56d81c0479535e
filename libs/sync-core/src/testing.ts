// Test helpers for code that plans: in-memory application of a plan, as N2F would apply it.
export { applyAxePlan, applyUsersPlan } from './lib/testing/apply-plan.js';
