// RFC 4180 CSV reading and writing for the files users trade with Excel: delimiter sniffing
// (Excel in an Indonesian locale saves with ";"), and formula-injection guarding on export that
// holds whichever delimiter the spreadsheet reading the file assumes.
import { AppError } from '../errors';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvReadOptions {
  /** Omit to sniff it from the start of the text. */
  delimiter?: CsvDelimiter;
  /** Undo the apostrophe that `writeCsv` puts in front of formula-like cells. */
  unguard?: boolean;
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  rows: string[][];
  /** 1-based line on which each row starts (rows can span lines). */
  lines: number[];
}

export interface CsvWriteOptions {
  delimiter?: CsvDelimiter;
  /** Prefix formula-like cells with an apostrophe; on by default. */
  guard?: boolean;
  newline?: '\r\n' | '\n';
}

export class CsvError extends AppError {
  constructor(
    code: string,
    message: string,
    readonly line: number,
    /** Character offset where the broken part starts; everything before it is intact. */
    readonly offset: number,
  ) {
    super(code, message);
  }
}

export function unclosedQuoteMessage(line: number): string {
  return `Format CSV rusak: tanda kutip (") yang dibuka di baris ${line} tidak pernah ditutup. Perbaiki baris itu, lalu simpan ulang sebagai CSV.`;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

const DELIMITERS: readonly CsvDelimiter[] = ['\t', ';', ','];

/**
 * Picks the delimiter that occurs (outside quotes) on the most records near the top. Ties go
 * to tab, then ";": Teams dates contain ", " on every line, and Indonesian names contain commas
 * ("Hadi, S.Kom.") far more often than semicolons.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const limit = Math.min(text.length, 65536);
  const linesWith = new Map<number, number>(DELIMITERS.map((d) => [d.charCodeAt(0), 0]));
  const seen = new Set<number>();
  let inQuotes = false;
  let records = 0;
  const closeRecord = () => {
    for (const code of seen) linesWith.set(code, (linesWith.get(code) ?? 0) + 1);
    seen.clear();
    records++;
  };
  for (let i = 0; i < limit && records < 200; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && (c === LF || c === CR)) closeRecord();
    else if (!inQuotes && linesWith.has(c)) seen.add(c);
  }
  closeRecord();
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = linesWith.get(d.charCodeAt(0)) ?? 0;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Line breaks inside [start, end): CRLF, LF and CR each count once. */
function countLineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/**
 * Reads the whole text in one pass. Fields are sliced, never built a character at a time, so
 * a 20 MB file stays linear. A stray quote inside an unquoted field is kept as a character, and
 * text after a closing quote is appended, as spreadsheet programs do.
 */
export function readCsv(text: string, options: CsvReadOptions = {}): CsvTable {
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const delim = delimiter.charCodeAt(0);
  const unguard = options.unguard ?? false;
  const n = text.length;
  const rows: string[][] = [];
  const lines: number[] = [];
  if (n === 0) return { delimiter, rows, lines };

  let i = 0;
  let line = 1;
  let row: string[] = [];
  let rowLine = 1;
  for (;;) {
    let field: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      const openLine = line;
      const openOffset = i;
      const parts: string[] = [];
      let start = i + 1;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q < 0) {
          throw new CsvError('csv_unclosed_quote', unclosedQuoteMessage(openLine), openLine, openOffset);
        }
        line += countLineBreaks(text, start, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          parts.push(text.slice(start, q + 1));
          start = q + 2;
        } else {
          parts.push(text.slice(start, q));
          i = q + 1;
          break;
        }
      }
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delim || c === CR || c === LF) break;
        j++;
      }
      if (j > i) parts.push(text.slice(i, j));
      i = j;
      field = parts.length === 1 ? parts[0]! : parts.join('');
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delim || c === CR || c === LF) break;
        j++;
      }
      field = text.slice(i, j);
      i = j;
    }
    row.push(unguard ? unguardCell(field) : field);

    if (i >= n) {
      rows.push(row);
      lines.push(rowLine);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    rows.push(row);
    lines.push(rowLine);
    if (i >= n) break;
    row = [];
    rowLine = line;
  }
  return { delimiter, rows, lines };
}

// An apostrophe-led cell is guarded too, so that unguarding can never eat a real apostrophe.
const GUARDED_START = new Set(['=', '+', '-', '@', '\t', '\r', "'"]);

/**
 * Characters after which a spreadsheet may start a new cell when it reads the file with
 * another delimiter than the one written (Excel in an Indonesian locale splits a comma file on
 * ";"), or takes a quote inside a field literally: the delimiters, line breaks and the quote.
 */
const CELL_BREAKS = new Set([',', ';', '\t', '\r', '\n', '"']);

/** Quoted whatever the file's delimiter, so no delimiter a reader might pick splits the cell. */
const NEEDS_QUOTES = /[,;\t"\r\n]/;

/**
 * Spreadsheets run cells that start with = + - @ (or tab/CR before them) as formulas. The cell
 * gets a leading apostrophe, and so does every place inside it where another reading could
 * start a cell ("Budi;=1+1;" becomes "Budi;'=1+1;"), so no split of the line yields a formula.
 */
export function guardCell(cell: string): string {
  let inner = '';
  let from = 0;
  for (let i = 0; i < cell.length - 1; i++) {
    if (CELL_BREAKS.has(cell.charAt(i)) && GUARDED_START.has(cell.charAt(i + 1))) {
      inner += `${cell.slice(from, i + 1)}'`;
      from = i + 1;
    }
  }
  inner += cell.slice(from);
  return inner.length > 0 && GUARDED_START.has(inner.charAt(0)) ? `'${inner}` : inner;
}

/** Exactly undoes `guardCell`. */
export function unguardCell(cell: string): string {
  const inner = cell.length > 1 && cell[0] === "'" && GUARDED_START.has(cell.charAt(1)) ? cell.slice(1) : cell;
  let out = '';
  let from = 0;
  for (let i = 0; i < inner.length - 2; i++) {
    if (CELL_BREAKS.has(inner.charAt(i)) && inner[i + 1] === "'" && GUARDED_START.has(inner.charAt(i + 2))) {
      out += inner.slice(from, i + 1);
      from = i + 2;
      i++;
    }
  }
  return out + inner.slice(from);
}

export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const guard = options.guard ?? true;
  const newline = options.newline ?? '\r\n';
  const out: string[] = [];
  for (const row of rows) {
    const cells: string[] = [];
    for (const raw of row) {
      const cell = guard ? guardCell(raw) : raw;
      cells.push(NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    }
    out.push(cells.join(delimiter));
  }
  return out.length === 0 ? '' : out.join(newline) + newline;
}
