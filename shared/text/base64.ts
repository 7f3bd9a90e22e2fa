// Base64 both ways, the same in Node, the renderer and tests: files cross IPC and HTTP JSON as
// base64. One decoder that refuses what is not base64, so each caller can say in its own words
// which file could not be read, instead of reading garbage bytes.

/**
 * The bytes of a base64 text, or null when it is not base64. White space (line breaks of a
 * pasted or wrapped text) is skipped and the closing "=" may be left out, as the web's own
 * `atob` reads it; anything else outside the base64 alphabet is refused.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
