import { defineProject } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.mts';

export default defineProject(sharedTestConfig(import.meta.dirname));
