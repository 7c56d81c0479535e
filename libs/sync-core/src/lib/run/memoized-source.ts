import type {
  AgressoAnalyticsRow,
  AgressoUserRow,
  ReadOptions,
  Source,
  SourceRecord,
} from '@n2f/agresso-source';

/**
 * Wraps a source so each view is queried once per run: the three axe scopes share the
 * analytics rows (the legacy tool cached that query too). Rows are kept for the run only.
 */
export function memoizeSource(source: Source): Source {
  let users: Promise<SourceRecord<AgressoUserRow>[]> | undefined;
  let analytics: Promise<SourceRecord<AgressoAnalyticsRow>[]> | undefined;
  return {
    kind: source.kind,
    readUsers: (options?: ReadOptions) => replay((users ??= collect(source.readUsers(options)))),
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
