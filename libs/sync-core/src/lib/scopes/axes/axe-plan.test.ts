import type { AgressoAnalyticsRow } from '@n2f/agresso-source';
import type { N2fAxeValue } from '@n2f/n2f-client';
import { describe, expect, it } from 'vitest';
import { analyticsRow, demoReferences, records } from '../../../../test/fixtures/demo.js';
import type { AxeValueTarget } from './axe-record.js';
import { platesScope, projectsScope, subpostsScope } from './builtin-scopes.js';
import { plan } from '../../plan/plan.js';
import type { PlanOptions } from '../../model/plan-options.js';

const BE = 'MTAwMQ==';
const NL = 'MTAwMg==';
const BE_PLATE = 'YXhlLWJlLXBsYXF1ZQ==';
const NL_PLATE = 'YXhlLW5sLXBsYXF1ZQ==';
const ALL: PlanOptions = { actions: ['create', 'update', 'delete'] };
const projects = (rows: AgressoAnalyticsRow[], target: AxeValueTarget[], options = ALL) =>
  plan(projectsScope(), records(rows), target, demoReferences, options);

const value = (code: string, overrides: Partial<N2fAxeValue> = {}): N2fAxeValue => ({
  code,
  names: [
    { culture: 'nl', value: `Value ${code}` },
    { culture: 'fr', value: `Value ${code}` },
    { culture: 'en', value: 'ignored' },
  ],
  validityDateFrom: '2025-01-01T00:00:00Z',
  validityDateTo: null,
  ...overrides,
});
const at = (company: string, axe: string, v: N2fAxeValue): AxeValueTarget => ({
  company,
  axe,
  value: v,
});

