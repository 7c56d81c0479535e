import { describe, expect, it } from 'vitest';
import { expectConfigurationError } from '../../../../test/fixtures/errors.js';
import { resolveUserMapping } from './user-mapping.js';

describe('resolveUserMapping', () => {
  it('writes the 19 default fields, in payload order, without the optional ones', () => {
    const { fields } = resolveUserMapping();
    expect(fields).toHaveLength(19);
    expect(fields.map((f) => f.field).slice(0, 4)).toEqual([
      'mail',
      'firstname',
      'lastname',
      'company',
    ]);
    expect(fields.find((f) => f.field === 'canCreateVehicle')).toMatchObject({
      column: 'Creation_Vehicule',
      converter: 'boolean',
      createOnly: false,
    });
  });

  it('enables optional fields and overrides columns', () => {
    const { fields } = resolveUserMapping({
      enable: ['defaultCostCenter', 'canDefineHisAnalytics'],
      columns: { jobTitle: 'Fonction2' },
      extraColumns: ['Fonction2'],
    });
    expect(fields.map((f) => f.field)).toContain('defaultCostCenter');
    expect(fields.find((f) => f.field === 'canDefineHisAnalytics')?.converter).toBe('boolean');
    expect(fields.find((f) => f.field === 'jobTitle')?.column).toBe('Fonction2');
    expect(fields.find((f) => f.field === 'ssoLogin')).toBeUndefined();
  });

  it('marks create-only fields', () => {
    const { fields } = resolveUserMapping({ createOnly: ['culture'] });
    expect(fields.filter((f) => f.createOnly).map((f) => f.field)).toEqual(['culture']);
  });

  it.each([
    [{ enable: ['costCentre'] }, 'mapping.enable', 'costCentre'],
    [{ columns: { title: 'Fonction' } }, 'mapping.columns.title', 'title'],
    [{ columns: { jobTitle: 'Fonction2' } }, 'mapping.columns.jobTitle', 'Fonction2'],
    [{ createOnly: ['langue'] }, 'mapping.createOnly', 'langue'],
    [{ createOnly: ['mail'] }, 'mapping.createOnly', 'mail'],
  ])('rejects %j naming it', (options, key, name) => {
    expectConfigurationError(() => resolveUserMapping(options), key, name);
  });
});
