import { ConfigurationError } from '@n2f/resilience';
import { parseMaxDeletes, type MaxDeletes } from './max-deletes.js';
import type { MassChangeLimit } from './mass-change-guard.js';

/** The limits of one guarded field; what is left out comes from the scope-wide settings. */
export interface MassChangeFieldOptions {
  /** Changes of the field are held beyond this count or share of the scope's N2F entities. */
  readonly threshold?: MaxDeletes | undefined;
  /** Fewest changes that can be held. */
  readonly minimum?: number | undefined;
}

/** Settings of the mass-change guard (domain.md §6). */
export interface MassChangeOptions {
  /** Changes of a guarded field are held when they exceed this count or share of the scope's N2F entities. @default '20%' */
  readonly threshold?: MaxDeletes;
  /** ...and there are at least this many. @default 10 */
  readonly minimum?: number;
  /**
   * Per scope, per field: its own limits, `{}` to guard a field the scope does not guard by
   * default, or `false` to stop guarding it, e.g. `{ users: { jobTitle: {}, authMode: false } }`.
   * @default {} (each scope's `guardedFields`: users company, managerMail, role, profile, authMode; axe values names and dates)
   */
  readonly fields?: Readonly<
    Record<string, Readonly<Record<string, MassChangeFieldOptions | false>>>
  >;
  /** Fields let through for this run: `managerMail` (every scope) or `users.managerMail`. @default [] */
  readonly allow?: readonly string[];
}

/** What the settings are checked against: each registered scope's defaults and compared fields. */
export interface GuardableScope {
  readonly name: string;
  readonly guardedFields: readonly string[];
  readonly compared: readonly string[];
}

/** A scope's guarded fields (those let through left out) and their limits. */
export type MassChangeLimits = (scope: string) => ReadonlyMap<string, MassChangeLimit>;

const KEY = 'safety.massChange';

/**
 * Checks the settings against the registered scopes (a `ConfigurationError` names the bad key:
 * a bad limit, or a field no scope compares) and resolves each scope's guarded fields.
 * @example resolveMassChange({ allow: ['managerMail'] }, scopes)('users') // company, role, profile, authMode
 */
export function resolveMassChange(
  options: MassChangeOptions,
  scopes: readonly GuardableScope[],
): MassChangeLimits {
  const base: MassChangeLimit = {
    threshold: parseMaxDeletes(options.threshold ?? '20%', `${KEY}.threshold`),
    minimum: minimum(options.minimum ?? 10, `${KEY}.minimum`),
  };
  const byName = new Map(scopes.map((scope) => [scope.name, scope]));
  const own = new Map(
    Object.entries(options.fields ?? {}).map(([scope, byField]) => [
      scope,
      resolveFields(byName.get(scope), scope, byField, base),
    ]),
  );
  const allow = checkAllowed(options.allow ?? [], scopes);
  return (scope) => {
    const limits = new Map<string, MassChangeLimit>();
    for (const field of byName.get(scope)?.guardedFields ?? []) limits.set(field, base);
    for (const [field, limit] of own.get(scope) ?? [])
      if (limit === false) limits.delete(field);
      else limits.set(field, limit);
    for (const entry of allow)
      if (entry.scope === undefined || entry.scope === scope) limits.delete(entry.field);
    return limits;
  };
}

function checkAllowed(
  allow: readonly string[],
  scopes: readonly GuardableScope[],
): { readonly scope: string | undefined; readonly field: string }[] {
  return allow.map((raw, i) => {
    const entry = raw.trim();
    const dot = entry.indexOf('.');
    const scope = dot < 0 ? undefined : entry.slice(0, dot);
    const field = entry.slice(dot + 1);
    const candidates = scopes.filter((s) => scope === undefined || s.name === scope);
    if (!candidates.some((s) => s.compared.includes(field)))
      throw new ConfigurationError(
        `${KEY}.allow[${i}]`,
        `"${entry}" is not a field ${scope === undefined ? 'any scope' : `the ${scope} scope`} compares`,
        `name a field such as ${scopes
          .flatMap((s) => s.guardedFields.map((f) => `${f} or ${s.name}.${f}`))
          .slice(0, 3)
          .join(', ')}`,
      );
    return { scope, field };
  });
}

function resolveFields(
  scope: GuardableScope | undefined,
  name: string,
  byField: Readonly<Record<string, MassChangeFieldOptions | false>>,
  base: MassChangeLimit,
): Map<string, MassChangeLimit | false> {
  const out = new Map<string, MassChangeLimit | false>();
  for (const [field, own] of Object.entries(byField)) {
    const key = `${KEY}.fields.${name}.${field}`;
    if (scope !== undefined && !scope.compared.includes(field))
      throw new ConfigurationError(
        key,
        `${field} is not compared by the ${name} scope`,
        `name fields among ${scope.compared.join(', ')}`,
      );
    out.set(field, own === false ? false : limitOf(own, base, key));
  }
  return out;
}

function limitOf(own: MassChangeFieldOptions, base: MassChangeLimit, key: string): MassChangeLimit {
  return {
    threshold:
      own.threshold === undefined
        ? base.threshold
        : parseMaxDeletes(own.threshold, `${key}.threshold`),
    minimum: own.minimum === undefined ? base.minimum : minimum(own.minimum, `${key}.minimum`),
  };
}

function minimum(value: number, key: string): number {
  if (Number.isInteger(value) && value >= 0) return value;
  throw new ConfigurationError(
    key,
    `${String(value)} is not a whole number`,
    'use a count such as 10',
  );
}
