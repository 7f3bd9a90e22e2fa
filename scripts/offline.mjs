// Imported before Electronegativity by scripts/audit-security.mjs: every host name lookup fails
// at once with an error code HTTP clients do not retry, so its optional downloads (updated
// translations, Electron's release list) give up immediately and the audit of the sources
// runs the same offline as online. Nothing else is changed.
import dns from 'node:dns';

dns.lookup = function offlineLookup(hostname, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  const err = Object.assign(new Error(`offline audit: no lookup of ${hostname}`), { code: 'EOFFLINEAUDIT', hostname });
  process.nextTick(cb, err);
};
