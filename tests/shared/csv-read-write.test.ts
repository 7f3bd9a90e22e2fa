import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../shared/errors';
import { CsvError, guardCell, readCsv, sniffDelimiter, unguardCell, writeCsv, type CsvDelimiter } from '../../shared/text/csv';

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
    const rows = [
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ];
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
    expect(table.rows[count]).toEqual(['KPU Kabupaten Tulungagung, Parmas', 'Catatan "panjang"\nbaris dua', '05/25/2022 08:30:00 AM', '188']);
    expect(table.lines[count]).toBe(2 * count);
  });
});

describe('writeCsv', () => {
  it('guards formula-like cells with an apostrophe and quotes where needed', () => {
    const text = writeCsv([['=SUM(A1:A9)', '+6281234', '-5', '@cmd', '\t=1', '\r=1', "'kutip", 'biasa', 'a,b', 'say "hi"']]);
    expect(text).toBe(`'=SUM(A1:A9),'+6281234,'-5,'@cmd,"'\t'=1","'\r'=1",''kutip,biasa,"a,b","say ""hi"""\r\n`);
  });

  it('quotes a cell holding any delimiter, whichever delimiter the file uses', () => {
    const row = ['a,b', 'a;b', 'a\tb', 'a"b', 'a\rb', 'a\nb', 'ab'];
    for (const d of [',', ';', '\t'] as const) {
      const text = writeCsv([row], { delimiter: d, newline: '\n', guard: false });
      expect(text).toBe(`${['"a,b"', '"a;b"', '"a\tb"', '"a""b"', '"a\rb"', '"a\nb"', 'ab'].join(d)}\n`);
      expect(readCsv(text, { delimiter: d }).rows).toEqual([row]);
    }
  });

  it('guards the place inside a cell where a reader splitting on another delimiter would start a formula', () => {
    // A display name typed into Zoom, exported in a comma file and opened by Excel set to Indonesian (";").
    expect(writeCsv([['3504', 'Budi;=1+1;', 'Hadir']])).toBe(`3504,"Budi;'=1+1;",Hadir\r\n`);
    expect(writeCsv([['x', 'a,@SUM(1)', 'b\n-2', 'c"+3']], { delimiter: ';' })).toBe(`x;"a,'@SUM(1)";"b\n'-2";"c""'+3"\r\n`);
    expect(readCsv(`3504,"Budi;'=1+1;",Hadir\r\n`, { unguard: true }).rows).toEqual([['3504', 'Budi;=1+1;', 'Hadir']]);
  });

  it('no reading of a written file, by any delimiter, with or without quote handling, yields a formula cell', () => {
    const tricky = fc.constantFrom('"', ',', ';', '\t', '\r', '\n', '=', '+', '-', '@', "'", ' ', '=1+1', 'a');
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(tricky, { maxLength: 8 }).map((p) => p.join('')),
    );
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 });
    const formula = /^"*[=+\-@]/;
    fc.assert(
      fc.property(rows, fc.constantFrom<CsvDelimiter>(',', ';', '\t'), (table, written) => {
        const text = writeCsv(table, { delimiter: written });
        for (const read of [',', ';', '\t'] as const) {
          // A reader that honours quotes at the start of a field, as this module does...
          let fields: string[] = [];
          try {
            fields = readCsv(text, { delimiter: read }).rows.flat();
          } catch (err) {
            // Read with the wrong delimiter a quote may never close; the quote-blind split below covers that reader.
            expect(err).toBeInstanceOf(CsvError);
          }
          for (const field of fields) expect(field).not.toMatch(formula);
          // ...and one that ignores quotes altogether and splits at every delimiter and line break.
          for (const piece of text.split(/\r\n|\r|\n/).flatMap((line) => line.split(read))) expect(piece).not.toMatch(formula);
        }
      }),
      { numRuns: 500 },
    );
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
