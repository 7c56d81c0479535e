import { createFileSource, type Source } from '@n2f/agresso-source';
import type { AppConfig } from '../config/load.js';
import { InvalidConfigError } from '../config/problems.js';

/** The Agresso source the configuration describes. */
export function sourceFromConfig(config: AppConfig): Source {
  const agresso = config.agresso;
  if (agresso === undefined) {
    throw new InvalidConfigError([{ key: 'agresso', problem: 'is required', fix: 'add an "agresso" section (type "mssql" or "files")' }], config.configPath);
  }
  if (agresso.type === 'files') return createFileSource({ users: agresso.users, analytics: agresso.analytics });
  throw new InvalidConfigError([{ key: 'agresso.type', problem: 'mssql is not available in this build yet', fix: 'use type "files"' }], config.configPath);
}
