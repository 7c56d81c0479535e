import { ConversionFailure } from './canonical-value.js';
import { canonLowerText } from './text.js';

// Deliberately loose: N2F does the real check; this catches typos such as a missing "@" or domain.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const EMPTY = new ConversionFailure('is empty', 'fill in the e-mail address');
// The report shows the value beside the problem, so the problem does not repeat it.
const MALFORMED = new ConversionFailure('is not an e-mail address', 'correct the address (name@domain.tld)');

/** A required e-mail: trimmed and lower-cased; empty or malformed is a failure. */
export function canonEmail(value: unknown): string | ConversionFailure {
  const mail = canonLowerText(value);
  if (mail === null) return EMPTY;
  return EMAIL_SHAPE.test(mail) ? mail : MALFORMED;
}

/** An optional e-mail (a manager): empty is `null`, malformed is a failure. */
export function canonOptionalEmail(value: unknown): string | null | ConversionFailure {
  const mail = canonLowerText(value);
  if (mail === null) return null;
  return EMAIL_SHAPE.test(mail) ? mail : MALFORMED;
}
