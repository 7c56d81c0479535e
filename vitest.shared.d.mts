import type { UserWorkspaceConfig } from 'vitest/config';
/** Shared Vitest settings for every project: node environment, sources resolved directly. */
export declare function sharedTestConfig(projectRoot: string): UserWorkspaceConfig;
//# sourceMappingURL=vitest.shared.d.mts.map