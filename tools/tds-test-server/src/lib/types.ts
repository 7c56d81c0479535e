/** SQL Server column types the server can put on the wire. */
export type SqlType = 'nvarchar' | 'varchar' | 'int' | 'bigint' | 'bit' | 'decimal' | 'date' | 'datetime' | 'datetime2';

/** One cell of a fixture row; dates may be `Date` objects or ISO strings (read as UTC when no offset is given). */
export type Cell = string | number | bigint | boolean | Date | null;

/** A fixture row: cells in column order, or an object keyed by column name (missing keys are NULL). */
export type Row = readonly Cell[] | Readonly<Record<string, Cell>>;

/** A column of a fixture table, described the way COLMETADATA describes it. */
export interface ColumnDef {
  readonly name: string;
  readonly type: SqlType;
  /** @default true */
  readonly nullable?: boolean;
  /** Characters for `nvarchar`/`varchar`, or `'max'`. @default 4000 (nvarchar), 8000 (varchar) */
  readonly length?: number | 'max';
  /** Digits for `decimal`. @default 18 */
  readonly precision?: number;
  /** Fraction digits for `decimal` (default 0) and `datetime2` (default 7). */
  readonly scale?: number;
}

/**
 * A table or view: its columns and rows. `rows` may be a function returning a fresh iterable
 * (e.g. a generator), so a large table is produced row by row and can be queried more than once.
 */
export interface FixtureTable {
  readonly columns: readonly ColumnDef[];
  readonly rows: Iterable<Row> | (() => Iterable<Row>);
}

/** An error the server answers instead of rows, with SQL Server's number (e.g. 1205 for a deadlock). */
export interface SqlErrorSpec {
  readonly number: number;
  readonly message: string;
  /** @default 1 */
  readonly state?: number;
  /** Severity. @default 16 */
  readonly class?: number;
}

/** What a registered query answers: a result set, or an error. */
export type QueryResult = FixtureTable | { readonly error: SqlErrorSpec };

/** A decoded RPC parameter value (`bigint` for 8-byte integers, `Buffer` for binary). */
export type ParamValue = string | number | bigint | boolean | Date | Buffer | null;

/** A query as the server received it: the SQL text and, for `sp_executesql`, its named parameters (without `@`). */
export interface QueryRequest {
  readonly sql: string;
  readonly params: Readonly<Record<string, ParamValue>>;
}

/** A query registered by exact text (compared with whitespace collapsed), or by a matcher returning its result. */
export type QueryFixture =
  | { readonly sql: string; readonly result: QueryResult }
  | { readonly match: (request: QueryRequest) => QueryResult | undefined };

/** Everything the server can answer: tables and views by name, then registered queries (checked first). */
export interface Fixture {
  /** Keyed by object name: `table`, `dbo.table` or `db.dbo.table`, brackets optional, case-insensitive. */
  readonly tables?: Readonly<Record<string, FixtureTable>>;
  readonly queries?: readonly QueryFixture[];
}

/** Faults for tests of the driver's failure paths. */
export interface TdsFaults {
  /**
   * Delay before answering each query that has a FROM or a registered answer, in ms (the driver's
   * SET batch and the pool's `SELECT 1` are not delayed); an ATTENTION cuts it short. @default 0
   */
  readonly latencyMs?: number;
  /** Close the connection after sending this many rows of a result (mid-result disconnect). */
  readonly closeAfterRows?: number;
  /** Never answer LOGIN7, so the client's connect timeout fires. @default false */
  readonly hangLogin?: boolean;
}

/** Options of {@link startTdsServer}. */
export interface TdsServerOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. @default 0 */
  readonly port?: number;
  /** Accepted logins: user name to password. */
  readonly users: Readonly<Record<string, string>>;
  /** @default {} (every object is unknown) */
  readonly fixtures?: Fixture;
  /** @default {} */
  readonly faults?: TdsFaults;
}

/** A request the server received, for assertions in tests (passwords are never recorded). */
export type ReceivedRequest =
  | { readonly kind: 'login'; readonly user: string; readonly database: string }
  | ({ readonly kind: 'query'; readonly via: 'sql-batch' | 'rpc' } & QueryRequest)
  | { readonly kind: 'attention' };

/** A running server. */
export interface TdsServer {
  readonly host: string;
  readonly port: number;
  /** Requests received so far, oldest first. */
  readonly requests: readonly ReceivedRequest[];
  /** Replace the faults for requests that start from now on. */
  setFaults(faults: TdsFaults): void;
  /** Stop listening and drop every connection. */
  close(): Promise<void>;
}
