import { ValidationError } from '@n2f/resilience';

/** N2F's page size: the largest `limit` it accepts. */
export const PAGE_SIZE = 200;

/** A key met a second time while paging: the later item was dropped. */
export interface N2fDuplicate {
  /** The list, e.g. `GET /users` or `GET /companies/MTAwMQ==/axes/projects`. */
  readonly endpoint: string;
  /** The key seen twice (uuid, code, or lower-cased mail for users). */
  readonly key: string;
  /** `start` of the page where it came again. */
  readonly start: number;
}

/** Options of every list call. */
export interface N2fListOptions {
  readonly signal?: AbortSignal;
  /** Told of each key seen twice (the later item is dropped), e.g. to turn it into a plan warning. */
  readonly onDuplicate?: (duplicate: N2fDuplicate) => void;
}

/** Everything a paged list held: items (each key once), the duplicates dropped, pages read. */
export interface N2fList<T> {
  readonly items: readonly T[];
  readonly duplicates: readonly N2fDuplicate[];
  readonly pages: number;
}

/** How to read one paged list. */
export interface PagedSource<T> {
  readonly endpoint: string;
  fetchPage(start: number, limit: number, signal?: AbortSignal): Promise<readonly T[]>;
  keyOf(item: T): string;
}

/**
 * Reads a list page by page (`start += 200` until a page is shorter than the limit), yielding
 * each key once. A full page made only of keys already seen means the server ignores `start`:
 * that is reported rather than looped on forever.
 */
export async function* iteratePages<T>(
  source: PagedSource<T>,
  options: N2fListOptions = {},
): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  for (let start = 0; ; start += PAGE_SIZE) {
    const page = await source.fetchPage(start, PAGE_SIZE, options.signal);
    let fresh = 0;
    for (const item of page) {
      const key = source.keyOf(item);
      if (seen.has(key)) {
        options.onDuplicate?.({ endpoint: source.endpoint, key, start });
        continue;
      }
      seen.add(key);
      fresh += 1;
      yield item;
    }
    if (page.length < PAGE_SIZE) return;
    if (fresh === 0) throw ignoredPaging(source.endpoint, start);
  }
}

/** Reads a whole list into memory, with the duplicates it dropped and the number of pages. */
export async function collectPages<T>(
  source: PagedSource<T>,
  options: N2fListOptions = {},
): Promise<N2fList<T>> {
  const items: T[] = [];
  const duplicates: N2fDuplicate[] = [];
  let pages = 0;
  const counting: PagedSource<T> = {
    ...source,
    fetchPage: (start, limit, signal) => {
      pages += 1;
      return source.fetchPage(start, limit, signal);
    },
  };
  const onDuplicate = (duplicate: N2fDuplicate): void => {
    duplicates.push(duplicate);
    options.onDuplicate?.(duplicate);
  };
  for await (const item of iteratePages(counting, { ...options, onDuplicate })) items.push(item);
  return { items, duplicates, pages };
}

function ignoredPaging(endpoint: string, start: number): ValidationError {
  return new ValidationError(
    'repeats only keys already seen',
    {
      entity: endpoint,
      field: `page start=${start}`,
      fix: 'the server seems to ignore `start`; report it to N2F',
    },
    { code: 'RESPONSE_INVALID' },
  );
}
