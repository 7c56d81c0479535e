import { parseArgs } from 'node:util';
import { SimulatorOptionError } from './option-error.js';
import { N2F_QUOTA, type QuotaOptions } from './quota.js';

/** What the command line asks for. */
export interface CliArgs {
  readonly help: boolean;
  readonly port: number;
  readonly host: string;
  readonly stateFile: string | undefined;
  readonly quota: QuotaOptions;
  readonly tokenTtlSeconds: number | undefined;
}

/** The `--help` text of `n2f-simulator`. */
export const USAGE = `Usage: n2f-simulator [options]

Serves a fake N2F REST API v2 under http://HOST:PORT/services/api/v2/
and its control surface under /__simulator/ (state, requests, faults, clock).

Options:
  --port PORT          TCP port, 0 for any free port (default 0)
  --host HOST          interface to listen on (default 127.0.0.1)
  --state FILE         JSON state file (default: the built-in demo account)
  --quota MODE         off | day | night | READS:WRITES per minute
                       (default: N2F's day/night windows, Europe/Paris)
  --token-ttl SECONDS  token lifetime (default 3600)
  --help               show this help
`;

/** Reads `--quota`: `off`, `day`, `night` or `READS:WRITES` per minute. */
export function parseQuotaMode(mode: string): QuotaOptions {
  if (mode === 'off') return false;
  if (mode === 'day') return N2F_QUOTA.day;
  if (mode === 'night') return N2F_QUOTA.night;
  const match = /^(\d+):(\d+)$/.exec(mode);
  if (!match)
    throw new SimulatorOptionError(
      '--quota',
      `expected off, day, night or READS:WRITES, got "${mode}"`,
    );
  return { reads: Number(match[1]), writes: Number(match[2]) };
}

function integer(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new SimulatorOptionError(option, `expected a non-negative integer, got "${value}"`);
  return Number(value);
}

/** Parses the arguments of `n2f-simulator`; throws `SimulatorOptionError` on a bad one. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      state: { type: 'string' },
      quota: { type: 'string' },
      'token-ttl': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  return {
    help: values.help ?? false,
    port: integer(values.port, '--port') ?? 0,
    host: values.host ?? '127.0.0.1',
    stateFile: values.state,
    quota: values.quota === undefined ? N2F_QUOTA : parseQuotaMode(values.quota),
    tokenTtlSeconds: integer(values['token-ttl'], '--token-ttl'),
  };
}
