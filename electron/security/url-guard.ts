// What the desktop window trusts: only the app's own page, served from the app:// protocol,
// may call the contract over IPC, be navigated to, or hold a permission. Kept free of
// 'electron' so it is tested in plain Node.
import { isValidEmail } from '../../shared/domain/roster-ops';
import { MAILTO_MAX } from '../../shared/invitations/links';

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

/** The only fields a mail link may fill: no cc/bcc or other headers a crafted link could add. */
const MAILTO_FIELDS: ReadonlySet<string> = new Set(['subject', 'body']);

/**
 * A `mailto:` as the app builds it (shared/invitations/links.ts): one or more valid addresses,
 * only a subject and a body, short enough for the shell to pass on whole.
 */
export function isSafeMailto(url: string): boolean {
  if (url.length > MAILTO_MAX || !url.startsWith('mailto:')) return false;
  const rest = url.slice('mailto:'.length);
  const q = rest.indexOf('?');
  const to = q < 0 ? rest : rest.slice(0, q);
  try {
    const addresses = decodeURIComponent(to).split(',');
    if (addresses.length === 0 || !addresses.every((a) => isValidEmail(a))) return false;
    const params = new URLSearchParams(q < 0 ? '' : rest.slice(q + 1));
    for (const key of params.keys()) if (!MAILTO_FIELDS.has(key.toLowerCase())) return false;
    return true;
  } catch {
    return false;
  }
}

/** What the app hands to the system: a web link, or a mail link built by the app. */
export function isSafeExternalLink(url: string): boolean {
  return isSafeExternalUrl(url) || isSafeMailto(url);
}
