import type { FileDelimiter, FileEncoding } from '@n2f/agresso-source';

/** `25` (entities) or `"10%"` (of the scope's target in N2F). */
export type MaxDeletes = number | `${number}%`;

/** Agresso on SQL Server; the login comes from `AGRESSO_DB_USER`/`AGRESSO_DB_PASSWORD`. */
export interface MssqlConfig {
  type: 'mssql';
  server: string;
  port: number;
  database: string;
  encrypt: boolean;
  trustServerCertificate: boolean;
  /** Shipped queries: every row (`production`) or the documented small selection (`development`). */
  variant: 'production' | 'development';
  /** Paths of `.sql` files replacing the shipped queries of the two views. */
  queries: { users?: string | undefined; analytics?: string | undefined };
}

/** Agresso exports as CSV or JSON files (one per view). */
export interface FilesConfig {
  type: 'files';
  users: string;
  analytics: string;
  /** Encoding of files without a byte order mark; `utf-8` when left out. */
  encoding?: FileEncoding | undefined;
  /** CSV field separator; `auto` (from the header line) when left out. */
  delimiter?: FileDelimiter | undefined;
}

/** Calls per rolling minute in one quota window. */
export interface BudgetConfig {
  reads: number;
  writes: number;
}

/** The N2F quota windows; any field left out keeps the documented N2F figure. */
export interface QuotaWindowsConfig {
  day?: BudgetConfig | undefined;
  night?: BudgetConfig | undefined;
  dayStart?: string | undefined;
  nightStart?: string | undefined;
  timeZone?: string | undefined;
}

/** Adjustments of the users mapping (domain.md §2): optional fields, column overrides, create-only fields. */
export interface MappingConfig {
  /** Optional N2F fields to write, e.g. `["defaultCostCenter", "ssoLogin"]`. */
  enable?: string[] | undefined;
  /** N2F field → Agresso column, e.g. `{ "jobTitle": "Fonction2" }`. */
  columns?: Record<string, string> | undefined;
  /** Columns the users query returns beyond the standard view, so `columns` may name them. */
  extraColumns?: string[] | undefined;
  /** N2F fields sent on create only, never compared nor overwritten afterwards, e.g. `["culture"]`. */
  createOnly?: string[] | undefined;
}

/** Limits of the mass-change guard: a count or share of a scope's N2F entities, and a minimum. */
export interface MassChangeLimitsConfig {
  threshold?: MaxDeletes | undefined;
  minimum?: number | undefined;
}

/** The mass-change guard (domain.md §6): limits, fields per scope, fields let through. */
export interface MassChangeConfig extends MassChangeLimitsConfig {
  /** Per scope, per field: own limits, `{}` to guard it, `false` to stop guarding it. */
  fields?: Record<string, Record<string, MassChangeLimitsConfig | false>> | undefined;
  /** Fields let through on every run: `managerMail` or `users.managerMail`. */
  allow?: string[] | undefined;
}

/** One scoping rule on a source column: exactly one of equals, oneOf, pattern, empty. */
export interface FilterRuleConfig {
  column: string;
  equals?: string | undefined;
  oneOf?: string[] | undefined;
  pattern?: string | undefined;
  empty?: boolean | undefined;
}

/** A scope's scoping filter. */
export interface ScopeFilterConfig {
  include?: FilterRuleConfig[] | undefined;
  exclude?: FilterRuleConfig[] | undefined;
  outOfScope?: 'keep' | 'delete' | undefined;
}

/** When N2F counts as down (`n2f.breaker`): connection failures in a row, seconds before one trial call. */
export interface BreakerConfig {
  threshold?: number | undefined;
  halfOpenAfter?: number | undefined;
}

/** The configuration file after validation, defaults applied (paths still as written). */
export interface ConfigFile {
  sandbox: boolean;
  agresso?: MssqlConfig | FilesConfig | undefined;
  n2f: {
    baseUrl?: string | undefined;
    quotas?: 'off' | QuotaWindowsConfig | undefined;
    /** Seconds allowed to each N2F call attempt. */
    timeout?: number | undefined;
    breaker?: BreakerConfig | undefined;
  };
  scopes?: string[] | undefined;
  cultures?: string[] | undefined;
  axeDeleteMode?: 'delete' | 'expire' | undefined;
  filters?: Record<string, ScopeFilterConfig> | undefined;
  safety: {
    massChange?: MassChangeConfig | undefined;
    maxDeletes?: MaxDeletes | undefined;
    maxDeletesByScope?: Record<string, MaxDeletes> | undefined;
    protected?: string[] | undefined;
    minSourceRatio?: number | undefined;
  };
  cache: { dir?: string | undefined; ttl?: number | undefined };
  outputs: { dir?: string | undefined };
  mapping?: MappingConfig | undefined;
}
