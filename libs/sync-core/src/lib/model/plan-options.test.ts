import { describe, expect, it } from 'vitest';
import { expectConfigurationError } from '../../../test/fixtures/errors.js';
import { resolvePlanOptions, type PlanOptions } from './plan-options.js';

describe('resolvePlanOptions', () => {
  it('applies the defaults', () => {
    const options = resolvePlanOptions({ today: '2025-06-15' });
    expect(options).toMatchObject({
      sandbox: false,
      cultures: ['fr', 'nl'],
      protected: [],
      axeDeleteMode: 'delete',
      today: '2025-06-15',
    });
    expect([...options.actions]).toEqual(['create', 'update']);
    expect(options.quotas.day).toEqual({ reads: 60, writes: 10 });
  });

  it('normalises cultures and takes a Date for today', () => {
    const options = resolvePlanOptions({
      cultures: [' FR', 'nl', 'fr'],
      today: new Date(Date.UTC(2025, 0, 2, 23)),
    });
    expect(options.cultures).toEqual(['fr', 'nl']);
    expect(options.today).toBe('2025-01-02');
  });

  it.each<[PlanOptions, string]>([
    [{ cultures: [] }, 'cultures'],
    [{ actions: ['create', 'purge' as 'create'] }, 'actions'],
    [{ axeDeleteMode: 'archive' as 'delete' }, 'axeDeleteMode'],
    [{ today: '15/06/2025' }, 'today'],
  ])('rejects %j naming %s', (given, key) => {
    expectConfigurationError(() => resolvePlanOptions(given), key);
  });
});