describe('plan: axe values', () => {
  it('sends no value whose company and code repeat once trimmed, takes back what streamed, and holds its N2F value', () => {
    const target = [at(BE, 'projects', value('P1')), at(BE, 'projects', value('P2'))];
    const rows = [
      analyticsRow('PROJECT', 'BE10', 'P1'), // unchanged, then taken back
      analyticsRow('PROJECT', 'BE10', 'P2', { description: 'New name' }), // an update, then taken back
      analyticsRow('PROJECT', 'BE10', 'P3'), // a create, then taken back
      analyticsRow('PROJECT', ' BE10', 'P1 '),
      analyticsRow('PROJECT', 'BE10 ', ' P2'),
      analyticsRow('PROJECT', 'BE10', 'P3'),
      analyticsRow('PROJECT', 'NL20', 'P1'), // another company: another key
    ];
    const result = projects(rows, target);
    expect(result.creates.map((entry) => entry.key)).toEqual([expect.stringContaining('P1')]);
    expect(result.creates[0]?.after['company']).toBe(NL);
    expect(result.updates).toEqual([]);
    expect(result.deletes).toEqual([]);
    expect(result.counts).toMatchObject({ unchanged: 0, invalid: 6, creates: 1, updates: 0, deletes: 0 });
    expect(result.invalid.map((record) => record.rowNumber)).toEqual([1, 4, 2, 5, 3, 6]);
    expect(result.warnings.filter((w) => w.code === 'AMBIGUOUS_SOURCE_KEY')).toHaveLength(2);
  });

  it('sees no change when N2F holds the value in its own forms', () => {
    const target = [
      at(
        BE,
        'projects',
        value('P1', {
          validityDateFrom: '2025-01-01T00:00:00',
          validityDateTo: '2099-12-31T00:00:00Z',
        }),
      ),
    ];
    const result = plan(
      projectsScope(),
      records([analyticsRow(' project ', ' BE10 ', 'P1')]),
      target,
      demoReferences,
      ALL,
    );
    expect(result.invalid).toEqual([]);
    expect(result.counts).toMatchObject({ unchanged: 1, creates: 0, updates: 0, deletes: 0 });
  });

  it('keeps a shared code apart in each company and posts to the right one', () => {
    const rows = [
      analyticsRow('PROJECT', 'BE10', 'P1'),
      analyticsRow('PROJECT', 'NL20', 'P1', { description: 'Nieuw' }),
    ];
    const result = projects(rows, [at(BE, 'projects', value('P1'))]);
    expect(result.counts.unchanged).toBe(1);
    expect(result.creates).toEqual([
      expect.objectContaining({
        key: 'NL20/P1',
        after: expect.objectContaining({ company: NL, axe: 'projects' }),
      }),
    ]);
    expect(result.creates[0]?.payload).toEqual({
      code: 'P1',
      names: [
        { culture: 'fr', value: 'Nieuw' },
        { culture: 'nl', value: 'Nieuw' },
      ],
      validityDateFrom: '2025-01-01T00:00:00Z',
      validityDateTo: null,
    });
  });

  it('looks plate axes up per company, never borrowing another company’s', () => {
    const rows = [
      analyticsRow('PLAQUE', 'BE10', '1-ABC-123'),
      analyticsRow('plaque', 'NL20', 'XX-11'),
    ];
    const result = plan(platesScope(), records(rows), [], demoReferences, ALL);
    expect(result.creates.map((e) => e.after['axe'])).toEqual([BE_PLATE, NL_PLATE]);
    const noAxe = { ...demoReferences, customAxes: { [BE]: demoReferences.customAxes[BE] ?? [] } };
    const missing = plan(platesScope(), records(rows), [], noAxe, ALL);
    expect(missing.invalid).toEqual([expect.objectContaining({ field: 'axe', key: 'NL20/XX-11' })]);
  });

  it('only takes its own typ', () => {
    const rows = [
      analyticsRow('SUBPOST', 'BE10', 'S1'),
      analyticsRow('PROJECT', 'BE10', 'P1'),
      analyticsRow('OTHER', 'BE10', 'O1'),
    ];
    expect(
      plan(subpostsScope(), records(rows), [], demoReferences).creates.map((e) => e.key),
    ).toEqual(['BE10/S1']);
  });

  it('updates names and dates, comparing the written cultures only', () => {
    const rows = [
      analyticsRow('PROJECT', 'BE10', 'P1', { description: 'Renamed', date_to: '31/12/2025' }),
    ];
    const result = projects(rows, [at(BE, 'projects', value('P1'))]);
    expect(result.updates[0]?.changes).toEqual([
      {
        field: 'names',
        before: { fr: 'Value P1', nl: 'Value P1' },
        after: { fr: 'Renamed', nl: 'Renamed' },
      },
      { field: 'validityDateTo', before: null, after: '2025-12-31' },
    ]);
    expect(result.updates[0]?.payload.validityDateTo).toBe('2025-12-31T00:00:00Z');
  });

  it('rejects unknown companies, empty codes and descriptions, bad or inverted dates', () => {
    const rows = [
      analyticsRow('PROJECT', 'XX99', 'P1'),
      analyticsRow('PROJECT', 'XX99', 'P2'),
      analyticsRow('PROJECT', 'BE10', ' '),
      analyticsRow('PROJECT', 'BE10', 'P3', { description: null }),
      analyticsRow('PROJECT', 'BE10', 'P4', { date_from: '2025-31-01' }),
      analyticsRow('PROJECT', 'BE10', 'P5', { date_from: '2025-06-01', date_to: '2025-05-01' }),
    ];
    const result = plan(projectsScope(), records(rows), [], demoReferences, ALL);
    expect(result.invalid.map((r) => [r.key, r.field, r.column])).toEqual([
      ['XX99/P1', 'company', 'client'],
      ['XX99/P2', 'company', 'client'],
      [null, 'code', 'code'],
      ['BE10/P3', 'names', 'description'],
      ['BE10/P4', 'validityDateFrom', 'date_from'],
      ['BE10/P5', 'validityDateTo', 'date_to'],
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_COMPANY',
        key: 'XX99',
        message: expect.stringContaining('2 value(s)'),
      }),
    ]);
  });

  it('deletes values the source lost, protecting codes by pattern', () => {
    const target = [at(BE, 'projects', value('P1')), at(BE, 'projects', value('KEEP-1'))];
    const result = plan(projectsScope(), records([]), target, demoReferences, {
      ...ALL,
      protected: ['keep-*'],
    });
    expect(result.deletes).toEqual([
      expect.objectContaining({ action: 'delete', key: 'BE10/P1', protected: false }),
      expect.objectContaining({ action: 'delete', key: 'BE10/KEEP-1', protected: true }),
    ]);
  });

  it('expires instead of deleting when asked, once', () => {
    const target = [
      at(BE, 'projects', value('OPEN')),
      at(BE, 'projects', value('FUTURE', { validityDateFrom: '2025-09-01T00:00:00Z' })),
      at(BE, 'projects', value('ENDED', { validityDateTo: '2025-03-01T00:00:00Z' })),
    ];
    const result = plan(projectsScope(), records([]), target, demoReferences, {
      ...ALL,
      axeDeleteMode: 'expire',
      today: '2025-06-15',
    });
    expect(
      result.deletes.map((e) => [
        e.key,
        e.action,
        e.action === 'expire' ? e.payload.validityDateTo : null,
      ]),
    ).toEqual([
      ['BE10/OPEN', 'expire', '2025-06-14T00:00:00Z'],
      ['BE10/FUTURE', 'expire', '2025-06-14T00:00:00Z'],
    ]);
    const future = result.deletes[1];
    expect(future?.action === 'expire' ? future.payload.validityDateFrom : null).toBe(
      '2025-06-14T00:00:00Z',
    );
    expect(result.counts.unchanged).toBe(1);
  });

  it('estimates one page per company having the axe, plus references and auth', () => {
    const result = plan(
      platesScope(),
      records([analyticsRow('PLAQUE', 'BE10', 'A')]),
      [],
      demoReferences,
      ALL,
    );
    expect(result.estimate.reads).toEqual({ target: 2, references: 1 + 2 + 2, total: 7 });
    expect(result.estimate.writes).toEqual({
      creates: 1,
      updates: 0,
      deletes: 0,
      auth: 1,
      total: 2,
    });
  });
});
