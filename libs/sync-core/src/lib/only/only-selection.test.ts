import type { SourceRecord } from '@n2f/agresso-source';
import { describe, expect, it } from 'vitest';
import { selectOnly, type OnlyRules } from './only-selection.js';

interface Row {
  readonly mail: string;
  readonly manager: string | null;
}
const valid = (mail: string, manager: string | null = null, rowNumber = 1): SourceRecord<Row> => ({
  valid: true,
  rowNumber,
  row: { mail, manager },
});
const rules: OnlyRules<Row> = {
  keyOf: (item) => (item.valid ? item.row.mail : (item.invalid.key ?? null)),
  links: (row) => (row.manager === null ? [] : [row.manager]),
};
const rows = [
  valid('boss@x'),
  valid('mid@x', 'boss@x'),
  valid('new@x', 'mid@x'),
  valid('other@x', 'boss@x'),
  {
    valid: false,
    rowNumber: 5,
    invalid: {
      view: 'users',
      rowNumber: 5,
      key: 'bad@x',
      column: 'Creation_Vehicule',
      value: 'peut-être',
      reason: 'not a boolean',
      fix: 'write true or false in Creation_Vehicule',
    },
  },
] as const satisfies readonly SourceRecord<Row>[];

describe('selectOnly', () => {
  it('adds the missing managers up the chain, and stops at one N2F already has', () => {
    const inN2f = (key: string): boolean => key === 'boss@x';
    const selection = selectOnly(rows, new Set(['new@x']), inN2f, rules);
    expect(selection.rows.map((r) => (r.valid ? r.row.mail : null))).toEqual(['mid@x', 'new@x']);
    expect(selection.added).toEqual(['mid@x']);
    expect([...selection.found]).toEqual(['new@x']);
  });

  it('keeps an invalid row asked for (to say why), and reports a key without a row as not found', () => {
    const selection = selectOnly(rows, new Set(['bad@x', 'ghost@x']), () => false, rules);
    expect(selection.rows.map((r) => r.rowNumber)).toEqual([5]);
    expect([...selection.found]).toEqual(['bad@x']);
    expect(selection.added).toEqual([]);
  });

  it('adds a missing manager once even when two selected users point to it', () => {
    const selection = selectOnly(rows, new Set(['mid@x', 'other@x']), () => false, rules);
    expect(selection.added).toEqual(['boss@x']);
    expect(selection.rows).toHaveLength(3);
  });
});
