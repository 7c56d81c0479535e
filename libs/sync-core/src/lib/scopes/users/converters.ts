import { canonAuthMode } from '../../canonical/auth-mode.js';
import { canonBoolean, canonTargetBoolean } from '../../canonical/boolean.js';
import { ConversionFailure, type CanonicalValue } from '../../canonical/canonical-value.js';
import { canonEmail, canonOptionalEmail } from '../../canonical/email.js';
import { canonLowerText, canonText, canonUpperText } from '../../canonical/text.js';
import type { References } from '../../references/references.js';

/** What a conversion may look at besides the value (a `PlanContext` is one). */
export interface ConversionContext {
  readonly references: References;
  readonly options: { readonly sandbox: boolean };
}

/** The names of the conversions a mapping entry can use. */
export type ConverterName =
  | 'email'
  | 'optionalEmail'
  | 'text'
  | 'lowerText'
  | 'upperText'
  | 'structure'
  | 'boolean'
  | 'authMode'
  | 'company'
  | 'role'
  | 'profile'
  | 'currency'
  | 'culture';

/** One conversion, applied the same way to both sides, and its payload form. */
export interface Converter {
  fromSource(value: unknown, context: ConversionContext): CanonicalValue | ConversionFailure;
  fromTarget(value: unknown, context: ConversionContext): CanonicalValue;
  toPayload(value: CanonicalValue, context: ConversionContext): string | boolean | null;
}

/** The default structure level written when Agresso leaves `Structure` empty. */
export const DEFAULT_STRUCTURE = 'L3';

const asText = (value: CanonicalValue): string | null => (typeof value === 'string' ? value : null);
const same = (value: CanonicalValue): string | boolean | null =>
  typeof value === 'object' ? null : value;

const text = (convert: (value: unknown) => string | null): Converter => ({
  fromSource: convert,
  fromTarget: convert,
  toPayload: same,
});

const reference = (kind: 'role' | 'profile'): Converter => ({
  fromSource: (value, context) => {
    const label = canonText(value);
    const uuid = label === null ? undefined : context.references[pluralOf(kind)].resolve(label);
    return (
      uuid ??
      new ConversionFailure(
        label === null ? 'is empty' : `is not an N2F ${kind}`,
        `use the label of an N2F ${kind} (any culture)`,
      )
    );
  },
  fromTarget: (value, context) => {
    const label = canonText(value);
    return label === null ? null : (context.references[pluralOf(kind)].resolve(label) ?? label);
  },
  toPayload: (value, context) => {
    const uuid = asText(value);
    return uuid === null ? null : (context.references[pluralOf(kind)].labelOf(uuid) ?? uuid);
  },
});

function pluralOf(kind: 'role' | 'profile'): 'roles' | 'profiles' {
  return kind === 'role' ? 'roles' : 'profiles';
}

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code the runtime knows, upper-cased; checked here so no payload fails on it later. */
const currency: Converter = {
  fromSource: (value) => {
    const code = canonUpperText(value);
    if (code === null || CURRENCIES.has(code)) return code;
    const numeric = /^\d{3}$/.test(code) ? ' (the letters, not the numeric code: 978 is EUR)' : '';
    return new ConversionFailure('is not an ISO 4217 currency code', `use a three-letter code such as EUR or GBP${numeric}`);
  },
  fromTarget: canonUpperText,
  toPayload: same,
};

/** A culture of the N2F account, lower-cased. */
const culture: Converter = {
  fromSource: (value, context) => {
    const code = canonLowerText(value);
    const known = context.references.cultures;
    if (code === null || known.size === 0 || known.has(code)) return code;
    return new ConversionFailure('is not a culture of the N2F account', `use one of ${[...known].join(', ')}`);
  },
  fromTarget: canonLowerText,
  toPayload: same,
};

/** Every converter by name. */
export const CONVERTERS: Readonly<Record<ConverterName, Converter>> = {
  email: { fromSource: canonEmail, fromTarget: canonLowerText, toPayload: same },
  optionalEmail: { fromSource: canonOptionalEmail, fromTarget: canonLowerText, toPayload: same },
  text: text(canonText),
  lowerText: text(canonLowerText),
  upperText: text(canonUpperText),
  structure: {
    fromSource: (value) => canonText(value) ?? DEFAULT_STRUCTURE,
    fromTarget: canonText,
    toPayload: same,
  },
  boolean: {
    fromSource: canonBoolean,
    fromTarget: (value) => canonTargetBoolean(value) ?? false,
    toPayload: same,
  },
  authMode: {
    fromSource: (value, context) => canonAuthMode(value, context.options.sandbox),
    fromTarget: (value) => canonAuthMode(value, false),
    toPayload: same,
  },
  company: {
    fromSource: (value, context) => {
      const code = canonText(value);
      const uuid = code === null ? undefined : context.references.companyByCode(code);
      return (
        uuid ??
        new ConversionFailure(
          code === null ? 'is empty' : 'is not the code of an N2F company',
          'use the code of an N2F company',
        )
      );
    },
    fromTarget: (value, context) => {
      const id = canonText(value);
      if (id === null || context.references.companyCode(id) !== undefined) return id;
      return context.references.companyByCode(id) ?? id;
    },
    toPayload: same,
  },
  role: reference('role'),
  profile: reference('profile'),
  currency,
  culture,
};
