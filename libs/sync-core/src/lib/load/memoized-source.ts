import type { AgressoAnalyticsRow, ReadOptions, Source, SourceRecord } from '@n2f/agresso-source';

/**
 * Wraps a source so the analytics view is queried once per run: the three axe scopes share its
 * rows (the legacy tool cached that query too). The users view, read by one scope, streams
 * through unkept, so its rows are not held while the axe scopes run.
 */
export function memoizeSource(source: Source): Source {
  let analytics: Promise<SourceRecord<AgressoAnalyticsRow>[]> | undefined;
  return {
    kind: source.kind,
    readUsers: (options?: ReadOptions) => source.readUsers(options),
    readAnalytics: (options?: ReadOptions) =>
      replay((analytics ??= collect(source.readAnalytics(options)))),
    check: (options?: ReadOptions) => source.check(options),
    close: () => source.close(),
  };
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

async function* replay<T>(rows: Promise<T[]>): AsyncIterable<T> {
  yield* await rows;
}
