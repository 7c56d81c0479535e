// Day texts by `yyyymmdd`. Rows and N2F records repeat a few thousand days, so each row's day is
// the same string as every other's: no string per date, and equal days compare by reference.
// Bounded (about 270 years of days); beyond it, texts are built each time.
const DAYS = new Map<number, string>();
const LIMIT = 100_000;

/** The `YYYY-MM-DD` text of a day given as `yyyymmdd` (year 0–9999), shared between calls. */
export function dayText(day: number): string {
  const known = DAYS.get(day);
  if (known !== undefined) return known;
  const text = `${pad(Math.floor(day / 10_000), 4)}-${pad(Math.floor(day / 100) % 100, 2)}-${pad(day % 100, 2)}`;
  if (DAYS.size < LIMIT) DAYS.set(day, text);
  return text;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
