import diagnosticsChannel from 'node:diagnostics_channel';
import type { CacheLookupMessage } from './types.js';

/** Name of the diagnostics channel every `get` is published on. */
export const CACHE_LOOKUP_CHANNEL = 'cache:lookup';

const channel = diagnosticsChannel.channel(CACHE_LOOKUP_CHANNEL);

/** Publishes one lookup on `cache:lookup`. */
export function publishLookup(message: CacheLookupMessage): void {
  if (channel.hasSubscribers) channel.publish(message);
}
