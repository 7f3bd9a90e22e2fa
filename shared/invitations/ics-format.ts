// The RFC 5545 details of writing .ics text: which characters may appear at all, escaping of
// text and parameter values, and folding by octets (never inside a character).

/**
 * The normalisation every text put into a calendar file goes through, so what a calendar
 * shows is exactly what the user typed minus what iCalendar cannot carry:
 * - CRLF and lone CR become LF (a line break, written as \n);
 * - control characters other than TAB and LF (U+0000-U+0008, U+000B-U+001F, U+007F) are
 *   removed: RFC 5545 does not allow them in TEXT or parameter values;
 * - a lone UTF-16 surrogate (not a character, cannot be written as UTF-8) becomes U+FFFD.
 */
export function sanitizeIcsText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** TEXT value escaping (RFC 5545 3.3.11), after {@link sanitizeIcsText}. */
export function escapeIcsText(value: string): string {
  return sanitizeIcsText(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/**
 * What a parameter value (an attendee's or the organiser's CN) reads as once written. A name
 * is one line of text, so beyond the text normalisation:
 * - a line break (or TAB) becomes a space;
 * - a backslash becomes "/": RFC 5545 gives it no meaning in parameter values, but widely used
 *   parsers (ical.js, hence Thunderbird) decode "\n", "\\", "\," there as escapes;
 * - straight double quotes become typographic ones (\u201C opening, \u201D closing, by turns),
 *   and a caret becomes U+02C6: the RFC 6868 escapes for them (^' and ^^) are decoded by ical.js
 *   but printed as written by Python's icalendar 4 (Debian 12) and other calendars, so the file
 *   carries neither escape and every program shows the same name.
 */
export function normalizeIcsParamText(value: string): string {
  let open = true;
  return sanitizeIcsText(value)
    .replace(/[\n\t]/g, ' ')
    .replace(/\\/g, '/')
    .replace(/\^/g, '\u02C6')
    .replace(/"/g, () => {
      const quote = open ? '\u201C' : '\u201D';
      open = !open;
      return quote;
    });
}

/**
 * A parameter value, quoted when it holds a character that would otherwise end the parameter
 * (, ; :). After {@link normalizeIcsParamText} it holds no double quote, caret or line break,
 * so no RFC 6868 escape is needed.
 */
export function encodeIcsParamValue(value: string): string {
  const text = normalizeIcsParamText(value);
  return /[,;:]/.test(text) ? `"${text}"` : text;
}

const MAX_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Fold one content line so no physical line exceeds 75 octets of UTF-8 (the CRLF not
 * counted, the leading space of a continuation counted), never splitting a character.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The logical content lines of an .ics text (the inverse of joinIcsLines): continuation lines joined. */
export function unfoldIcsLines(text: string): string[] {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
}

/** Content lines written as a file: each folded by octets and ended with CRLF. */
export function joinIcsLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');
}

/** UTF-8 octets of a string, for checks that lines stay within the limit. */
export function utf8ByteLength(value: string): number {
  let total = 0;
  for (const char of value) total += utf8Length(char.codePointAt(0) ?? 0);
  return total;
}
