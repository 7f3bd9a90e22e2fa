// The browser host's token, kept in the data folder (readable by its owner only) so that a
// tab left open while the host restarts (a reboot, `npm run web` started again) reconnects
// and stores what it still holds, instead of being locked out by a new token. Delete the
// file to make every open tab invalid; a folder that cannot be written gets a fresh token
// for each start.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const TOKEN_FILE = 'token-mode-browser';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function hostToken(dataDir: string): string {
  const file = path.join(dataDir, TOKEN_FILE);
  try {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (TOKEN.test(kept)) return kept;
  } catch {
    // None yet, or not readable: make one.
  }
  const token = crypto.randomBytes(32).toString('base64url');
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, token, { mode: 0o600 });
    fs.chmodSync(file, 0o600);
  } catch {
    // A read-only folder: this start's token only.
  }
  return token;
}
