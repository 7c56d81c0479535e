import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ByteWriter } from './byte-writer.js';
import type { ResolvedFaults } from './options.js';
import { PacketType } from './packet.js';
import { PacketStream } from './packet-stream.js';
import type { Resolution } from './query-resolver.js';
import { colMetadata, resultShape, rowToken, type ResultShape } from './result-tokens.js';
import { done, DoneStatus, errorToken, returnStatus, Token } from './tokens.js';
import type { FixtureTable, SqlErrorSpec } from './types.js';

/** What a response needs besides the resolution. */
export interface ResponseContext {
  readonly socket: Socket;
  readonly packetSize: number;
  readonly via: 'sql-batch' | 'rpc';
  /** Aborted when the client sends ATTENTION: the response stops at the next row. */
  readonly signal: AbortSignal;
  readonly faults: ResolvedFaults;
}

/** Error number of fixture problems met while answering (a bad cell, a throwing matcher). */
const FIXTURE_ERROR = 50_000;

/** Write the whole response message to one query: rows, an error or a bare DONE, after any latency. */
export async function respond(context: ResponseContext, resolve: () => Resolution): Promise<void> {
  const stream = new PacketStream(context.socket, PacketType.TabularResult, context.packetSize);
  const writer = new ByteWriter();
  const resolution = resolveSafely(resolve);
  // The driver's own statements (the SET batch after login, the pool's SELECT 1) are not delayed.
  if (resolution.kind !== 'none' && context.faults.latencyMs > 0) {
    await sleep(context.faults.latencyMs, undefined, { signal: context.signal }).catch(() => undefined);
  }
  if (context.signal.aborted) return finish(stream, writer, DoneStatus.Final);
  if (resolution.kind === 'none') return finish(stream, writer, DoneStatus.Final, context.via);
  if (resolution.kind === 'error') return failWith(stream, writer, resolution.error, context.via);
  let shape: ResultShape;
  try {
    shape = resultShape(resolution.table.columns);
  } catch (error) {
    return failWith(stream, writer, fixtureError(error), context.via);
  }
  await streamRows(context, stream, shape, resolution.table);
}

function resolveSafely(resolve: () => Resolution): Resolution {
  try {
    return resolve();
  } catch (error) {
    return { kind: 'error', error: fixtureError(error) };
  }
}

function fixtureError(error: unknown): SqlErrorSpec {
  return { number: FIXTURE_ERROR, message: `tds-test-server fixture: ${error instanceof Error ? error.message : String(error)}` };
}

/** COLMETADATA, then one ROW at a time with backpressure, checking ATTENTION and faults per row. */
async function streamRows(context: ResponseContext, stream: PacketStream, shape: ResultShape, table: FixtureTable): Promise<void> {
  const writer = new ByteWriter();
  colMetadata(writer, shape);
  await stream.write(writer.view());
  let count = 0;
  for (const row of typeof table.rows === 'function' ? table.rows() : table.rows) {
    if (context.signal.aborted) return finish(stream, writer.reset(), DoneStatus.Final);
    if (count === context.faults.closeAfterRows) return disconnect(context.socket, stream);
    try {
      rowToken(writer.reset(), shape, row);
    } catch (error) {
      return failWith(stream, writer.reset(), fixtureError(error), context.via);
    }
    await stream.write(writer.view());
    count += 1;
  }
  await finish(stream, writer.reset(), DoneStatus.Count, context.via, count);
}

/** The mid-result disconnect fault: the rows so far reach the client, the message never ends. */
async function disconnect(socket: Socket, stream: PacketStream): Promise<void> {
  await stream.flush();
  socket.end(() => socket.destroy());
}

async function failWith(stream: PacketStream, writer: ByteWriter, error: SqlErrorSpec, via: ResponseContext['via']): Promise<void> {
  errorToken(writer, error);
  await finish(stream, writer, DoneStatus.Error, via);
}

/**
 * End the message: a batch ends with DONE; an RPC (sp_executesql) with DONEINPROC for its
 * statement, RETURNSTATUS and DONEPROC, as SQL Server answers a procedure call.
 */
async function finish(stream: PacketStream, writer: ByteWriter, status: number, via?: ResponseContext['via'], count = 0): Promise<void> {
  if (via === 'rpc') {
    done(writer, Token.DoneInProc, status, count);
    returnStatus(writer, 0);
    done(writer, Token.DoneProc, status & DoneStatus.Error);
  } else {
    done(writer, Token.Done, status, count);
  }
  await stream.write(writer.view());
  await stream.end();
}
