import { describe, expect, it } from 'vitest';
import type { Counts, RunReport, ScopeReport } from '@n2f/sync-core';
import { formatSummary } from './summary.js';

const zero: Counts = { created: 0, updated: 0, deleted: 0, unchanged: 0, invalid: 0, failed: 0, skipped: 0 };

function scope(name: string, extra: Partial<ScopeReport> = {}): ScopeReport {
  return { scope: name, status: 'success', result: { kind: 'success', shortfalls: [] }, counts: zero, durationMs: 1200, warnings: [], invalid: [], failures: [], apiCalls: { read: 2, write: 0, retries: 0 }, ...extra };
}

function report(scopes: ScopeReport[], extra: Partial<RunReport> = {}): RunReport {
  return {
    runId: '20261123-231500-ab12',
    startedAt: '2026-11-23T23:15:00.000Z',
    finishedAt: '2026-11-23T23:15:04.000Z',
    durationMs: 4000,
    sandbox: false,
    actions: ['create', 'update'],
    dryRun: false,
    outcome: 'success',
    result: { kind: 'success', shortfalls: [] },
    scopes,
    totals: zero,
    ignored: [],
    apiCalls: { read: 8, write: 3, retries: 1, rateLimited: 0 },
    quota: { window: 'night', reads: { used: 8, limit: 200 }, writes: { used: 3, limit: 50 } },
    ...extra,
  };
}

describe('formatSummary', () => {
  it('tabulates each scope and the totals, the quota use, and ends with the verdict', () => {
    const text = formatSummary(report([scope('users', { counts: { ...zero, created: 12, unchanged: 3 } }), scope('projects')], { totals: { ...zero, created: 12, unchanged: 3 } }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Run 20261123-231500-ab12: success in 4.0 s');
    expect(lines[2]).toMatch(/^scope\s+status\s+created\s+updated\s+deleted\s+unchanged\s+invalid\s+failed\s+skipped\s+time$/);
    expect(lines[3]).toMatch(/^users\s+success\s+12\s+0\s+0\s+3\s/);
    expect(lines[5]).toMatch(/^total\s+success\s+12\s/);
    expect(text).toContain('N2F calls: 8 reads, 3 writes, 1 retries');
    expect(text).toContain('quota (night window): 8/200 reads and 3/50 writes in the last minute; 0 rate-limited');
    expect(lines.at(-1)).toBe('Result: all good');
    expect(text).not.toContain('ignored');
  });

  it('accounts for the rows no scope takes: each routing value once, and their total', () => {
    const ignored = [{ view: 'analytics', value: "typ 'FOO'", rows: 3 }, { view: 'analytics', value: 'typ NULL', rows: 2 }] as const;
    const text = formatSummary(report([scope('projects')], { ignored }));
    expect(text).toContain("ignored: 5 source rows no scope of this run takes\n  ignored: typ 'FOO' × 3 (analytics)\n  ignored: typ NULL × 2 (analytics)");
  });

  it('lists what needs attention: guard with its override, invalid rows with fixes, failures, errors', () => {
    const invalid = Array.from({ length: 12 }, (_, i) => ({ scope: 'users', key: `u${i}@x.example`, field: 'canCreateVehicle', column: 'Creation_Vehicule', value: 'peut-être', problem: 'is not a boolean', fix: 'use oui/non', rowNumber: i + 1 }));
    const users = scope('users', {
      status: 'partial',
      invalid,
      failures: [{ action: 'create', key: 'a@x.example', outcome: 'refused', code: 'API_ERROR', message: 'N2F said: culture unknown', status: 422 }],
      guard: { held: true, reason: 'max-deletes', message: '40 deletes planned, limit 10% = 12', numbers: { deletes: 40, limit: 12 }, override: '--max-deletes 40' },
    });
    const plates = scope('plates', { status: 'failed', error: { name: 'SourceError', code: 'SOURCE_FAILED', message: 'analytics.csv is missing', transient: false, context: {} } });
    const text = formatSummary(report([users, plates], { outcome: 'partial', result: { kind: 'guard-held', shortfalls: ['guard-held'] } }));
    expect(text).toContain('⚠ deletes held back (max-deletes): 40 deletes planned, limit 10% = 12\n    to allow them for this run: --max-deletes 40');
    expect(text).toContain('✖ invalid u0@x.example (row 1, column Creation_Vehicule): canCreateVehicle = "peut-être" is not a boolean; fix: use oui/non');
    expect(text).toContain('… and 2 more (see --report for all)');
    expect(text).toContain('✖ create a@x.example refused: N2F said: culture unknown [API_ERROR]');
    expect(text).toContain('plates:\n  ✖ could not run: analytics.csv is missing [SOURCE_FAILED]');
    expect(text.split('\n').at(-1)).toBe('Result: a safety guard held back deletes or mass changes (see above)');
  });
  it('ends an interrupted run with what was done and what was not attempted, never "all good"', () => {
    const totals = { ...zero, created: 12, updated: 3, unchanged: 40, skipped: 25 };
    const users = scope('users', { status: 'aborted', counts: totals, result: { kind: 'interrupted', shortfalls: ['interrupted'] } });
    const text = formatSummary(report([users], { outcome: 'aborted', totals, result: { kind: 'interrupted', shortfalls: ['interrupted'] } }));
    expect(text.split('\n').at(-1)).toBe('interrupted: 15 done, 25 not attempted — run again to finish');
    expect(text).not.toContain('all good');
  });
});
