// The one base64 decoder: the same bytes as Node's own, and a refusal (null) for what is not base64.
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../shared/text/base64';

describe('base64', () => {
  it('reads back every byte value and sizes around the padding, as Node does', () => {
    for (const n of [0, 1, 2, 3, 4, 255, 256, 70_000]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 131 + 7) % 256);
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(text)).toEqual(bytes);
    }
  });

  it('skips line breaks and a missing closing "=", as a wrapped or pasted text has them', () => {
    expect(decodeBase64('QUJD\r\nREVG')).toEqual(new TextEncoder().encode('ABCDEF'));
    expect(decodeBase64('QQ')).toEqual(new Uint8Array([0x41]));
  });

  it('refuses text that is not base64 instead of reading garbage bytes', () => {
    for (const bad of ['%%%not base64', 'Q', 'QQ=', 'QQ==QQ==', 'data:image/png;base64,QQ==', 'QQ==\u00e9']) expect(decodeBase64(bad), bad).toBeNull();
  });
});
