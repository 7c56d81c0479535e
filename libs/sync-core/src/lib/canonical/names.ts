import { canonText } from './text.js';

/** A label in one culture, as N2F reads and writes it. */
export interface LocalizedName {
  readonly culture: string;
  readonly value: string | null;
}

/**
 * N2F `names` as a culture → label map, limited to `cultures` (lower-case); order, extra
 * cultures and empty labels are ignored. The first label of a culture wins.
 */
export function canonNames(
  names: unknown,
  cultures: readonly string[],
): Readonly<Record<string, string>> {
  const map: Record<string, string> = {};
  if (!Array.isArray(names)) return map;
  for (const name of names as readonly unknown[]) {
    if (typeof name !== 'object' || name === null) continue;
    const { culture, value } = name as { culture?: unknown; value?: unknown };
    if (typeof culture !== 'string') continue;
    const key = cultures.includes(culture) ? culture : culture.trim().toLowerCase();
    const label = canonText(value);
    if (label !== null && cultures.includes(key) && !(key in map)) map[key] = label;
  }
  return map;
}

/** The same label in every culture: how an Agresso description becomes `names`. */
export function namesFromLabel(
  label: string | null,
  cultures: readonly string[],
): Readonly<Record<string, string>> {
  const map: Record<string, string> = {};
  if (label !== null) for (const culture of cultures) map[culture] = label;
  return map;
}

/** The payload form of a culture map, in the order of `cultures`. */
export function namesToPayload(
  map: Readonly<Record<string, string>>,
  cultures: readonly string[],
): LocalizedName[] {
  const names: LocalizedName[] = [];
  for (const culture of cultures) {
    const value = map[culture];
    if (value !== undefined) names.push({ culture, value });
  }
  return names;
}
