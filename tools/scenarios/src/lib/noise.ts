import type { Random } from './prng.js';

const TRUE_FORMS: readonly (boolean | number | string)[] = [
  true,
  1,
  'Y',
  'oui',
  'yes',
  ' J ',
  'True',
];
const FALSE_FORMS: readonly (boolean | number | string | null)[] = [
  false,
  0,
  'N',
  'non',
  'nee',
  '',
  null,
];

/** A boolean in one of the forms Agresso columns carry (bit, number, fr/nl/en words, empty). */
export function booleanForm(random: Random, value: boolean): boolean | number | string | null {
  return random.pick(value ? TRUE_FORMS : FALSE_FORMS);
}

/** Text with stray spaces now and then, as hand-typed Agresso data has. */
export function padded(random: Random, text: string): string {
  return random.chance(0.1) ? ` ${text} ` : text;
}

/** Text in a random case (labels, e-mails, codes are matched case-insensitively). */
export function anyCase(random: Random, text: string): string {
  const roll = random.int(4);
  return roll === 0 ? text.toUpperCase() : roll === 1 ? text.toLowerCase() : text;
}

/** A day as Agresso may give it: ISO or day-first. */
export function dayForm(random: Random, day: string): string {
  if (random.chance(0.5)) return day;
  const [year, month, dayOfMonth] = day.split('-');
  return `${dayOfMonth}/${month}/${year}`;
}

/** A day as N2F may return it: an instant with or without zone. */
export function instantForm(random: Random, day: string): string {
  return random.chance(0.5) ? `${day}T00:00:00Z` : `${day}T00:00:00`;
}
