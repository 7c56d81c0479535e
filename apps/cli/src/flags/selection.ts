import type { MaxDeletes } from '../config/types.js';
import { InvalidConfigError } from '../config/problems.js';
import { UsageError } from '../exit-codes.js';

/** A write the run may do. */
export type SyncAction = 'create' | 'update' | 'delete';

/** Scopes and actions chosen on the command line, checked. */
export interface Selection {
  /** In run order: the configured order, then the registry's. */
  readonly scopes: string[];
  readonly actions: SyncAction[];
  readonly maxDeletes: MaxDeletes | undefined;
  /** Fields let through the mass-change guard for this run (`--allow-mass-change`, repeatable). */
  readonly allowMassChange: readonly string[];
  /** Entities to sync alone (`--only`, repeatable): e-mails or `COMPANY/CODE`. */
  readonly only: readonly string[];
}

/** The raw flags {@link parseSelection} reads. */
export interface SelectionFlags {
  readonly scope?: string | undefined;
  readonly create?: boolean | undefined;
  readonly update?: boolean | undefined;
  readonly delete?: boolean | undefined;
  readonly 'max-deletes'?: string | undefined;
}

/** The values of the repeatable options (citty keeps only the last; see `repeatedOption`). */
export interface RepeatedFlags {
  readonly allowMassChange: readonly string[];
  readonly only: readonly string[];
}

/**
 * `--scope` selects among the known scopes (order stays the configured one, never the typed one);
 * no action flag means create and update; delete only when asked.
 */
export function parseSelection(flags: SelectionFlags, order: readonly string[], known: readonly string[], repeated: RepeatedFlags = { allowMassChange: [], only: [] }): Selection {
  const chosen = parseScopes(flags.scope, known);
  const ordered = [...order, ...known.filter((name) => !order.includes(name))];
  const scopes = chosen === undefined ? [...order] : ordered.filter((name) => chosen.has(name));
  const actions: SyncAction[] = [];
  if (flags.create === true) actions.push('create');
  if (flags.update === true) actions.push('update');
  if (flags.delete === true) actions.push('delete');
  return { scopes, actions: actions.length === 0 ? ['create', 'update'] : actions, maxDeletes: parseMaxDeletes(flags['max-deletes']), ...repeated };
}

/** The configured `scopes` (or every known scope), each checked against the registry. */
export function configuredOrder(configured: readonly string[] | undefined, known: readonly string[]): string[] {
  if (configured === undefined) return [...known];
  const problems = configured
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => !known.includes(name))
    .map(({ name, index }) => ({ key: `scopes.${index}`, problem: `"${name}" is not a known scope`, fix: `use one of ${known.join(', ')}` }));
  if (problems.length > 0) throw new InvalidConfigError(problems);
  return [...new Set(configured)];
}

function parseScopes(value: string | undefined, known: readonly string[]): Set<string> | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  if (names.length === 0) badScopes(value, known);
  if (names.includes('all')) return undefined;
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) badScopes(unknown.join(', '), known);
  return new Set(names);
}

function badScopes(value: string, known: readonly string[]): never {
  throw new UsageError(`unknown scope "${value}"`, `use --scope with one or more of ${known.join(', ')} (comma-separated) or all`);
}

/** `25` or `20%`; anything else is a usage error. */
export function parseMaxDeletes(value: string | undefined): MaxDeletes | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d+(\.\d+)?%$/.test(text) && Number.parseFloat(text) <= 100) return text as `${number}%`;
  throw new UsageError(`--max-deletes "${value}" is neither a count nor a percentage`, 'give a whole number such as 25 or a percentage such as 20%');
}

/** `pretty` (default) or `json`. */
export function parseLogFormat(value: string | undefined): 'pretty' | 'json' {
  if (value === undefined || value === 'pretty' || value === 'json') return value ?? 'pretty';
  throw new UsageError(`--log-format "${value}" is not known`, 'use --log-format pretty or --log-format json');
}
