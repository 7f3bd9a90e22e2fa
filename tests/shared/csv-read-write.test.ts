import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../shared/errors';
import {
  CsvError, guardCell, readCsv, sniffDelimiter, unguardCell, writeCsv, type CsvDelimiter,
} from '../../shared/text/csv';

describe('readCsv', () => {
  it('reads quotes, doubled quotes, delimiters and newlines inside quotes', () => {
    const text = 'nama,catatan\r\n"Budi, S.Pd.","Kata ""hadir""\r\nbaris dua"\r\nSiti,\n';
    const table = readCsv(text);
    expect(table.delimiter).toBe(',');
    expect(table.rows).toEqual([
      ['nama', 'catatan'],
      ['Budi, S.Pd.', 'Kata "hadir"\r\nbaris dua'],
      ['Siti', ''],
    ]);
    expect(table.lines).toEqual([1, 2, 4]);
  });

  it('gives the same rows for CRLF, LF and CR line ends', () => {
    const rows = [['a', 'b'], ['c', 'd'], ['e', 'f']];
    for (const eol of ['\r\n', '\n', '\r']) {
      expect(readCsv(`a,b${eol}c,d${eol}e,f${eol}`).rows).toEqual(rows);
      expect(readCsv(`a,b${eol}c,d${eol}e,f`).rows).toEqual(rows);
    }
  });

  it('keeps blank lines as a single empty cell and a trailing delimiter as an empty cell', () => {
    expect(readCsv('a;b\n\nc;\n').rows).toEqual([['a', 'b'], [''], ['c', '']]);
  });

  it('returns no rows for empty text', () => {
    expect(readCsv('').rows).toEqual([]);
  });

  it('sniffs comma, semicolon and tab', () => {
    expect(sniffDelimiter('nama,email\nBudi,b@x.id\n')).toBe(',');
    expect(sniffDelimiter('nama;email\n"Budi, S.Pd.";b@x.id\nSiti;s@x.id\n')).toBe(';');
    expect(sniffDelimiter('Name\tFirst join\nBudi\t25/05/22, 08:30:00\n')).toBe('\t');
    expect(sniffDelimiter('satu kolom\nsaja\n')).toBe(',');
  });

  it('keeps a stray quote inside an unquoted field and text after a closing quote', () => {
    expect(readCsv('Budi "Bud" S,1\n"Ika" Firmansyah,2\n').rows).toEqual([
      ['Budi "Bud" S', '1'],
      ['Ika Firmansyah', '2'],
    ]);
  });

  it('reports an unclosed quote in Indonesian with the line where it was opened', () => {
    const text = 'nama,catatan\n"Budi","dua\nbaris"\nSiti,"tidak ditutup\nlagi\nlagi\n';
    let caught: unknown;
    try {
      readCsv(text);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CsvError);
    expect(caught).toBeInstanceOf(AppError);
    const err = caught as CsvError;
    expect(err.code).toBe('csv_unclosed_quote');
    expect(err.line).toBe(4);
    expect(err.message).toBe(
      'Format CSV rusak: tanda kutip (") yang dibuka di baris 4 tidak pernah ditutup. Perbaiki baris itu, lalu simpan ulang sebagai CSV.',
    );
    expect(text.slice(err.offset).startsWith('"tidak ditutup')).toBe(true);
  });

  it('reads a 20 MB file in one linear pass', () => {
    const row = '"KPU Kabupaten Tulungagung, Parmas","Catatan ""panjang""\nbaris dua",05/25/2022 08:30:00 AM,188\r\n';
    const count = Math.ceil((20 * 1024 * 1024) / row.length);
    const text = 'nama,catatan,waktu,durasi\r\n' + row.repeat(count);
    expect(text.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    const table = readCsv(text);
    expect(table.rows.length).toBe(count + 1);
    expect(table.rows[count]).toEqual([
      'KPU Kabupaten Tulungagung, Parmas', 'Catatan "panjang"\nbaris dua', '05/25/2022 08:30:00 AM', '188',
    ]);
    expect(table.lines[count]).toBe(2 * count);
  });
});

describe('writeCsv', () => {
  it('guards formula-like cells with an apostrophe and quotes where needed', () => {
    const text = writeCsv([
      ['=SUM(A1:A9)', '+6281234', '-5', '@cmd', '\t=1', '\r=1', "'kutip", 'biasa', 'a,b', 'say "hi"'],
    ]);
    expect(text).toBe(`'=SUM(A1:A9),'+6281234,'-5,'@cmd,'\t=1,"'\r=1",''kutip,biasa,"a,b","say ""hi"""\r\n`);
  });

  it('can write without the guard, with ; and LF', () => {
    expect(writeCsv([['=1', 'a;b'], ['x']], { guard: false, delimiter: ';', newline: '\n' })).toBe('=1;"a;b"\nx\n');
  });

  it('unguardCell undoes exactly guardCell', () => {
    expect(unguardCell(guardCell('=1'))).toBe('=1');
    expect(unguardCell(guardCell("'=1"))).toBe("'=1");
    expect(unguardCell(guardCell("'"))).toBe("'");
    expect(unguardCell("'Ahmad")).toBe("'Ahmad");
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => unguardCell(guardCell(s)) === s));
  });

  it('round-trips any table through write and read with unguard', () => {
    const tricky = fc.constantFrom('', '"', ',', ';', '\t', '\r', '\n', '\r\n', '=', '+', '-', '@', "'", ' ', 'é', '👍');
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(fc.oneof(tricky, fc.string()), { maxLength: 6 }).map((parts) => parts.join('')),
    );
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
    const delimiter = fc.constantFrom<CsvDelimiter>(',', ';', '\t');
    fc.assert(
      fc.property(table, delimiter, fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'), (rows, d, newline) => {
        const text = writeCsv(rows, { delimiter: d, newline });
        expect(readCsv(text, { delimiter: d, unguard: true }).rows).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });
});
