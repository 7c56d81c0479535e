import { defineProject } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.mts';

// Coverage floor raised to what the tests reach (the shared floor of apps is 80 % lines).
export default defineProject(sharedTestConfig(import.meta.dirname, { lines: 85 }));
