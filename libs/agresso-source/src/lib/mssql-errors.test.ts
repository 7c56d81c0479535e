import { isAbortedError, isTimeoutError } from '@n2f/resilience';
import { describe, expect, it } from 'vitest';
import { toSourceFailure, type QueryFacts } from './mssql-errors.js';

const facts: QueryFacts = {
  view: 'users',
  sqlFile: '/pkg/sql/users.production.sql',
  target: { server: 'agresso-db', port: 1433, database: 'AgrProd', user: 'n2f_reader' },
  connectionTimeoutMs: 15_000,
  requestTimeoutMs: 120_000,
  credentialsHint: 'AGRESSO_DB_USER and AGRESSO_DB_PASSWORD',
  rows: 0,
};

const driverError = (name: string, code: string, extra: object = {}): Error => Object.assign(new Error(`${code} from the driver`), { name, code, ...extra });

describe('toSourceFailure', () => {
  it.each([
    ['ConnectionError', 'ESOCKET', {}, 'DATABASE_UNREACHABLE', true, /Cannot reach SQL Server agresso-db:1433 .*firewall/],
    ['ConnectionError', 'ETIMEOUT', {}, 'DATABASE_UNREACHABLE', true, /no answer within 15000 ms \(connectionTimeoutMs\)/],
    ['ConnectionError', 'ELOGIN', {}, 'DATABASE_LOGIN_FAILED', false, /Check the user \("n2f_reader"\) and password given in AGRESSO_DB_USER/],
    ['RequestError', 'EREQUEST', { number: 208, state: 1 }, 'DATABASE_OBJECT_MISSING', false, /view iris_N2F_User exists in database "AgrProd".*users\.production\.sql/],
    ['RequestError', 'EREQUEST', { number: 207, state: 1 }, 'DATABASE_OBJECT_MISSING', false, /expected columns/],
    ['RequestError', 'EREQUEST', { number: 229, state: 5 }, 'DATABASE_ERROR', false, /GRANT SELECT ON iris_N2F_User TO \[n2f_reader\]/],
    ['RequestError', 'EREQUEST', { number: 1205, state: 51 }, 'DATABASE_ERROR', true, /SQL Server error 1205/],
    ['RequestError', 'EREQUEST', { number: 8115, state: 2 }, 'DATABASE_ERROR', false, /SQL Server error 8115/],
    ['Error', 'EWHATEVER', {}, 'DATABASE_ERROR', false, /users query on SQL Server agresso-db:1433 \(database "AgrProd"\) failed/],
  ])('%s %s %o → %s (transient %s)', (name, code, extra, expectedCode, transient, message) => {
    const error = toSourceFailure(driverError(name, code, extra), facts);
    expect(error).toMatchObject({ code: expectedCode, transient });
    expect(error.message).toMatch(message);
    if ('number' in extra) expect(error).toMatchObject({ number: extra.number, state: extra.state });
  });

  it('points at the database name when SQL Server refused to open it (4060)', () => {
    const error = toSourceFailure(driverError('ConnectionError', 'ELOGIN'), { ...facts, loginError: { number: 4060, state: 1 } });
    expect(error).toMatchObject({ code: 'DATABASE_LOGIN_FAILED', number: 4060, state: 1 });
    expect(error.message).toMatch(/Check the database name \(option database: "AgrProd"\)/);
  });

  it('maps a request timeout to TimeoutError, a cancel to AbortedError, and says when rows were already read', () => {
    expect(isTimeoutError(toSourceFailure(driverError('RequestError', 'ETIMEOUT'), facts))).toBe(true);
    expect(isAbortedError(toSourceFailure(driverError('RequestError', 'ECANCEL'), facts))).toBe(true);
    expect(toSourceFailure(driverError('RequestError', 'ECONNCLOSED'), { ...facts, rows: 42 }).message).toMatch(/lost after 42 rows of the users query/);
  });

  it('speaks of the given pool when the source does not own its connection', () => {
    const error = toSourceFailure(driverError('ConnectionError', 'ESOCKET'), { ...facts, target: { server: '', port: 1433, database: '', user: '' } });
    expect(error.message).toMatch(/Cannot reach the SQL Server of the given pool/);
  });
});
