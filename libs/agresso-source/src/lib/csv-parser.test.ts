import { describe, expect, it } from 'vitest';
import type { FileDelimiter } from './csv-delimiter.js';
import { CsvSyntaxError, createCsvParser, parseCsv } from './csv-parser.js';

async function* chunksOf(text: string, cuts: readonly number[]): AsyncGenerator<string> {
  const bounds = [0, ...cuts, text.length];
  for (let i = 1; i < bounds.length; i += 1) yield text.slice(bounds[i - 1], bounds[i]);
}

/** Parses `text` as a stream cut at `cuts`, with the given separator option. */
async function parseAsync(text: string, delimiter: FileDelimiter, cuts: readonly number[] = []): Promise<(string | null)[][]> {
  const out: (string | null)[][] = [];
  for await (const record of parseCsv(chunksOf(text, cuts), delimiter)) out.push([...record.fields]);
  return out;
}

/** Parses `text` pushed in chunks cut at `cuts`, returning the fields of every record. */
function parse(text: string, cuts: readonly number[] = []): (string | null)[][] {
  const parser = createCsvParser();
  const bounds = [0, ...cuts, text.length];
  const records = bounds.slice(1).flatMap((end, i) => parser.push(text.slice(bounds[i], end)));
  return [...records, ...parser.end()].map((r) => [...r.fields]);
}

describe('CSV parser (RFC 4180)', () => {
  it.each([
    ['plain fields, LF', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF line ends and no final newline', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['lone CR line ends', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['quoted comma', 'a,"x,y"\n', [['a', 'x,y']]],
    ['escaped quotes', '"he said ""hi""",b\n', [['he said "hi"', 'b']]],
    ['newlines inside quotes', '"line 1\r\nline 2",b\n', [['line 1\r\nline 2', 'b']]],
    ['empty cells are null, quoted empty is a string', ',"",x,\n', [[null, '', 'x', null]]],
    ['a BOM is dropped', '\uFEFFa,b\n', [['a', 'b']]],
    ['blank lines are skipped', 'a\n\n\r\nb\n', [['a'], ['b']]],
    ['a quote inside an unquoted field is kept', 'ab"c,d\n', [['ab"c', 'd']]],
    ['spaces are kept as given', ' a , b \n', [[' a ', ' b ']]],
    ['accented UTF-8 text', 'Élodie,Müller\n', [['Élodie', 'Müller']]],
    ['mixed line ends', 'a,b\r\n1,2\n3,4\r5,6\r\n', [['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]],
    ['formula-like text stays text', '"=cmd|\' /C calc\'!A0",@SUM(1)\n', [["=cmd|' /C calc'!A0", '@SUM(1)']]],
  ])('%s', (_name, text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each([
    ['semicolons, from the header', 'a;b;c\n1,5;"x;y";\n', 'auto', [['a', 'b', 'c'], ['1,5', 'x;y', null]]],
    ['tabs, from the header', 'a\tb\n1,2\t"3\t4"\n', 'auto', [['a', 'b'], ['1,2', '3\t4']]],
    ['commas when the header has one column', 'a\n1;2\n', 'auto', [['a'], ['1;2']]],
    ['a header without a line end', 'a;b', 'auto', [['a', 'b']]],
    ['the given separator over the header', 'a;b,c\n1;2,3\n', ';', [['a', 'b,c'], ['1', '2,3']]],
    ['commas when asked', 'a;b,c\n1;2,3\n', ',', [['a;b', 'c'], ['1;2', '3']]],
    ['nothing in an empty text', '', 'auto', []],
  ] as const)('separators: %s', async (_name, text, delimiter: FileDelimiter, expected) => {
    expect(await parseAsync(text, delimiter)).toEqual(expected);
  });

  it('finds the separator wherever the chunks are cut', async () => {
    const text = 'id;"a ""b""; c"\r\n1;"x\r\ny"\r\n2;;\r\n';
    const expected = [['id', 'a "b"; c'], ['1', 'x\r\ny'], ['2', null, null]];
    for (let cut = 1; cut < text.length; cut += 1) expect(await parseAsync(text, 'auto', [cut])).toEqual(expected);
  });

  it('gives the same records wherever the chunks are cut', () => {
    const text = '\uFEFFid,"a ""b"", c"\r\n1,"x\r\ny"\r\n2,,\r\n';
    const whole = parse(text);
    expect(whole).toEqual([['id', 'a "b", c'], ['1', 'x\r\ny'], ['2', null, null]]);
    for (let cut = 1; cut < text.length; cut += 1) expect(parse(text, [cut])).toEqual(whole);
    expect(parse(text, Array.from({ length: text.length - 1 }, (_, i) => i + 1))).toEqual(whole);
  });

  it('reports the line where each record starts, across quoted CRLFs and blank lines', () => {
    const parser = createCsvParser();
    const records = [...parser.push('a\r\n"b\r\nc"\r\n\r\nd\n"e\nf"\ng\n'), ...parser.end()];
    expect(records.map((r) => r.line)).toEqual([1, 2, 5, 6, 8]);
  });

  it('refuses an unterminated quoted field, naming its line', () => {
    const parser = createCsvParser();
    parser.push('a,b\n1,"open\n');
    expect(() => parser.end()).toThrow(CsvSyntaxError);
    expect(() => createCsvParser().end()).not.toThrow();
    const again = createCsvParser();
    again.push('x\n"oops');
    expect(() => again.end()).toThrow(/line 2/);
  });

  it('parses an async stream of chunks', async () => {
    async function* chunks(): AsyncGenerator<string> {
      yield 'a,"b';
      yield '""c"\n1,2';
    }
    const fields: (string | null)[][] = [];
    for await (const record of parseCsv(chunks())) fields.push([...record.fields]);
    expect(fields).toEqual([['a', 'b"c'], ['1', '2']]);
  });
});
