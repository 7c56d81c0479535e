import { parseArgs } from 'node:util';
import { loadFixtureFile } from './fixture-file.js';
import { startTdsServer } from './server.js';
import type { TdsServer } from './types.js';

/** The CLI's help text. */
export const USAGE = `Usage: tds-test-server --fixture <file.json> [--port <n>] [--user <name>] [--password <secret>] [--latency-ms <n>]
Serves the fixture's tables over TDS 7.4 on 127.0.0.1 (clients use encrypt: false).
The password may come from TDS_TEST_SERVER_PASSWORD instead of --password.`;

/** Bad command-line arguments: the CLI prints the usage and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The CLI's settings once parsed. */
export interface CliSettings {
  readonly fixture: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly latencyMs: number;
}

/** Parse argv (without node and script); the password falls back to TDS_TEST_SERVER_PASSWORD. */
export function parseCliArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliSettings {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        fixture: { type: 'string', short: 'f' },
        port: { type: 'string', short: 'p', default: '0' },
        user: { type: 'string', short: 'u', default: 'sa' },
        password: { type: 'string' },
        'latency-ms': { type: 'string', default: '0' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
  const password = values.password ?? env['TDS_TEST_SERVER_PASSWORD'];
  if (values.fixture === undefined) throw new UsageError('--fixture is required');
  if (password === undefined || password === '') throw new UsageError('--password (or TDS_TEST_SERVER_PASSWORD) is required');
  return { fixture: values.fixture, port: count(values.port, '--port'), user: values.user, password, latencyMs: count(values['latency-ms'], '--latency-ms') };
}

function count(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`${flag} must be a whole number, got '${text}'`);
  return value;
}

/** Start a server for the command line; prints `listening on 127.0.0.1:PORT` first (never the password). */
export async function runCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, print: (line: string) => void): Promise<TdsServer> {
  const settings = parseCliArgs(argv, env);
  const fixtures = await loadFixtureFile(settings.fixture);
  const server = await startTdsServer({
    port: settings.port,
    users: { [settings.user]: settings.password },
    fixtures,
    faults: { latencyMs: settings.latencyMs },
  });
  print(`listening on ${server.host}:${server.port}`);
  return server;
}
