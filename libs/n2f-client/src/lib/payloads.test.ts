import { isValidationError } from '@n2f/resilience';
import { describe, expect, it } from 'vitest';
import { axeValuePayloadBody, userPayloadBody, type N2fUserPayload } from './payloads.js';

const user: N2fUserPayload = {
  mail: 'jan@iris.example',
  firstname: 'Jan',
  lastname: undefined,
  company: 'MTAwMQ==',
  role: 'Utilisateur',
  profile: 'Standard',
  managerMail: null,
  canCreateVehicle: true,
};

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('payload bodies', () => {
  it('drops undefined keys and keeps nulls', () => {
    const body = userPayloadBody(user);
    expect(Object.keys(body)).not.toContain('lastname');
    expect(body['managerMail']).toBeNull();
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
  });

  it('refuses NaN where N2F expects text, naming the field (Q34)', () => {
    const bad = { ...user, employeeNumber: Number.NaN } as unknown as N2fUserPayload;
    const error = thrown(() => userPayloadBody(bad));
    expect(isValidationError(error) && error.field).toBe('employeeNumber');
    expect(isValidationError(error) && error.code).toBe('VALIDATION_FAILED');
  });

  it.each([
    ['mail', { mail: 'not-an-address' }],
    ['company', { company: ' ' }],
    ['canRaiseLimits', { canRaiseLimits: 'yes' }],
    ['currencyIsoCode', { currencyIsoCode: 'EURO' }],
    ['surprise', { surprise: 1 }],
  ])('refuses a bad %s', (field, patch) => {
    const error = thrown(() => userPayloadBody({ ...user, ...patch } as N2fUserPayload));
    expect(isValidationError(error) && error.field).toBe(field);
  });

  it('validates axe values: code, names and ISO dates', () => {
    const value = {
      code: 'P1',
      names: [{ culture: 'fr', value: 'Projet' }],
      validityDateTo: undefined,
    };
    expect(axeValuePayloadBody(value)).toEqual({ code: 'P1', names: value.names });
    expect(
      axeValuePayloadBody({ ...value, validityDateFrom: '2025-01-01T00:00:00Z' }),
    ).toHaveProperty('validityDateFrom');
    const badDate = thrown(() => axeValuePayloadBody({ ...value, validityDateFrom: '01/02/2025' }));
    expect(isValidationError(badDate) && badDate.field).toBe('validityDateFrom');
    const noName = thrown(() => axeValuePayloadBody({ ...value, names: [] }));
    expect(isValidationError(noName) && noName.field).toBe('names');
  });
});
