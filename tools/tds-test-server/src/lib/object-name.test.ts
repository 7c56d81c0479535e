import { describe, expect, it } from 'vitest';
import { objectNameAfterFrom, sameObject, splitName } from './object-name.js';

describe('objectNameAfterFrom', () => {
  it.each([
    ['select * from iris_N2F_Analytics', ['iris_N2F_Analytics']],
    ['SELECT a FROM [AgrProd].[dbo].[iris_N2F_Analytics] WITH (NOLOCK)', ['AgrProd', 'dbo', 'iris_N2F_Analytics']],
    ['select a\nfrom\n  dbo . "odd name" where x = 1', ['dbo', 'odd name']],
    ['select a from AgrProd..t', ['AgrProd', '', 't']],
    ['select a from [we]]ird]', ['we]ird']],
  ])('finds the object in %s', (sql, parts) => {
    expect(objectNameAfterFrom(sql)).toEqual(parts);
  });

  it('returns undefined without FROM, or for a FROM without a name', () => {
    expect(objectNameAfterFrom('SELECT 1;')).toBeUndefined();
    expect(objectNameAfterFrom('select x from (select 1 as x) as sub')).toBeUndefined();
  });
});

describe('sameObject', () => {
  it.each([
    [['AgrProd', 'dbo', 'T'], 'dbo.t', true],
    [['t'], 'AgrProd.dbo.t', true],
    [['AgrProd', '', 't'], 'dbo.t', true],
    [['sales', 't'], 'dbo.t', false],
    [['other', 'dbo', 't'], 'AgrProd.dbo.t', false],
    [['t2'], 't', false],
  ])('%j against %s is %s', (queried, key, same) => {
    expect(sameObject(queried, splitName(key))).toBe(same);
  });
});
