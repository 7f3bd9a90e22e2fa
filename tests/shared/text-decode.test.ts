import { describe, expect, it } from 'vitest';
import { decodeText, encodeUtf8WithBom } from '../../shared/text/decode';
import { itemAt } from '../helpers/indexed';

function utf16le(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let o = 0;
  if (bom) {
    out[o++] = 0xff;
    out[o++] = 0xfe;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[o++] = c & 0xff;
    out[o++] = c >> 8;
  }
  return out;
}

function utf16be(text: string, bom: boolean): Uint8Array {
  const le = utf16le(text, false);
  const out = new Uint8Array((bom ? 2 : 0) + le.length);
  let o = 0;
  if (bom) {
    out[o++] = 0xfe;
    out[o++] = 0xff;
  }
  for (let i = 0; i < le.length; i += 2) {
    out[o++] = itemAt(le, i + 1);
    out[o++] = itemAt(le, i);
  }
  return out;
}

const SAMPLE = 'Nama\tEmail\r\nKPU Kab. Malang – Rp 5.000 “Parmas” café\r\n';

describe('decodeText', () => {
  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8-bom' });
  });

  it('reads plain UTF-8', () => {
    expect(decodeText(new TextEncoder().encode(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads UTF-16LE with and without a byte-order mark (Teams)', () => {
    expect(decodeText(utf16le(SAMPLE, true))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(utf16le(SAMPLE, false))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with and without a byte-order mark', () => {
    expect(decodeText(utf16be(SAMPLE, true))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
    expect(decodeText(utf16be(SAMPLE, false))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('keeps characters outside the Basic Multilingual Plane in UTF-16', () => {
    const text = 'Rapat 👍 selesai';
    expect(decodeText(utf16le(text, true)).text).toBe(text);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (Excel "CSV" on Windows)', () => {
    // "José “Parmas” €5 – naïve" as Windows-1252.
    const bytes = new Uint8Array([
      0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x93, 0x50, 0x61, 0x72, 0x6d, 0x61, 0x73, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'José “Parmas” €5 – naïve', encoding: 'windows-1252' });
  });

  it('reads every byte above 0x7F as the WHATWG Windows-1252 table says (undefined slots stay C1)', () => {
    const high = new Uint8Array(128).map((_, i) => 0x80 + i);
    const c1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const latin1 = Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');
    expect(decodeText(high)).toEqual({ text: c1 + latin1, encoding: 'windows-1252' });
  });

  it('reads a BOM followed by bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xe9]))).toEqual({
      text: 'Café',
      encoding: 'windows-1252',
    });
  });

  it('handles empty input and a lone byte', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0x41]))).toEqual({ text: 'A', encoding: 'utf-8' });
  });

  it('does not mistake ordinary text for UTF-16', () => {
    const text = 'Name,User Email\n'.repeat(50);
    expect(decodeText(new TextEncoder().encode(text)).encoding).toBe('utf-8');
  });
});

describe('encodeUtf8WithBom', () => {
  it('writes the byte-order mark Excel needs, and decodes back to the same text', () => {
    const bytes = encodeUtf8WithBom('nama\nJosé');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeText(bytes)).toEqual({ text: 'nama\nJosé', encoding: 'utf-8-bom' });
  });
});
