import type { FaultEngine } from './fault-engine.js';
import { failure, type Reply } from './http-io.js';
import type { ReadonlyKeyedList } from './keyed-list.js';
import { shuffled } from './random.js';
import type { FieldError } from './types.js';

/** The page a list call asks for. */
export interface Paging {
  readonly start: number;
  readonly limit: number;
}

/** The largest page N2F serves; a larger `limit` is refused. */
export const MAX_LIMIT = 200;

/** Reads `start` (default 0) and `limit` (default 200, at most 200); anything else is a 400. */
export function parsePaging(query: URLSearchParams): Paging | Reply {
  const errors: FieldError[] = [];
  const read = (field: 'start' | 'limit', fallback: number): number => {
    const raw = query.get(field);
    if (raw === null) return fallback;
    if (/^\d+$/.test(raw)) return Number(raw);
    errors.push({ field, message: 'must be a non-negative integer' });
    return fallback;
  };
  const start = read('start', 0);
  const limit = read('limit', MAX_LIMIT);
  if (limit > MAX_LIMIT) errors.push({ field: 'limit', message: `must be at most ${MAX_LIMIT}` });
  return errors.length > 0 ? failure(400, 'Invalid paging parameters', errors) : { start, limit };
}

/** One page of a list, with the realism faults applied: a repeated item and a shuffled order. */
export function takePage<T>(
  list: ReadonlyKeyedList<T>,
  { start, limit }: Paging,
  faults: FaultEngine,
): T[] {
  const page = list.page(start, limit);
  const { duplicateRate, shufflePages } = faults.options;
  if (start > 0 && start <= list.size && faults.chance(duplicateRate))
    page.unshift(...list.page(start - 1, 1));
  return shufflePages ? shuffled(page, () => faults.random()) : page;
}
