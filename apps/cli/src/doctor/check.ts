import { isSyncError, redactText } from '@n2f/resilience';

/** One line of `doctor`: what was checked, whether it passed, what was seen, what to do. */
export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
  readonly fix?: string;
}

const FIXES: Readonly<Record<string, string>> = {
  AUTHENTICATION_FAILED: 'check N2F_CLIENT_ID and N2F_CLIENT_SECRET (and that they belong to this base URL: sandbox or production)',
  NETWORK_ERROR: 'check n2f.baseUrl / N2F_BASE_URL, DNS, proxy and firewall',
  TIMEOUT: 'check the network path to the server; it answered too slowly',
  RATE_LIMITED: 'another job is using the quota; run later or lower the load',
  DATABASE_LOGIN_FAILED: 'check AGRESSO_DB_USER and AGRESSO_DB_PASSWORD',
  DATABASE_UNREACHABLE: 'check agresso.server, agresso.port, encrypt/trustServerCertificate and the firewall',
  DATABASE_OBJECT_MISSING: 'check the view names in the queries and the login\'s rights on them',
  SOURCE_FAILED: 'check the agresso.users / agresso.analytics paths and the header row of each file',
};

/** Runs one check; a throw becomes a failed line with the error's redacted message and a fix. */
export async function runCheck(name: string, check: () => Promise<string>): Promise<CheckResult> {
  try {
    return { name, ok: true, detail: await check() };
  } catch (error) {
    return failed(name, error);
  }
}

/** A failed line for `error`. */
export function failed(name: string, error: unknown): CheckResult {
  if (error instanceof CheckFailure) return { name, ok: false, detail: error.message, fix: error.fix };
  const code = isSyncError(error) ? error.code : undefined;
  const message = error instanceof Error ? redactText(error.message) : String(error);
  const fix = code === undefined ? undefined : FIXES[code];
  return { name, ok: false, detail: code === undefined ? message : `${message} [${code}]`, ...(fix === undefined ? {} : { fix }) };
}

/** Thrown by a check that ran but found something wrong. */
export class CheckFailure extends Error {
  readonly fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.name = 'CheckFailure';
    this.fix = fix;
  }
}

/** `✔ name: detail` or `✖ name: detail` with the fix under it. */
export function formatCheck(result: CheckResult): string {
  const head = `${result.ok ? '✔ PASS' : '✖ FAIL'}  ${result.name}: ${result.detail}`;
  return result.fix === undefined ? head : `${head}\n          fix: ${result.fix}`;
}
