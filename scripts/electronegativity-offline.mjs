// Preloaded into Electronegativity by scripts/audit-security.mjs. Electronegativity asks GitHub
// for translations and for Electron's list of releases through got 11; without a connection
// (CI and office machines reach no GitHub) got's retry throws from a timer after its promise
// has settled, and the audit dies without a report. The audit needs neither call: both are
// answered "no connection" at once, which Electronegativity already handles.
import Module from 'node:module';

const load = Module._load;
Module._load = function loadWithoutNetwork(request, ...rest) {
  if (request === 'got') {
    const offline = () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND (audit runs offline)'), { code: 'ENOTFOUND' }));
    offline.head = offline;
    offline.get = offline;
    return offline;
  }
  return load.call(this, request, ...rest);
};
