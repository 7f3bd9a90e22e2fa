// Folding, unfolding and escaping of .ics content lines, checked byte by byte.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  encodeIcsParamValue,
  escapeIcsText,
  foldIcsLine,
  joinIcsLines,
  refoldIcs,
  sanitizeIcsText,
  unfoldIcsLines,
} from '../../shared/invitations/ics-format';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Physical lines of a folded line, checking the CRLF + space joints on the way. */
function physical(folded: string): string[] {
  const parts = folded.split('\r\n');
  parts.slice(1).forEach((p) => expect(p.startsWith(' ')).toBe(true));
  return parts;
}

describe('foldIcsLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldIcsLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldIcsLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
  });

  it('counts octets, not characters: 40 two-octet letters become 37 + 3', () => {
    const line = 'é'.repeat(40);
    const parts = physical(foldIcsLine(line));
    expect(parts.map(bytes)).toEqual([74, 7]);
    expect(parts[0]).toBe('é'.repeat(37));
  });

  it('never splits an emoji or a four-octet character', () => {
    const line = `X${'😀'.repeat(30)}`;
    for (const part of physical(foldIcsLine(line))) {
      expect(bytes(part)).toBeLessThanOrEqual(75);
      expect(part.replace(/^ /, '')).toMatch(/^(X)?(😀)+$/u);
    }
  });

  it('keeps every physical line within 75 octets and unfolds to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), (a, b) => {
        const line = `DESCRIPTION:${a}${b}`.replace(/[\r\n]/g, '');
        const folded = foldIcsLine(line);
        for (const part of physical(folded)) expect(bytes(part)).toBeLessThanOrEqual(75);
        expect(unfoldIcsLines(`${folded}\r\n`)).toEqual([line]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('unfold and refold', () => {
  it('joins continuation lines that start with a space or a tab', () => {
    expect(unfoldIcsLines('SUMMARY:ab\r\n c\r\n\td\r\nUID:1\r\n')).toEqual(['SUMMARY:abcd', 'UID:1']);
  });

  it('re-folds text folded by characters into lines of at most 75 octets', () => {
    const byChars = `SUMMARY:${'ü'.repeat(67)}\r\n\t${'ü'.repeat(20)}\r\nUID:x\r\n`;
    const out = refoldIcs(byChars);
    expect(out.endsWith('\r\n')).toBe(true);
    for (const part of out.split('\r\n').slice(0, -1)) expect(bytes(part)).toBeLessThanOrEqual(75);
    expect(unfoldIcsLines(out)).toEqual([`SUMMARY:${'ü'.repeat(87)}`, 'UID:x']);
  });

  it('ends every line with CRLF', () => {
    expect(joinIcsLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});

describe('escaping', () => {
  it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('removes the control characters RFC 5545 forbids, keeps TAB, repairs lone surrogates', () => {
    expect(sanitizeIcsText('a\u0000b\u0007c\u001bd\u007fe\tf')).toBe('abcde\tf');
    expect(sanitizeIcsText('x\ud800y')).toBe('x\ufffdy');
    expect(sanitizeIcsText('😀')).toBe('😀');
  });

  it('encodes parameter values per RFC 6868 and quotes them only when needed', () => {
    expect(encodeIcsParamValue('Rina Wulandari')).toBe('Rina Wulandari');
    expect(encodeIcsParamValue('Wulandari, S.Sos')).toBe('"Wulandari, S.Sos"');
    expect(encodeIcsParamValue('a;b')).toBe('"a;b"');
    expect(encodeIcsParamValue('Kab: Batu')).toBe('"Kab: Batu"');
    expect(encodeIcsParamValue('Rina "Ina" W')).toBe("Rina ^'Ina^' W");
    expect(encodeIcsParamValue('baris1\nbaris2')).toBe('baris1^nbaris2');
    expect(encodeIcsParamValue('a^b')).toBe('a^^b');
    expect(encodeIcsParamValue('a\\nb')).toBe('a/nb');
  });
});
