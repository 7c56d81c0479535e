import { ConfigurationError } from '@n2f/resilience';

/** A deletion threshold: an absolute count (`25`) or a share of the target (`'10%'`). */
export type MaxDeletes = number | `${number}%`;

/**
 * Parses a threshold as an operator types it (`"25"`, `"10%"`, `25`) and fails naming the option.
 * @example parseMaxDeletes('10%', 'safety.maxDeletes') // '10%'
 */
export function parseMaxDeletes(value: unknown, key: string): MaxDeletes {
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(text);
  if (!match) {
    throw new ConfigurationError(
      key,
      `"${String(value)}" is not a count or a percentage`,
      'write a whole number such as 25, or a percentage such as 10%',
    );
  }
  const amount = Number(match[1]);
  if (match[2] === '%') {
    if (amount > 100)
      throw new ConfigurationError(
        key,
        `${text} is more than 100%`,
        'use a percentage between 0% and 100%',
      );
    return `${amount}%`;
  }
  if (!Number.isInteger(amount))
    throw new ConfigurationError(
      key,
      `${text} is not a whole number`,
      'use a whole number of deletes, or a percentage such as 10%',
    );
  return amount;
}

/** The number of deletes a threshold allows for a target of `targetCount` entities (percentages round down). */
export function deleteLimit(maxDeletes: MaxDeletes, targetCount: number): number {
  if (typeof maxDeletes === 'number') return maxDeletes;
  return Math.floor((targetCount * Number.parseFloat(maxDeletes)) / 100);
}
