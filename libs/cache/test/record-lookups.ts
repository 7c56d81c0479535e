import diagnosticsChannel from 'node:diagnostics_channel';
import { CACHE_LOOKUP_CHANNEL } from '../src/index.js';
import type { CacheLookupMessage } from '../src/index.js';

/** Runs `work` while listening on `cache:lookup`; returns the messages published meanwhile. */
export async function recordLookups(work: () => Promise<void>): Promise<CacheLookupMessage[]> {
  const seen: CacheLookupMessage[] = [];
  const listen = (message: unknown): void => void seen.push(message as CacheLookupMessage);
  diagnosticsChannel.subscribe(CACHE_LOOKUP_CHANNEL, listen);
  try {
    await work();
  } finally {
    diagnosticsChannel.unsubscribe(CACHE_LOOKUP_CHANNEL, listen);
  }
  return seen;
}
