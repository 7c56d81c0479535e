import { describe, expect, it } from 'vitest';
import type { Outcome, ScopeReport, Shortfall } from './report-types.js';
import {
  emptyCounts,
  outcomeOf,
  runOutcomeOf,
  runResultOf,
  scopeOutcome,
  sumCounts,
} from './outcome.js';

const ok = { interrupted: false, failed: false, guardHeld: false, failures: 0, invalid: 0 };

function scope(overrides: Partial<ScopeReport>, result: Partial<typeof ok> = {}): ScopeReport {
  return {
    scope: 's',
    status: 'success',
    result: scopeOutcome({ ...ok, ...result }),
    counts: emptyCounts(),
    durationMs: 1,
    warnings: [],
    invalid: [],
    failures: [],
    apiCalls: { read: 0, write: 0, retries: 0 },
    ...overrides,
  };
}

describe('typed outcomes (domain.md §7)', () => {
  it.each<[ScopeReport[], Outcome['kind'], Shortfall[]]>([
    [[scope({})], 'success', []],
    [[scope({}, { invalid: 1 })], 'invalid-rows', ['invalid-rows']],
    [[scope({}, { failures: 2 })], 'failures', ['failures']],
    [
      [scope({}, { guardHeld: true }), scope({}, { failures: 1 })],
      'guard-held',
      ['guard-held', 'failures'],
    ],
    [
      [scope({ status: 'failed' }, { failed: true }), scope({}, { guardHeld: true })],
      'scope-failed',
      ['scope-failed', 'guard-held'],
    ],
  ])('%#: %s', (scopes, kind, shortfalls) => {
    expect(runResultOf(scopes, false)).toEqual({ kind, shortfalls });
  });

  it('puts an interrupted run first, and keeps what else fell short', () => {
    expect(runResultOf([scope({}, { invalid: 3 })], true)).toEqual({
      kind: 'interrupted',
      shortfalls: ['interrupted', 'invalid-rows'],
    });
    expect(outcomeOf(['failures', 'failures', 'invalid-rows'])).toEqual({
      kind: 'failures',
      shortfalls: ['failures', 'invalid-rows'],
    });
  });
});

describe('run outcome', () => {
  it('is aborted, failed, partial or success', () => {
    expect(runOutcomeOf([scope({})], true)).toBe('aborted');
    expect(runOutcomeOf([scope({ status: 'failed' }, { failed: true })], false)).toBe('failed');
    expect(runOutcomeOf([scope({ status: 'failed' }, { failed: true }), scope({})], false)).toBe(
      'partial',
    );
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
