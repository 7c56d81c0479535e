import * as v from 'valibot';
import type { AxeValueFields, StateAxeValue } from './types.js';

const name = v.object(
  {
    culture: v.pipe(v.string('must be a string'), v.nonEmpty('is required')),
    value: v.string('must be a string'),
  },
  'must be an object { culture, value }',
);

/** Epoch ms of an ISO date; a date-time without a zone is read as UTC, like a date alone. */
function parseIso(value: string): number {
  return Date.parse(/T[\d:.]+$/.test(value) ? `${value}Z` : value);
}

/** Whether the date part exists in the calendar (Date.parse rolls 2025-02-30 over to March). */
function isCalendarDate(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCMonth() === month - 1 && date.getUTCDate() === day && !Number.isNaN(parseIso(value))
  );
}

/** `YYYY-MM-DD` or an ISO instant; anything `Date` cannot read is refused. */
const instant = v.exactOptional(
  v.nullable(
    v.pipe(
      v.string('must be an ISO date or null'),
      v.regex(
        /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
        'must be an ISO date',
      ),
      v.check(isCalendarDate, 'must be a valid date'),
    ),
  ),
);

const entries = {
  code: v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('is required')),
  names: v.pipe(
    v.array(name, 'must be an array of names'),
    v.check(
      (names) => names.some((n) => n.value.trim() !== ''),
      'needs at least one non-empty name',
    ),
  ),
  validityDateFrom: instant,
  validityDateTo: instant,
};

type Validity = Pick<AxeValueFields, 'validityDateFrom' | 'validityDateTo'>;

/** `validityDateFrom` ≤ `validityDateTo` when both are set. */
const inOrder = ({ validityDateFrom: from, validityDateTo: to }: Validity): boolean =>
  !from || !to || parseIso(from) <= parseIso(to);
const orderPaths = [['validityDateFrom'], ['validityDateTo']] as const;
const orderMessage = 'validityDateFrom must not be after validityDateTo';

/** The body of `POST /companies/{c}/axes/{axe}`; unknown keys are ignored. */
export const AxeValuePayloadSchema: v.GenericSchema<AxeValueFields> = v.pipe(
  v.object(entries, 'must be a JSON object'),
  v.forward(v.partialCheck(orderPaths, inOrder, orderMessage), ['validityDateTo']),
);

/** An axe value in a state file: the same fields plus its company, axe and optional uuid. */
export const StateAxeValueSchema: v.GenericSchema<StateAxeValue> = v.pipe(
  v.object({
    ...entries,
    company: v.pipe(v.string(), v.nonEmpty()),
    axe: v.pipe(v.string(), v.nonEmpty()),
    uuid: v.exactOptional(v.pipe(v.string(), v.nonEmpty())),
  }),
  v.forward(v.partialCheck(orderPaths, inOrder, orderMessage), ['validityDateTo']),
);

/** Normalises an ISO date to the instant form N2F returns: `2025-01-01T00:00:00Z`. */
export function toInstant(value: string | null | undefined): string | null {
  if (!value) return null;
  return new Date(parseIso(value)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
