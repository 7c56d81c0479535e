import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('runs the tests on Node 24 or later (pinned by the `node` dev dependency)', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(24);
  });
});
