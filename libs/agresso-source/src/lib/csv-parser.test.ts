import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, createCsvParser, parseCsv } from './csv-parser.js';

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
  ])('%s', (_name, text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it('gives the same records wherever the chunks are cut', () => {
    const text = '\uFEFFid,"a ""b"", c"\r\n1,"x\r\ny"\r\n2,,\r\n';
    const whole = parse(text);
    expect(whole).toEqual([['id', 'a "b", c'], ['1', 'x\r\ny'], ['2', null, null]]);
    for (let cut = 1; cut < text.length; cut += 1) expect(parse(text, [cut])).toEqual(whole);
    expect(parse(text, Array.from({ length: text.length - 1 }, (_, i) => i + 1))).toEqual(whole);
  });

  it('reports the line where each record starts', () => {
    const parser = createCsvParser();
    const records = [...parser.push('a\n"b\nc"\nd\n'), ...parser.end()];
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
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
