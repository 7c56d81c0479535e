import { describe, expect, it } from 'vitest';
import { canonAuthMode } from './auth-mode.js';
import { ConversionFailure } from './canonical-value.js';
import { canonEmail, canonOptionalEmail } from './email.js';
import { canonLowerText, canonText, canonUpperText } from './text.js';

describe('canonText', () => {
  it.each([
    ['  Ann ', 'Ann'],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
    [1001, '1001'],
    [Number.NaN, null],
  ])('%j → %j', (input, expected) => {
    expect(canonText(input)).toBe(expected);
  });

  it('lower-cases cultures and upper-cases currencies', () => {
    expect(canonLowerText(' FR ')).toBe('fr');
    expect(canonUpperText('eur')).toBe('EUR');
    expect(canonUpperText('')).toBeNull();
  });
});

describe('canonEmail', () => {
  it.each([
    ['  Ann.Peeters@Iris.BE ', 'ann.peeters@iris.be'],
    ['a@b.co', 'a@b.co'],
  ])('%j → %j', (input, expected) => {
    expect(canonEmail(input)).toBe(expected);
  });

  it.each([[''], [null], ['none'], ['ann@'], ['ann@iris'], ['ann peeters@iris.be']])(
    '%j is invalid',
    (input) => {
      expect(canonEmail(input)).toBeInstanceOf(ConversionFailure);
    },
  );

  it('accepts an empty manager, not a malformed one', () => {
    expect(canonOptionalEmail('  ')).toBeNull();
    expect(canonOptionalEmail(' Boss@Iris.be')).toBe('boss@iris.be');
    expect(canonOptionalEmail('boss')).toBeInstanceOf(ConversionFailure);
  });
});

describe('canonAuthMode', () => {
  it.each([
    ['Saml', 'Sso'],
    ['SAML', 'Sso'],
    [' saml ', 'Sso'],
    ['Integrated', 'Integrated'],
    ['Sso', 'Sso'],
    ['', null],
  ])('%j → %j outside the sandbox', (input, expected) => {
    expect(canonAuthMode(input, false)).toBe(expected);
  });

  it('is always Integrated in the sandbox', () => {
    expect(canonAuthMode('Saml', true)).toBe('Integrated');
    expect(canonAuthMode(null, true)).toBe('Integrated');
  });
});
