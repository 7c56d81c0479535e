// The messages of the shared diagnostics-channel contract. Publishers define their own copies
// (no library imports metrics); these parsers accept what matches and drop the rest.

/** `n2f:request`: one HTTP call of the N2F client. */
export interface RequestMessage {
  readonly method: string;
  readonly route: string;
  readonly status?: number;
  readonly durationMs: number;
  readonly attempt: number;
  readonly bucket: string;
  readonly outcome: string;
  readonly errorCode?: string;
}

/** `agresso:query`: one read of the Agresso source. */
export interface QueryMessage {
  readonly name: string;
  readonly source: string;
  readonly durationMs: number;
  readonly rows: number;
  readonly invalidRows: number;
  readonly outcome: string;
  readonly errorCode?: string;
}

/** `cache:lookup`: one cache read. */
export interface LookupMessage {
  readonly namespace: string;
  readonly key: string;
  readonly outcome: string;
  readonly reason?: string;
  readonly durationMs: number;
}

/** `resilience:retry`, `resilience:giveup`, `resilience:breaker`, `resilience:wait`. */
export interface RetryMessage {
  readonly policy: string;
  readonly attempt: number;
  readonly delayMs: number;
  readonly errorCode: string;
}
export interface GiveUpMessage {
  readonly policy: string;
  readonly attempts: number;
  readonly errorCode: string;
}
export interface BreakerMessage {
  readonly policy: string;
  readonly state: string;
}
export interface WaitMessage {
  readonly bucket: string;
  readonly waitedMs: number;
  readonly reason: string;
}

/** Entity counts of a finished scope. */
export interface ScopeCounts {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  readonly invalid: number;
  readonly failed: number;
}

/** `sync:run`, `sync:scope`, `sync:plan`, `sync:operation`. */
export interface RunMessage {
  readonly phase: string;
  readonly runId: string;
  readonly scopes: readonly string[];
  readonly dryRun: boolean;
  readonly outcome?: string;
  readonly durationMs?: number;
}
export interface ScopeMessage {
  readonly phase: string;
  readonly runId: string;
  readonly scope: string;
  readonly outcome?: string;
  readonly durationMs?: number;
  readonly counts?: ScopeCounts;
}
export interface PlanMessage {
  readonly runId: string;
  readonly scope: string;
  readonly creates: number;
  readonly updates: number;
  readonly deletes: number;
  readonly unchanged: number;
  readonly invalid: number;
}
export interface OperationMessage {
  readonly runId: string;
  readonly scope: string;
  readonly action: string;
  readonly key: string;
  readonly outcome: string;
  readonly durationMs: number;
  readonly errorCode?: string;
}

/** Every channel of the contract and the type of its messages. */
export interface ChannelMessages {
  readonly 'n2f:request': RequestMessage;
  readonly 'agresso:query': QueryMessage;
  readonly 'cache:lookup': LookupMessage;
  readonly 'resilience:retry': RetryMessage;
  readonly 'resilience:giveup': GiveUpMessage;
  readonly 'resilience:breaker': BreakerMessage;
  readonly 'resilience:wait': WaitMessage;
  readonly 'sync:run': RunMessage;
  readonly 'sync:scope': ScopeMessage;
  readonly 'sync:plan': PlanMessage;
  readonly 'sync:operation': OperationMessage;
}

type Field = 'string' | 'number' | 'boolean' | 'strings' | 'counts' | 'phase';
type Shape<T> = { readonly [K in keyof T]-?: Field | `${Field}?` };

/** The fields of {@link ScopeCounts}, in report order. */
export const COUNT_FIELDS: readonly (keyof ScopeCounts)[] = [
  'created',
  'updated',
  'deleted',
  'unchanged',
  'invalid',
  'failed',
];

function matches(value: unknown, field: Field): boolean {
  switch (field) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'phase':
      return value === 'start' || value === 'end';
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'counts':
      return (
        typeof value === 'object' &&
        value !== null &&
        COUNT_FIELDS.every((name) => matches((value as Record<string, unknown>)[name], 'number'))
      );
    default:
      return typeof value === field;
  }
}

/** A parser for messages of `shape`: the message when every field has its type, else `undefined`. */
export function messageParser<T>(shape: Shape<T>): (raw: unknown) => T | undefined {
  const fields = Object.entries(shape) as Array<[string, string]>;
  return (raw) => {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const record = raw as Record<string, unknown>;
    const ok = fields.every(([name, type]) => {
      const optional = type.endsWith('?');
      const value = record[name];
      return (optional && value === undefined) || matches(value, type.replace('?', '') as Field);
    });
    return ok ? (raw as T) : undefined;
  };
}
