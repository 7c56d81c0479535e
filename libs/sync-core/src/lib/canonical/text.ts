/**
 * Canonical text: trimmed; empty, NULL, missing and NaN are all `null` (absent).
 * Numbers (an employee number typed as a number) become their decimal text.
 */
export function canonText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return isTrimmed(value) ? value : nonEmpty(value.trim());
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return nonEmpty(String(value).trim());
}

/** Canonical text, lower-cased (cultures, e-mails). */
export function canonLowerText(value: unknown): string | null {
  const text = canonText(value);
  return text === null ? null : text.toLowerCase();
}

/** Canonical text, upper-cased (ISO 4217 currency codes). */
export function canonUpperText(value: unknown): string | null {
  const text = canonText(value);
  return text === null ? null : text.toUpperCase();
}

// Printable ASCII at both ends means there is nothing to trim: skips an allocation per value.
function isTrimmed(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127;
}

function nonEmpty(text: string): string | null {
  return text === '' ? null : text;
}
