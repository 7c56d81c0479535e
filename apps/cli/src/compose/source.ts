import { createFileSource, createMssqlSource, type ExtraColumns, type Source } from '@n2f/agresso-source';
import type { AppConfig } from '../config/load.js';
import { InvalidConfigError } from '../config/problems.js';
import type { MssqlConfig } from '../config/types.js';
import { requireSecret } from './require-secret.js';

/** The Agresso source the configuration describes (files, or SQL Server with the login from env). */
export function sourceFromConfig(config: AppConfig): Source {
  const agresso = config.agresso;
  if (agresso === undefined) {
    throw new InvalidConfigError([{ key: 'agresso', problem: 'is required', fix: 'add an "agresso" section (type "mssql" or "files")' }], config.configPath);
  }
  const extraColumns = extraColumnsOf(config);
  if (agresso.type === 'files') {
    const { users, analytics, encoding, delimiter } = agresso;
    return createFileSource({ users, analytics, extraColumns, ...(encoding ? { encoding } : {}), ...(delimiter ? { delimiter } : {}) });
  }
  return createMssqlSource({
    server: agresso.server,
    port: agresso.port,
    database: agresso.database,
    encrypt: agresso.encrypt,
    trustServerCertificate: agresso.trustServerCertificate,
    user: requireSecret(config, 'AGRESSO_DB_USER').reveal(),
    password: requireSecret(config, 'AGRESSO_DB_PASSWORD').reveal(),
    variant: agresso.variant,
    sqlFiles: sqlFiles(agresso),
    extraColumns,
  });
}

// Columns a mapping override reads must be kept by the source too.
function extraColumnsOf(config: AppConfig): ExtraColumns {
  const extra = config.file.mapping?.extraColumns;
  return extra === undefined ? {} : { users: extra };
}

function sqlFiles(agresso: MssqlConfig): { users?: string; analytics?: string } {
  return {
    ...(agresso.queries.users === undefined ? {} : { users: agresso.queries.users }),
    ...(agresso.queries.analytics === undefined ? {} : { analytics: agresso.queries.analytics }),
  };
}
