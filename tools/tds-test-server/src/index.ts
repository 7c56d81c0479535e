export { startTdsServer } from './lib/server.js';
export { FixtureFileError, loadFixtureFile, parseFixture } from './lib/fixture-file.js';

export type {
  Cell,
  ColumnDef,
  Fixture,
  FixtureTable,
  ParamValue,
  QueryFixture,
  QueryRequest,
  QueryResult,
  ReceivedRequest,
  Row,
  SqlErrorSpec,
  SqlType,
  TdsFaults,
  TdsServer,
  TdsServerOptions,
} from './lib/types.js';
