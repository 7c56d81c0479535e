import { messageParser, type ChannelMessages } from './channel-messages.js';

/** For each channel of the contract, the check its messages must pass to be recorded. */
export const PARSERS: {
  readonly [C in keyof ChannelMessages]: (raw: unknown) => ChannelMessages[C] | undefined;
} = {
  'n2f:request': messageParser<ChannelMessages['n2f:request']>({
    method: 'string',
    route: 'string',
    status: 'number?',
    durationMs: 'number',
    attempt: 'number',
    bucket: 'string',
    outcome: 'string',
    errorCode: 'string?',
  }),
  'agresso:query': messageParser<ChannelMessages['agresso:query']>({
    name: 'string',
    source: 'string',
    durationMs: 'number',
    rows: 'number',
    invalidRows: 'number',
    outcome: 'string',
    errorCode: 'string?',
  }),
  'cache:lookup': messageParser<ChannelMessages['cache:lookup']>({
    namespace: 'string',
    key: 'string',
    outcome: 'string',
    reason: 'string?',
    durationMs: 'number',
  }),
  'resilience:retry': messageParser<ChannelMessages['resilience:retry']>({
    policy: 'string',
    attempt: 'number',
    delayMs: 'number',
    errorCode: 'string',
  }),
  'resilience:giveup': messageParser<ChannelMessages['resilience:giveup']>({
    policy: 'string',
    attempts: 'number',
    errorCode: 'string',
  }),
  'resilience:breaker': messageParser<ChannelMessages['resilience:breaker']>({
    policy: 'string',
    state: 'string',
  }),
  'resilience:wait': messageParser<ChannelMessages['resilience:wait']>({
    bucket: 'string',
    waitedMs: 'number',
    reason: 'string',
  }),
  'sync:run': messageParser<ChannelMessages['sync:run']>({
    phase: 'phase',
    runId: 'string',
    scopes: 'strings',
    dryRun: 'boolean',
    outcome: 'string?',
    durationMs: 'number?',
  }),
  'sync:scope': messageParser<ChannelMessages['sync:scope']>({
    phase: 'phase',
    runId: 'string',
    scope: 'string',
    outcome: 'string?',
    durationMs: 'number?',
    counts: 'counts?',
  }),
  'sync:plan': messageParser<ChannelMessages['sync:plan']>({
    runId: 'string',
    scope: 'string',
    creates: 'number',
    updates: 'number',
    deletes: 'number',
    unchanged: 'number',
    invalid: 'number',
  }),
  'sync:operation': messageParser<ChannelMessages['sync:operation']>({
    runId: 'string',
    scope: 'string',
    action: 'string',
    key: 'string',
    outcome: 'string',
    durationMs: 'number',
    errorCode: 'string?',
  }),
};
