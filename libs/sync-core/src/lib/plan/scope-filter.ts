import { ConfigurationError } from '@n2f/resilience';
import { canonLowerText } from '../canonical/text.js';
import { createProtectedMatcher } from './protected-matcher.js';

/**
 * One condition on a source column, exactly one of: `equals` a value, `oneOf` several, matches a
 * glob `pattern` (`*`, `?`), or is `empty` (`true`) / not empty (`false`). Values are compared
 * trimmed and in any case; empty text and NULL are the same.
 */
export interface FilterRule {
  readonly column: string;
  readonly equals?: string | undefined;
  readonly oneOf?: readonly string[] | undefined;
  readonly pattern?: string | undefined;
  readonly empty?: boolean | undefined;
}

/** A scope's scoping filter (domain.md §6). */
export interface ScopeFilterOptions {
  /** A row is in scope only when it matches every one of these. @default [] */
  readonly include?: readonly FilterRule[] | undefined;
  /** A row matching any of these is out of scope. @default [] */
  readonly exclude?: readonly FilterRule[] | undefined;
  /** What happens to the N2F entity of an out-of-scope row: kept, or deleted like one the source lacks. @default 'keep' */
  readonly outOfScope?: 'keep' | 'delete' | undefined;
}

/** A compiled scoping filter, and how the plan and the report describe it. */
export interface ScopeFilter {
  readonly inScope: (row: Readonly<Record<string, unknown>>) => boolean;
  readonly outOfScope: 'keep' | 'delete';
  /** E.g. `include Entreprise one of BE10, NL20; exclude Fonction = Stagiaire`. */
  readonly description: string;
}

type Test = (value: string | null) => boolean;

/**
 * Checks and compiles a scope's filter; a rule naming an unknown column or not exactly one
 * condition is a `ConfigurationError` naming it. `undefined` when the scope has no rule.
 * @example resolveScopeFilter('users', { exclude: [{ column: 'Fonction', equals: 'Stagiaire' }] }, columns)
 */
export function resolveScopeFilter(
  scope: string,
  options: ScopeFilterOptions,
  columns: ReadonlySet<string>,
): ScopeFilter | undefined {
  const key = `filters.${scope}`;
  const include = (options.include ?? []).map((rule, i) =>
    compile(rule, `${key}.include[${i}]`, columns),
  );
  const exclude = (options.exclude ?? []).map((rule, i) =>
    compile(rule, `${key}.exclude[${i}]`, columns),
  );
  const outOfScope = options.outOfScope ?? 'keep';
  if (outOfScope !== 'keep' && outOfScope !== 'delete')
    throw new ConfigurationError(
      `${key}.outOfScope`,
      `"${String(outOfScope)}" is not a choice`,
      "use 'keep' or 'delete'",
    );
  if (include.length === 0 && exclude.length === 0) return undefined;
  return {
    inScope: (row) => include.every((r) => r.matches(row)) && !exclude.some((r) => r.matches(row)),
    outOfScope,
    description: [
      ...include.map((r) => `include ${r.text}`),
      ...exclude.map((r) => `exclude ${r.text}`),
    ].join('; '),
  };
}

interface CompiledRule {
  readonly matches: (row: Readonly<Record<string, unknown>>) => boolean;
  readonly text: string;
}

function compile(rule: FilterRule, key: string, columns: ReadonlySet<string>): CompiledRule {
  if (!columns.has(rule.column))
    throw new ConfigurationError(
      `${key}.column`,
      `"${rule.column}" is not a column of the view`,
      `use one of ${[...columns].join(', ')}`,
    );
  const [test, text] = condition(rule, key);
  const { column } = rule;
  return { matches: (row) => test(cellText(row[column])), text: `${column} ${text}` };
}

function condition(rule: FilterRule, key: string): [Test, string] {
  const given = (['equals', 'oneOf', 'pattern', 'empty'] as const).filter(
    (c) => rule[c] !== undefined,
  );
  if (given.length !== 1)
    throw new ConfigurationError(
      key,
      `has ${given.length === 0 ? 'no condition' : `${given.join(' and ')}`}`,
      'give exactly one of equals, oneOf, pattern, empty',
    );
  if (rule.equals !== undefined) {
    const wanted = canonLowerText(rule.equals);
    return [(value) => value === wanted, `= ${rule.equals}`];
  }
  if (rule.oneOf !== undefined) {
    const wanted = new Set(rule.oneOf.map(canonLowerText));
    return [(value) => value !== null && wanted.has(value), `one of ${rule.oneOf.join(', ')}`];
  }
  if (rule.pattern !== undefined) {
    const matcher = createProtectedMatcher([rule.pattern]);
    return [(value) => value !== null && matcher(value), `matches ${rule.pattern}`];
  }
  const empty = rule.empty === true;
  return [(value) => (value === null) === empty, empty ? 'is empty' : 'is not empty'];
}

function cellText(value: unknown): string | null {
  return value instanceof Date ? value.toISOString().slice(0, 10) : canonLowerText(value);
}
