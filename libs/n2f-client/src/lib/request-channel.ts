import { channel } from 'node:diagnostics_channel';

/** The message published on `n2f:request` for every HTTP request (see channels.md). */
export interface N2fRequestEvent {
  readonly method: string;
  /** Route template, e.g. `/companies/{companyUuid}/axes/{axeId}`. */
  readonly route: string;
  /** Absent on a network error, a timeout or an abort. */
  readonly status?: number;
  readonly durationMs: number;
  /** 1-based attempt of this call. */
  readonly attempt: number;
  readonly bucket: 'read' | 'write';
  readonly outcome: 'ok' | 'error';
  readonly errorCode?: string;
}

/** Name of the channel every N2F request is published on. */
export const N2F_REQUEST_CHANNEL = 'n2f:request';

const requests = channel(N2F_REQUEST_CHANNEL);

/** Publishes a request; the message is only built when someone listens. */
export function publishRequest(build: () => N2fRequestEvent): void {
  if (requests.hasSubscribers) requests.publish(build());
}
