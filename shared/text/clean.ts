// Text that any document format can hold: what people paste (from Word, WhatsApp, a PDF)
// can carry control characters, lone UTF-16 halves of an emoji, or U+FFFE/U+FFFF, which an
// XML file must not contain; Word refuses such a DOCX outright.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Drop characters XML 1.0 forbids and make a lone surrogate the replacement character. */
export function xmlSafeText(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(NOT_XML, '');
}

/** True when every character may stand in an XML 1.0 document. */
export function isXmlSafe(value: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  NOT_XML.lastIndex = 0;
  return !LONE_SURROGATE.test(value) && !NOT_XML.test(value);
}
