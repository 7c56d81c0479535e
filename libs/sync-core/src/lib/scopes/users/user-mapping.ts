import { ConfigurationError } from '@n2f/resilience';
import { CONVERTERS, type Converter } from './converters.js';
import {
  DEFAULT_USER_MAPPING,
  USER_VIEW_COLUMNS,
  type FieldMapping,
  type UserField,
} from './user-fields.js';

/** How configuration adjusts the user mapping. */
export interface UserMappingOptions {
  /** Optional fields to write, e.g. `['defaultCostCenter', 'ssoLogin']`. @default [] */
  readonly enable?: readonly string[];
  /** Column overrides by N2F field, e.g. `{ jobTitle: 'Fonction2' }`. @default {} */
  readonly columns?: Readonly<Record<string, string>>;
  /**
   * Columns the source provides beyond the standard view (for overrides naming a custom column).
   * @default []
   */
  readonly extraColumns?: readonly string[];
  /**
   * Fields sent on create only, never compared nor overwritten afterwards, e.g. `['culture']`.
   * @default []
   */
  readonly createOnly?: readonly string[];
}

/** A mapping entry with its converter resolved once, so the hot loop does no lookups. */
export interface ResolvedFieldMapping extends FieldMapping {
  readonly convert: Converter;
}

/** The user mapping in force: the written fields in payload order. */
export interface UserMapping {
  readonly fields: readonly ResolvedFieldMapping[];
}

/**
 * Applies configuration to the default mapping of domain.md §2. An unknown field or column is a
 * `ConfigurationError` naming it.
 * @example resolveUserMapping({ enable: ['defaultCostCenter'], columns: { jobTitle: 'Fonction2' }, extraColumns: ['Fonction2'] })
 */
export function resolveUserMapping(options: UserMappingOptions = {}): UserMapping {
  const known = new Map<string, FieldMapping>(
    DEFAULT_USER_MAPPING.map((entry) => [entry.field, entry]),
  );
  const enabled = new Set<UserField>();
  for (const field of options.enable ?? [])
    enabled.add(checkField(known, field, 'mapping.enable').field);
  const columns = new Set([...USER_VIEW_COLUMNS, ...(options.extraColumns ?? [])]);
  const overrides = new Map<string, string>();
  for (const [field, column] of Object.entries(options.columns ?? {})) {
    checkField(known, field, `mapping.columns.${field}`);
    if (!columns.has(column)) {
      throw new ConfigurationError(
        `mapping.columns.${field}`,
        `column "${column}" is not in the users view`,
        'name a column of iris_N2F_User or list it in extraColumns',
      );
    }
    overrides.set(field, column);
  }
  const createOnly = createOnlyFields(known, options.createOnly ?? []);
  const fields = DEFAULT_USER_MAPPING.filter(
    (entry) => !entry.optional || enabled.has(entry.field),
  ).map((entry): ResolvedFieldMapping => ({
    ...entry,
    column: overrides.get(entry.field) ?? entry.column,
    convert: CONVERTERS[entry.converter],
    createOnly: createOnly.has(entry.field),
  }));
  return { fields };
}

// The key identifies the user and cannot be left alone after creation.
function createOnlyFields(
  known: ReadonlyMap<string, FieldMapping>,
  fields: readonly string[],
): Set<UserField> {
  const out = new Set<UserField>();
  for (const field of fields) {
    const entry = checkField(known, field, 'mapping.createOnly');
    if (entry.field === 'mail')
      throw new ConfigurationError(
        'mapping.createOnly',
        '"mail" is the key of a user',
        'leave mail out: it is always written',
      );
    out.add(entry.field);
  }
  return out;
}

function checkField(
  known: ReadonlyMap<string, FieldMapping>,
  field: string,
  key: string,
): FieldMapping {
  const entry = known.get(field);
  if (entry === undefined) {
    throw new ConfigurationError(
      key,
      `"${field}" is not an N2F user field`,
      `use one of ${[...known.keys()].join(', ')}`,
    );
  }
  return entry;
}
