import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USER_COLUMNS } from './columns.js';
import { MAX_TEXT_LENGTH } from './text-checks.js';
import { toRecord, toTextRecord } from './to-record.js';
import { viewShape } from './view-shape.js';

const users = viewShape('users', 'sql');
const nullRow = Object.fromEntries(Object.keys(USER_COLUMNS).map((c) => [c, null]));
const row = (values: Record<string, unknown>): Record<string, unknown> => ({ ...nullRow, AdresseEmail: 'a@x.example', ...values });

describe('toRecord', () => {
  it.each([
    ['a date in a text column', { Devise: new Date('2024-01-02T00:00:00Z') }, 'Devise', 'expected text or NULL, got a date', /^return Devise as text \(nvarchar\), e\.g\. CAST\(Devise AS nvarchar\(200\)\) from the query/],
    ['a boolean in a text column', { langue: true }, 'langue', 'expected text or NULL, got a boolean', /^return langue as text/],
    ['binary data in a text column', { Nom: Buffer.from([0xde, 0xad]) }, 'Nom', 'expected text or NULL, got binary data', /^return Nom as text/],
    ['a date in a bit column', { Creation_Vehicule: new Date(0) }, 'Creation_Vehicule', expect.stringMatching(/got a date$/), /^return Creation_Vehicule as bit \(1\/0\) or text such as Y\/N/],
  ])('refuses %s, naming the column, the type and the fix', (_name, values, column, reason, fix) => {
    const record = toRecord(users, 3, row(values));
    expect(record).toMatchObject({ valid: false, rowNumber: 3, invalid: { view: 'users', rowNumber: 3, key: 'a@x.example', column, reason, fix: expect.stringMatching(fix) } });
  });

  it('keeps numbers in text columns as text (a numeric employee number, a currency column typed int)', () => {
    expect(toRecord(users, 1, row({ Matricule: 1234, Devise: 978 }))).toMatchObject({ valid: true, row: { Matricule: '1234', Devise: '978' } });
  });

  it('refuses text over the limit with a short preview of the value, and text holding U+FFFD', () => {
    const huge = 'x'.repeat(10 * 2 ** 20);
    const long = toRecord(users, 2, row({ Fonction: huge }));
    expect(long).toMatchObject({ valid: false, invalid: { column: 'Fonction', reason: `is ${huge.length} characters long, over the ${MAX_TEXT_LENGTH} a column may hold` } });
    expect(long.valid ? '' : String(long.invalid.value)).toBe(`${'x'.repeat(80)}… (${huge.length} characters)`);
    const lost = toRecord(users, 3, row({ Prenom: 'Fran\uFFFDois' }));
    expect(lost).toMatchObject({ valid: false, invalid: { column: 'Prenom', value: 'Fran\uFFFDois', reason: expect.stringMatching(/^holds U\+FFFD/) } });
  });

  it('leaves the key out of an invalid row when the key itself is the bad text', () => {
    const record = toRecord(users, 1, row({ AdresseEmail: `${'a'.repeat(5000)}@x.example` }));
    expect(record.valid).toBe(false);
    expect(record.valid ? undefined : record.invalid).not.toHaveProperty('key');
  });
});

describe('toTextRecord', () => {
  it('types CSV cells exactly as toRecord does', () => {
    const files = viewShape('users', 'file');
    const cell = fc.oneof(fc.constant(null), fc.string({ maxLength: 12 }), fc.constantFrom('\uFFFD', 'y'.repeat(MAX_TEXT_LENGTH + 1)));
    const cells = fc.record(Object.fromEntries(files.columns.map((c) => [c, cell])) as Record<string, fc.Arbitrary<string | null>>);
    fc.assert(
      fc.property(cells, (raw) => {
        expect(toTextRecord(files, 7, raw)).toEqual(toRecord(files, 7, raw));
      }),
      { numRuns: 300 },
    );
  });
});
