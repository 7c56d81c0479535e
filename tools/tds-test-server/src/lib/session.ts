import type { Socket } from 'node:net';
import { parseLogin7 } from './login7.js';
import type { ResolvedFaults } from './options.js';
import { MessageAssembler, PacketType, type TdsMessage } from './packet.js';
import { sendMessage, SocketClosedError } from './packet-stream.js';
import { preloginResponse } from './prelogin.js';
import type { Resolution, Resolver } from './query-resolver.js';
import { respond } from './responder.js';
import { attentionAck, DEFAULT_PACKET_SIZE, loginAccepted, loginRefused, negotiatePacketSize } from './session-messages.js';
import { parseRpc, parseSqlBatch, UnknownProcedureError } from './sql-request.js';
import type { QueryRequest, ReceivedRequest } from './types.js';

/** What every session shares with the server. */
export interface SessionContext {
  readonly users: ReadonlyMap<string, string>;
  readonly resolver: Resolver;
  /** Read per request, so a test can change faults on a running server. */
  readonly faults: () => ResolvedFaults;
  readonly record: (request: ReceivedRequest) => void;
}

type State = 'prelogin' | 'login' | 'ready';

/**
 * One client connection: PRELOGIN, LOGIN7, then requests answered one at a time in arrival
 * order. ATTENTION is noted as soon as it arrives (to stop a running response) and acknowledged
 * in turn, after the response it interrupted.
 */
export class Session {
  private state: State = 'prelogin';
  private packetSize = DEFAULT_PACKET_SIZE;
  private attention = new AbortController();
  private queue: Promise<void> = Promise.resolve();
  private readonly assembler = new MessageAssembler();

  constructor(
    private readonly socket: Socket,
    private readonly context: SessionContext,
  ) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    // Clients reset connections (a cancel timeout, a closed pool); that ends the session, nothing more.
    socket.on('error', () => socket.destroy());
  }

  private receive(chunk: Buffer): void {
    let messages: TdsMessage[];
    try {
      messages = this.assembler.push(chunk);
    } catch {
      this.socket.destroy();
      return;
    }
    for (const message of messages) {
      if (message.type === PacketType.Attention) this.attention.abort();
      this.queue = this.queue.then(() => this.handle(message)).catch((error: unknown) => this.fail(error));
    }
  }

  private async handle(message: TdsMessage): Promise<void> {
    if (this.state === 'prelogin' && message.type === PacketType.Prelogin) {
      this.state = 'login';
      return this.send(preloginResponse());
    }
    if (this.state === 'login' && message.type === PacketType.Login7) return this.login(message.payload);
    if (this.state === 'ready') return this.request(message);
    throw new Error(`unexpected message type 0x${message.type.toString(16)} in state ${this.state}`);
  }

  private async login(payload: Buffer): Promise<void> {
    if (this.context.faults().hangLogin) return;
    const login = parseLogin7(payload);
    this.context.record({ kind: 'login', user: login.userName, database: login.database });
    if (this.context.users.get(login.userName) !== login.password) {
      await this.send(loginRefused(login.userName));
      this.socket.end();
      return;
    }
    const granted = negotiatePacketSize(login.packetSize);
    await this.send(loginAccepted(login.database, granted));
    this.packetSize = granted;
    this.state = 'ready';
  }

  private async request(message: TdsMessage): Promise<void> {
    if (message.type === PacketType.Attention) {
      this.context.record({ kind: 'attention' });
      await this.send(attentionAck());
      this.attention = new AbortController();
      return;
    }
    const via = message.type === PacketType.Rpc ? 'rpc' : 'sql-batch';
    const context = { socket: this.socket, packetSize: this.packetSize, via, signal: this.attention.signal, faults: this.context.faults() } as const;
    if (message.ignored) return respond({ ...context, via: 'sql-batch' }, () => ({ kind: 'none' }));
    const parsed = this.parse(message);
    if ('error' in parsed) return respond(context, () => parsed);
    this.context.record({ kind: 'query', via, ...parsed });
    return respond(context, () => this.context.resolver(parsed));
  }

  /** The query of a request, or the error SQL Server gives for a request it cannot run. */
  private parse(message: TdsMessage): QueryRequest | Extract<Resolution, { kind: 'error' }> {
    try {
      if (message.type === PacketType.SqlBatch) return parseSqlBatch(message.payload);
      if (message.type === PacketType.Rpc) return parseRpc(message.payload);
      return rejected(8009, `tds-test-server does not support message type 0x${message.type.toString(16)} (transactions and bulk load are not implemented)`);
    } catch (error) {
      if (error instanceof UnknownProcedureError) return rejected(2812, error.message);
      // 8016: SQL Server's answer to an RPC it cannot decode.
      return rejected(8016, `The incoming tabular data stream (TDS) remote procedure call (RPC) protocol stream is incorrect. ${(error as Error).message}`);
    }
  }

  private send(payload: Buffer): Promise<void> {
    return sendMessage(this.socket, PacketType.TabularResult, this.packetSize, payload);
  }

  private fail(error: unknown): void {
    if (!(error instanceof SocketClosedError)) this.socket.destroy();
  }
}

function rejected(number: number, message: string): Extract<Resolution, { kind: 'error' }> {
  return { kind: 'error', error: { number, message } };
}
