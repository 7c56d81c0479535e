export { ANALYTICS_COLUMNS, USER_COLUMNS, VIEW_NAMES } from './lib/columns.js';
export { FILE_DELIMITERS } from './lib/csv-delimiter.js';
export { FILE_ENCODINGS } from './lib/file-encoding.js';
export { demoDataFiles } from './lib/demo-data.js';
export { createFileSource } from './lib/file-source.js';
export { createMssqlSource } from './lib/mssql-source.js';
export { AGRESSO_QUERY_CHANNEL } from './lib/query-channel.js';
export { analyticsRowSchema, userRowSchema } from './lib/row-schemas.js';
export { shippedSqlFile } from './lib/sql-files.js';

export type { ColumnKind } from './lib/columns.js';
export type { FileDelimiter } from './lib/csv-delimiter.js';
export type { FileEncoding } from './lib/file-encoding.js';
export type { FileFormat, FileSourceOptions } from './lib/file-source-options.js';
export type { MssqlSourceOptions } from './lib/mssql-options.js';
export type { AgressoQueryMessage } from './lib/query-channel.js';
export type { SqlVariant } from './lib/sql-files.js';
export type {
  AgressoAnalyticsRow,
  AgressoUserRow,
  AgressoView,
  BoolLike,
  DateLike,
  InvalidRow,
  ReadOptions,
  Source,
  SourceRecord,
  Text,
} from './lib/types.js';
export type { ExtraColumns } from './lib/view-shape.js';
