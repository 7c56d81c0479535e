import type { ContractRow, ContractValue } from './contract-data.js';

/** Formats rows as RFC 4180 CSV with a header (CRLF line ends): NULL as an empty cell, '' as `""`, dates as `YYYY-MM-DD`. */
export function formatCsv(rows: readonly ContractRow[], columns: readonly string[] = Object.keys(rows[0] ?? {})): string {
  const lines = [columns.map(cell).join(','), ...rows.map((row) => columns.map((c) => cell(row[c] ?? null)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function cell(value: ContractValue): string {
  if (value === null) return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return text === '' || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
