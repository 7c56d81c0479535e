import { detectDelimiter, type FileDelimiter } from './csv-delimiter.js';

/** One CSV record: its fields (an unquoted empty field is `null`, a quoted one a string) and its first line. */
export interface CsvRecord {
  readonly fields: readonly (string | null)[];
  readonly line: number;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The parser refused the text (an unterminated quoted field); `line` is where the field began. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

/**
 * Parses RFC 4180 CSV from text chunks, holding one record at a time: quoted fields with `""`
 * escapes, separators and newlines inside quotes, CRLF or LF (or CR) line ends, a leading BOM.
 * Blank lines are skipped. With `auto`, the separator is the one the header line uses.
 */
export async function* parseCsv(chunks: AsyncIterable<string>, delimiter: FileDelimiter = ','): AsyncGenerator<CsvRecord> {
  let parser = delimiter === 'auto' ? undefined : createCsvParser(delimiter);
  let head = '';
  for await (const chunk of chunks) {
    if (parser !== undefined) {
      yield* parser.push(chunk);
      continue;
    }
    // The separator is read from the header line: the text is held until that line is complete.
    head += chunk;
    if (/[\r\n]/.test(head)) {
      parser = createCsvParser(detectDelimiter(firstLine(head)));
      yield* parser.push(head);
    }
  }
  if (parser === undefined) {
    parser = createCsvParser(detectDelimiter(head));
    yield* parser.push(head);
  }
  yield* parser.end();
}

function firstLine(text: string): string {
  return text.split(/\r|\n/, 1)[0] ?? '';
}

interface ParserState {
  separator: number;
  fields: (string | null)[];
  field: string;
  quoted: boolean;
  inQuotes: boolean;
  quotePending: boolean;
  skipLF: boolean;
  started: boolean;
  line: number;
  recordLine: number;
  fieldLine: number;
  out: CsvRecord[];
}

/** A push parser on one separator: `push(chunk)` returns the records completed so far, `end()` the last one. */
export function createCsvParser(separator: ',' | ';' | '\t' = ','): { push(chunk: string): CsvRecord[]; end(): CsvRecord[] } {
  const s: ParserState = {
    separator: separator.charCodeAt(0),
    fields: [], field: '', quoted: false, inQuotes: false, quotePending: false, skipLF: false,
    started: false, line: 1, recordLine: 1, fieldLine: 1, out: [],
  };
  return {
    push(chunk: string): CsvRecord[] {
      const text = !s.started && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      if (chunk.length > 0) s.started = true;
      scan(s, text);
      return s.out.splice(0);
    },
    end(): CsvRecord[] {
      if (s.inQuotes && !s.quotePending) {
        throw new CsvSyntaxError(`unterminated quoted field starting on line ${s.fieldLine}`, s.fieldLine);
      }
      s.inQuotes = false;
      endRecord(s);
      return s.out.splice(0);
    },
  };
}

function scan(s: ParserState, text: string): void {
  let i = 0;
  while (i < text.length) {
    if (s.skipLF) {
      s.skipLF = false;
      if (text.charCodeAt(i) === LF) i += 1;
      continue;
    }
    i = s.inQuotes ? scanQuoted(s, text, i) : scanUnquoted(s, text, i);
  }
}

/** Inside quotes: copies up to the next quote; a doubled quote is one quote, a single one closes. */
function scanQuoted(s: ParserState, text: string, start: number): number {
  if (s.quotePending) {
    s.quotePending = false;
    if (text.charCodeAt(start) === QUOTE) {
      s.field += '"';
      return start + 1;
    }
    s.inQuotes = false;
    return start;
  }
  const quote = text.indexOf('"', start);
  const end = quote === -1 ? text.length : quote;
  const piece = text.slice(start, end);
  s.field += piece;
  s.line += countLineFeeds(piece);
  if (quote !== -1) s.quotePending = true;
  return quote === -1 ? end : quote + 1;
}

/** Outside quotes: copies up to the next separator, quote or line end and acts on it. */
function scanUnquoted(s: ParserState, text: string, start: number): number {
  let i = start;
  let c = text.charCodeAt(i);
  const separator = s.separator;
  while (i < text.length && c !== separator && c !== CR && c !== LF && c !== QUOTE) c = text.charCodeAt(++i);
  s.field += text.slice(start, i);
  if (i === text.length) return i;
  if (c === separator) endField(s);
  else if (c === QUOTE) openQuote(s);
  else {
    endRecord(s);
    s.line += 1;
    s.recordLine = s.line;
    s.skipLF = c === CR;
  }
  return i + 1;
}

function openQuote(s: ParserState): void {
  // A quote opens a quoted field only at its start; elsewhere it is kept as a character.
  if (s.field === '' && !s.quoted) {
    s.inQuotes = true;
    s.quoted = true;
    s.fieldLine = s.line;
  } else s.field += '"';
}

function endField(s: ParserState): void {
  s.fields.push(s.quoted || s.field !== '' ? s.field : null);
  s.field = '';
  s.quoted = false;
}

function endRecord(s: ParserState): void {
  const blank = s.fields.length === 0 && s.field === '' && !s.quoted;
  if (!blank) {
    endField(s);
    s.out.push({ fields: s.fields, line: s.recordLine });
  }
  s.fields = [];
}

function countLineFeeds(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}
