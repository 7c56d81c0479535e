/** The small, whole messages a session sends outside query results: login answers and the attention ack. */
import { ByteWriter } from './byte-writer.js';
import { COLLATION } from './column-codecs.js';
import { collationChange, done, DoneStatus, envChange, errorToken, loginAck, Token } from './tokens.js';

/** Packet size before LOGIN7 negotiates one (tedious' default too). */
export const DEFAULT_PACKET_SIZE = 4096;

/** The packet size granted for a requested one, kept within what SQL Server accepts. */
export function negotiatePacketSize(requested: number): number {
  return Math.min(Math.max(requested, 512), 32_767);
}

/**
 * A successful login: the database (ENVCHANGE 1), the collation, LOGINACK for TDS 7.4, the
 * packet size (ENVCHANGE 4) and a final DONE.
 */
export function loginAccepted(database: string, packetSize: number): Buffer {
  const writer = new ByteWriter();
  envChange(writer, 1, database === '' ? 'master' : database, 'master');
  collationChange(writer, COLLATION);
  loginAck(writer);
  envChange(writer, 4, String(packetSize), String(DEFAULT_PACKET_SIZE));
  done(writer, Token.Done, DoneStatus.Final);
  return writer.toBuffer();
}

/** SQL Server's error 18456, with its usual message and severity 14. */
export function loginRefused(user: string): Buffer {
  const writer = new ByteWriter();
  errorToken(writer, { number: 18_456, state: 1, class: 14, message: `Login failed for user '${user}'.` });
  done(writer, Token.Done, DoneStatus.Error);
  return writer.toBuffer();
}

/** The acknowledgement of an ATTENTION: DONE with the attention bit, as its own message. */
export function attentionAck(): Buffer {
  const writer = new ByteWriter();
  done(writer, Token.Done, DoneStatus.Attention);
  return writer.toBuffer();
}
