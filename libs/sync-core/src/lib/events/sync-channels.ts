import { channel, type Channel } from 'node:diagnostics_channel';

type SyncChannelName = 'run' | 'scope' | 'plan' | 'operation';

/** The channel names, for subscribers (`@n2f/metrics` listens to them). */
export const SYNC_CHANNELS: Readonly<Record<SyncChannelName, string>> = {
  run: 'sync:run',
  scope: 'sync:scope',
  plan: 'sync:plan',
  operation: 'sync:operation',
};

const channels: Readonly<Record<SyncChannelName, Channel>> = {
  run: channel(SYNC_CHANNELS.run),
  scope: channel(SYNC_CHANNELS.scope),
  plan: channel(SYNC_CHANNELS.plan),
  operation: channel(SYNC_CHANNELS.operation),
};

/** Publishes on a `sync:*` channel when someone listens; `message` is built only then. */
export function publishSync(name: SyncChannelName, message: () => object): void {
  const target = channels[name];
  if (target.hasSubscribers) target.publish(message());
}
