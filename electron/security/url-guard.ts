// Which pages may call the contract over IPC: only the app's own page, served from the
// app:// protocol. Kept free of 'electron' so it is tested in plain Node.

export const APP_ORIGIN = 'app://rakor';

export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  if (!frameUrl) return false;
  try {
    const u = new URL(frameUrl);
    return u.protocol === 'app:' && u.host === 'rakor';
  } catch {
    return false;
  }
}

/** Links from meeting data open outside the app, and only when they are http(s). */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}
