/** One part of a name: `[bracketed]` (with `]]` escapes), `"quoted"` or plain. */
const PART = String.raw`(?:\[(?:[^\]]|\]\])+\]|"[^"]+"|[\w@#$]+)`;
const FROM_NAME = new RegExp(String.raw`\bfrom\s+(${PART}(?:\s*\.\s*(?:${PART})?)*)`, 'i');
const PARTS = new RegExp(String.raw`${PART}|\.`, 'g');

/**
 * The parts of the object named after the first FROM (`db.schema.object`, brackets and quotes
 * removed; an omitted part as in `db..object` is ''), or undefined when there is no FROM.
 */
export function objectNameAfterFrom(sql: string): string[] | undefined {
  const match = FROM_NAME.exec(sql);
  return match?.[1] === undefined ? undefined : splitName(match[1]);
}

/** Split `a.[b].c` into its unquoted parts. */
export function splitName(name: string): string[] {
  const parts = [''];
  for (const [token] of name.matchAll(PARTS)) {
    if (token === '.') parts.push('');
    else parts[parts.length - 1] = unquote(token);
  }
  return parts;
}

function unquote(part: string): string {
  if (part.startsWith('[')) return part.slice(1, -1).replaceAll(']]', ']');
  return part.startsWith('"') ? part.slice(1, -1) : part;
}

/**
 * Whether a fixture key names the queried object: parts are compared from the right,
 * case-insensitively, and a part missing on either side matches anything.
 */
export function sameObject(queried: readonly string[], key: readonly string[]): boolean {
  const depth = Math.min(queried.length, key.length);
  for (let index = 1; index <= depth; index++) {
    const left = queried[queried.length - index] ?? '';
    const right = key[key.length - index] ?? '';
    if (left !== '' && right !== '' && left.toLowerCase() !== right.toLowerCase()) return false;
  }
  return true;
}
