import type { Source } from '@n2f/agresso-source';
import type { N2fClient } from '@n2f/n2f-client';
import { isSyncError, redactText } from '@n2f/resilience';

/** One dependency's state. */
export interface CheckStatus {
  readonly ok: boolean;
  readonly detail: string;
  readonly checkedAt: string;
}

/** The answer of `/readyz`: ready when every check is ok. */
export interface ReadinessReport {
  readonly status: 'ready' | 'not-ready';
  readonly checks: {
    readonly configuration: CheckStatus;
    readonly n2f: CheckStatus;
    readonly agresso: CheckStatus;
  };
}

/** Options of {@link createReadiness}. */
export interface ReadinessOptions {
  readonly client: N2fClient;
  readonly source: Source;
  /** What the configuration check reports (the service only starts with a valid one). */
  readonly configuration: string;
  /** The run in progress: N2F is not probed then (the probe would queue behind the run's calls). */
  readonly running: () => string | undefined;
  /** How long a result is reused: probes cost N2F quota. @default 30_000 */
  readonly ttlMs?: number;
  /** Time allowed to each probe. @default 5_000 */
  readonly timeoutMs?: number;
}

type Probe = (signal: AbortSignal) => Promise<string>;

/**
 * Readiness checks with reuse: N2F (authenticate and list companies) and Agresso (`source.check`).
 * @example const readiness = createReadiness({ client, source, configuration: 'valid', running: () => runs.running() });
 */
export function createReadiness(options: ReadinessOptions): { check(): Promise<ReadinessReport> } {
  const ttlMs = options.ttlMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const n2f = reused(ttlMs, timeoutMs, async (signal) => {
    const companies = await options.client.listCompanies({ signal });
    return `authenticated; ${companies.items.length} companies`;
  });
  const agresso = reused(ttlMs, timeoutMs, async (signal) => {
    await options.source.check({ signal });
    return options.source.kind === 'mssql' ? 'SQL Server reachable' : 'both export files readable';
  });
  const configuration: CheckStatus = {
    ok: true,
    detail: options.configuration,
    checkedAt: new Date().toISOString(),
  };
  return {
    async check() {
      const runId = options.running();
      const [n2fStatus, agressoStatus] = await Promise.all([
        runId === undefined ? n2f.get() : Promise.resolve(n2f.last() ?? inUse(runId)),
        agresso.get(),
      ]);
      const ok = n2fStatus.ok && agressoStatus.ok;
      return {
        status: ok ? 'ready' : 'not-ready',
        checks: { configuration, n2f: n2fStatus, agresso: agressoStatus },
      };
    },
  };
}

function inUse(runId: string): CheckStatus {
  return { ok: true, detail: `in use by run ${runId}`, checkedAt: new Date().toISOString() };
}

function reused(
  ttlMs: number,
  timeoutMs: number,
  probe: Probe,
): { get(): Promise<CheckStatus>; last(): CheckStatus | undefined } {
  let last: { status: CheckStatus; at: number } | undefined;
  let pending: Promise<CheckStatus> | undefined;
  const run = async (): Promise<CheckStatus> => {
    const signal = AbortSignal.timeout(timeoutMs);
    const status = await probe(signal).then(
      (detail) => ({ ok: true, detail, checkedAt: new Date().toISOString() }),
      (error: unknown) => ({
        ok: false,
        detail: signal.aborted ? `no answer within ${timeoutMs} ms` : describe(error),
        checkedAt: new Date().toISOString(),
      }),
    );
    last = { status, at: Date.now() };
    return status;
  };
  return {
    get() {
      if (last && Date.now() - last.at < ttlMs) return Promise.resolve(last.status);
      pending ??= run().finally(() => (pending = undefined));
      return pending;
    },
    last: () => last?.status,
  };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? redactText(error.message) : 'failed';
  return isSyncError(error) ? `${message} [${error.code}]` : message;
}
