/** The field separator of a CSV export, or `auto` to take it from the header line. */
export type FileDelimiter = ',' | ';' | '\t' | 'auto';

/** Every accepted value of the `delimiter` option. */
export const FILE_DELIMITERS: readonly FileDelimiter[] = [',', ';', '\t', 'auto'];

const CANDIDATES = [',', ';', '\t'] as const;

/**
 * The separator of a header line: the candidate it holds most often (the view's column names
 * contain none of them), a comma when it holds none, as with a one-column file.
 */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  let best: ',' | ';' | '\t' = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = headerLine.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}
