import { describe, expect, it } from 'vitest';
import type { ScopeReport } from './report-types.js';
import { emptyCounts, exitCodeOf, runOutcomeOf, sumCounts } from './run-outcome.js';

function scope(overrides: Partial<ScopeReport>): ScopeReport {
  return {
    scope: 's',
    status: 'success',
    counts: emptyCounts(),
    durationMs: 1,
    warnings: [],
    invalid: [],
    failures: [],
    apiCalls: { read: 0, write: 0, retries: 0 },
    ...overrides,
  };
}
const held = { held: true, reason: 'max-deletes', message: '', numbers: {}, override: '' } as const;

describe('exit codes (domain.md §7)', () => {
  it.each([
    [[scope({})], 0],
    [[scope({ counts: { ...emptyCounts(), invalid: 1 } })], 1],
    [[scope({ counts: { ...emptyCounts(), failed: 2 } })], 1],
    [[scope({ guard: held }), scope({ counts: { ...emptyCounts(), failed: 1 } })], 3],
    [[scope({ status: 'failed' }), scope({ guard: held })], 4],
  ])('%#: exit %i', (scopes, code) => {
    expect(exitCodeOf(scopes)).toBe(code);
  });
});

describe('run outcome', () => {
  it('is aborted, failed, partial or success', () => {
    expect(runOutcomeOf([scope({})], true)).toBe('aborted');
    expect(runOutcomeOf([scope({ status: 'failed' })], false)).toBe('failed');
    expect(runOutcomeOf([scope({ status: 'failed' }), scope({})], false)).toBe('partial');
    expect(runOutcomeOf([scope({})], false)).toBe('success');
  });

  it('adds up counts', () => {
    const total = sumCounts([
      { ...emptyCounts(), created: 2, failed: 1 },
      { ...emptyCounts(), created: 3, skipped: 4 },
    ]);
    expect(total).toEqual({ ...emptyCounts(), created: 5, failed: 1, skipped: 4 });
  });
});
