import { describe, expect, it } from 'vitest';
import type { ReportCounts, ReportScope, RunReportShape } from './report-types.js';
import { formatSummary } from './summary.js';

const zero: ReportCounts = { created: 0, updated: 0, deleted: 0, unchanged: 0, invalid: 0, failed: 0, skipped: 0 };

function scope(name: string, extra: Partial<ReportScope> = {}): ReportScope {
  return { scope: name, status: 'success', counts: zero, durationMs: 1200, warnings: [], invalid: [], failures: [], apiCalls: { read: 2, write: 0, retries: 0 }, ...extra };
}

function report(scopes: ReportScope[], extra: Partial<RunReportShape> = {}): RunReportShape {
  return {
    runId: '20261123-231500-ab12',
    durationMs: 4000,
    dryRun: false,
    outcome: 'success',
    exitCode: 0,
    scopes,
    totals: zero,
    apiCalls: { read: 8, write: 3, retries: 1, rateLimited: 0 },
    quota: { window: 'night', reads: { used: 8, limit: 200 }, writes: { used: 3, limit: 50 } },
    ...extra,
  };
}

describe('formatSummary', () => {
  it('tabulates each scope and the totals and ends with the exit verdict', () => {
    const text = formatSummary(report([scope('users', { counts: { ...zero, created: 12, unchanged: 3 } }), scope('projects')], { totals: { ...zero, created: 12, unchanged: 3 } }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Run 20261123-231500-ab12: success in 4.0 s');
    expect(lines[2]).toMatch(/^scope\s+status\s+created\s+updated\s+deleted\s+unchanged\s+invalid\s+failed\s+skipped\s+reads\s+writes\s+time$/);
    expect(lines[3]).toMatch(/^users\s+success\s+12\s+0\s+0\s+3\s/);
    expect(lines[5]).toMatch(/^total\s+success\s+12\s/);
    expect(text).toContain('API calls: 8 reads, 3 writes, 1 retries, 0 rate-limited');
    expect(text).toContain('Quota (night): reads 8/200 per minute, writes 3/50');
    expect(lines.at(-1)).toBe('Exit 0: all good');
  });

  it('lists what needs attention: guard with its override, invalid rows with fixes, failures, errors', () => {
    const invalid = Array.from({ length: 12 }, (_, i) => ({ key: `u${i}@x.example`, field: 'canCreateVehicle', value: 'peut-être', problem: 'is not a boolean', fix: 'use oui/non' }));
    const users = scope('users', {
      status: 'partial',
      invalid,
      failures: [{ action: 'create', key: 'a@x.example', code: 'API_ERROR', message: 'N2F said: culture unknown' }],
      guard: { reason: 'max-deletes', message: '40 deletes planned, limit 10% = 12', override: '--max-deletes 40' },
    });
    const plates = scope('plates', { status: 'failed', error: { code: 'SOURCE_FAILED', message: 'analytics.csv is missing' } });
    const text = formatSummary(report([users, plates], { outcome: 'partial', exitCode: 3 }));
    expect(text).toContain('⚠ deletes held back (max-deletes): 40 deletes planned, limit 10% = 12\n    to allow them for this run: --max-deletes 40');
    expect(text).toContain('✖ invalid u0@x.example: canCreateVehicle = "peut-être" is not a boolean; fix: use oui/non');
    expect(text).toContain('… and 2 more (see --report for all)');
    expect(text).toContain('✖ create a@x.example failed: N2F said: culture unknown [API_ERROR]');
    expect(text).toContain('plates:\n  ✖ could not run: analytics.csv is missing [SOURCE_FAILED]');
    expect(text.split('\n').at(-1)).toBe('Exit 3: a safety guard held back deletes (see above)');
  });
});
