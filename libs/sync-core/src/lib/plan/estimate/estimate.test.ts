import { describe, expect, it } from 'vitest';
import { demoReferences } from '../../../../test/fixtures/demo.js';
import { combineEstimates, estimateCalls, pagesFor, referenceReads } from './estimate.js';
import { DEFAULT_QUOTAS } from '@n2f/resilience';
import { resolveQuotas } from './quotas.js';

describe('estimate', () => {
  it.each([
    [0, 1],
    [199, 1],
    [200, 2],
    [451, 3],
    [100_000, 501],
  ])('%i items take %i GETs', (n, pages) => {
    expect(pagesFor(n)).toBe(pages);
  });

  it('counts reference pages: companies, roles, profiles and each company’s custom axes', () => {
    expect(referenceReads(demoReferences)).toBe(1 + 1 + 1 + 2);
  });

  it('matches the legacy measurement: 1804 writes take 3 h by day and 36 min by night', () => {
    const estimate = estimateCalls(
      { targetReads: 0, referenceReads: 0, creates: 1803, updates: 0, deletes: 0 },
      DEFAULT_QUOTAS,
    );
    expect(estimate.writes.total).toBe(1804);
    expect(estimate.durationMs.day).toBe(180 * 60_000);
    expect(estimate.durationMs.night).toBe(36 * 60_000);
  });

  it('adds read time, uses configured quotas, and costs nothing for nothing', () => {
    const quotas = resolveQuotas({ day: { reads: 10 } });
    const estimate = estimateCalls(
      { targetReads: 15, referenceReads: 6, creates: 0, updates: 0, deletes: 0 },
      quotas,
    );
    expect(estimate.durationMs.day).toBe(2 * 60_000);
    expect(estimate.durationMs.night).toBe(0);
  });

  it('combines scopes counting references and auth once', () => {
    const a = estimateCalls(
      { targetReads: 3, referenceReads: 5, creates: 2, updates: 1, deletes: 0 },
      DEFAULT_QUOTAS,
    );
    const b = estimateCalls(
      { targetReads: 2, referenceReads: 5, creates: 0, updates: 0, deletes: 4 },
      DEFAULT_QUOTAS,
    );
    const total = combineEstimates([a, b], DEFAULT_QUOTAS);
    expect(total.reads).toEqual({ target: 5, references: 5, total: 10 });
    expect(total.writes).toEqual({ creates: 2, updates: 1, deletes: 4, auth: 1, total: 8 });
  });

  it('rejects quotas that are not positive numbers, naming them', () => {
    expect(() => resolveQuotas({ night: { writes: 0 } })).toThrow(/quotas\.night\.writes/);
  });
});
