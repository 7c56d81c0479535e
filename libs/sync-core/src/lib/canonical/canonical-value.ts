/** A canonical field value: text, boolean, a culture → label map, or `null` for absent. JSON-safe. */
export type CanonicalValue = string | boolean | null | Readonly<Record<string, string>>;

/** A canonical record: field name → canonical value. Both sides of a comparison use this form. */
export type CanonicalRecord = Readonly<Record<string, CanonicalValue>>;

/**
 * Why a source value could not be converted. Converters return it instead of throwing so the
 * hot path allocates nothing for valid values; the plan turns it into an `InvalidRecord`.
 */
export class ConversionFailure {
  readonly problem: string;
  readonly fix: string;
  constructor(problem: string, fix: string) {
    this.problem = problem;
    this.fix = fix;
  }
}

/** Whether two canonical values are equal (maps compared by entries, order ignored). */
export function sameValue(a: CanonicalValue, b: CanonicalValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  // Counted with for…in rather than Object.keys: no array per comparison on the hot path.
  let size = 0;
  for (const key in a) {
    if (a[key] !== b[key]) return false;
    size += 1;
  }
  for (const _key in b) size -= 1;
  return size === 0;
}
