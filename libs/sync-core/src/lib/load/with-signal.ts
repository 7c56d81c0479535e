/** `{ signal }` when there is one: optional properties may not be set to `undefined` here. */
export function withSignal(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal === undefined ? {} : { signal };
}
