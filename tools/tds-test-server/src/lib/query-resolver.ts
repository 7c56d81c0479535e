import { objectNameAfterFrom, sameObject, splitName } from './object-name.js';
import type { Fixture, FixtureTable, QueryRequest, QueryResult, SqlErrorSpec } from './types.js';

/** What the server answers to a query. */
export type Resolution =
  | { readonly kind: 'rows'; readonly table: FixtureTable }
  | { readonly kind: 'error'; readonly error: SqlErrorSpec }
  /** No FROM and nothing registered (`SET …`, the pool's `SELECT 1`): a bare DONE. */
  | { readonly kind: 'none' };

/** Resolves queries against a fixture: registered queries first, then the object after FROM. */
export type Resolver = (request: QueryRequest) => Resolution;

/** Build the resolver of a fixture; table keys are split once here. */
export function createResolver(fixture: Fixture): Resolver {
  const tables = Object.entries(fixture.tables ?? {}).map(([key, table]) => ({ parts: splitName(key), table }));
  const queries = fixture.queries ?? [];
  return (request) => {
    const registered = findRegistered(queries, request);
    if (registered !== undefined) return 'error' in registered ? { kind: 'error', error: registered.error } : { kind: 'rows', table: registered };
    const name = objectNameAfterFrom(request.sql);
    if (name === undefined) return { kind: 'none' };
    const found = tables.find(({ parts }) => sameObject(name, parts));
    return found === undefined ? { kind: 'error', error: invalidObjectName(name.join('.')) } : { kind: 'rows', table: found.table };
  };
}

function findRegistered(queries: NonNullable<Fixture['queries']>, request: QueryRequest): QueryResult | undefined {
  const text = normalize(request.sql);
  for (const query of queries) {
    const result = 'sql' in query ? (normalize(query.sql) === text ? query.result : undefined) : query.match(request);
    if (result !== undefined) return result;
  }
  return undefined;
}

/** Whitespace runs collapse and trailing semicolons go, so formatting does not defeat a match. */
function normalize(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim().replace(/\s*;+$/, '');
}

/** SQL Server's error 208. */
function invalidObjectName(name: string): SqlErrorSpec {
  return { number: 208, state: 1, class: 16, message: `Invalid object name '${name}'.` };
}
