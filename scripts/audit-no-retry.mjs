// Loaded with `node --import` before Electronegativity (scripts/audit-security.mjs). It looks
// up translations and Electron's release list online and carries on without them when that
// fails, as it does offline; but got 11, which it uses, can throw an uncaught "onCancel
// handler was attached after the promise settled" from a retry that fires after a failed
// request, so the audit crashed depending on timing. Without retries a failed look-up fails
// once, is caught by Electronegativity, and the audit's result no longer depends on the network.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fromAudit = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = fromAudit.resolve('got');
const once = fromAudit('got').extend({ retry: { limit: 0 } });
once.default = once;
once.__esModule = true;
require.cache[gotPath].exports = once;
