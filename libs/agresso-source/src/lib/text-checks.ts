/** The longest text a column may hold, in characters: SQL Server's nvarchar(4000). */
export const MAX_TEXT_LENGTH = 4000;

/** What is wrong with a text value, and how to fix it; `undefined` when it is fine. */
export function textProblem(text: string): { reason: string; fix: string } | undefined {
  if (text.length > MAX_TEXT_LENGTH) {
    return {
      reason: `is ${text.length} characters long, over the ${MAX_TEXT_LENGTH} a column may hold`,
      fix: `shorten it; in a CSV export, look for a quote left open before it (it swallows the lines after it)`,
    };
  }
  if (text.includes('\uFFFD')) {
    return {
      reason: 'holds U+FFFD, the replacement character that marks of a character lost when the text was converted earlier',
      fix: 'correct the value in Agresso, or re-export the file from the original in its own encoding',
    };
  }
  return undefined;
}
