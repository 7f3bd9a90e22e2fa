// The RFC 5545 / RFC 6868 details of writing .ics text that the `ics` package gets wrong or
// leaves to the caller: which characters may appear at all, escaping, and folding by octets.

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
  return sanitizeIcsText(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * What a parameter value (e.g. an attendee's CN) reads as once written: the text
 * normalisation plus one more rule. RFC 5545 gives backslashes no meaning in parameter
 * values, but widely used parsers (ical.js, hence Thunderbird) decode "\n", "\\", "\," there
 * as escapes, so a backslash would come out differently per program; it becomes "/".
 */
export function normalizeIcsParamText(value: string): string {
  return sanitizeIcsText(value).replace(/\\/g, '/');
}

/**
 * A parameter value per RFC 6868 (^^ for ^, ^n for a line break, ^' for a double quote),
 * quoted when it holds a character that would otherwise end the parameter (, ; :).
 */
export function encodeIcsParamValue(value: string): string {
  const encoded = normalizeIcsParamText(value)
    .replace(/\^/g, '^^')
    .replace(/\n/g, '^n')
    .replace(/"/g, "^'");
  return /[,;:]/.test(encoded) ? `"${encoded}"` : encoded;
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

/** The logical content lines of an .ics text: continuation lines joined, line ends dropped. */
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

/** Re-fold an .ics text (e.g. from a generator that folds by characters) by octets. */
export function refoldIcs(text: string): string {
  return joinIcsLines(unfoldIcsLines(text));
}

/** UTF-8 octets of a string, for checks that lines stay within the limit. */
export function utf8ByteLength(value: string): number {
  let total = 0;
  for (const char of value) total += utf8Length(char.codePointAt(0) ?? 0);
  return total;
}
