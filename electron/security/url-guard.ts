// What the desktop window trusts: only the app's own page, served from the app:// protocol,
// may call the contract over IPC, be navigated to, or hold a permission. Kept free of
// 'electron' so it is tested in plain Node.

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

/** The window may navigate (e.g. `location.reload()` after a restore) within the app only. */
export function isAppNavigation(url: string | undefined | null): boolean {
  return isTrustedSender(url);
}

/** The only permission the app uses: writing to the clipboard (the copy buttons). */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** A permission is granted only when it is in the list above and the app's own page asks. */
export function isAllowedPermission(permission: string, requestingUrl: string | undefined | null): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isTrustedSender(requestingUrl);
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
