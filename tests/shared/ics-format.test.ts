// Folding, unfolding and escaping of .ics content lines, checked byte by byte.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeIcsParamValue, escapeIcsText, foldIcsLine, joinIcsLines, sanitizeIcsText, unfoldIcsLines } from '../../shared/invitations/ics-format';

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

describe('unfold and join', () => {
  it('joins continuation lines that start with a space or a tab', () => {
    expect(unfoldIcsLines('SUMMARY:ab\r\n c\r\n\td\r\nUID:1\r\n')).toEqual(['SUMMARY:abcd', 'UID:1']);
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

  it('writes parameter values without RFC 6868 escapes and quotes them only when needed', () => {
    expect(encodeIcsParamValue('Rina Wulandari')).toBe('Rina Wulandari');
    expect(encodeIcsParamValue('Wulandari, S.Sos')).toBe('"Wulandari, S.Sos"');
    expect(encodeIcsParamValue('a;b')).toBe('"a;b"');
    expect(encodeIcsParamValue('Kab: Batu')).toBe('"Kab: Batu"');
    expect(encodeIcsParamValue('Rina "Ina" W')).toBe('Rina \u201CIna\u201D W');
    expect(encodeIcsParamValue('"Ina", "Yuyun"')).toBe('"\u201CIna\u201D, \u201CYuyun\u201D"');
    expect(encodeIcsParamValue('baris1\nbaris2')).toBe('baris1 baris2');
    expect(encodeIcsParamValue("a^b^'c^^")).toBe("a\u02C6b\u02C6'c\u02C6\u02C6");
    expect(encodeIcsParamValue('a\\nb')).toBe('a/nb');
  });
});
