/**
 * Whether `text`, trimmed, equals `upper` ignoring case, without allocating: `upper` must be
 * upper-case ASCII (a code such as `PLAQUE`). Used on every analytics row by every axe scope.
 */
export function isCode(text: string, upper: string): boolean {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start += 1;
  while (end > start && text.charCodeAt(end - 1) <= 32) end -= 1;
  if (end - start !== upper.length) return false;
  for (let i = 0; i < upper.length; i++) {
    const code = text.charCodeAt(start + i);
    if ((code >= 97 && code <= 122 ? code - 32 : code) !== upper.charCodeAt(i)) return false;
  }
  return true;
}
