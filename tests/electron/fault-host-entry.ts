// A browser host with planted faults, for the test of the process-level net: the real
// startWebHost and installProcessNet over a real data folder, whose app/open-link dependency
// misbehaves on purpose. The link's path picks the fault:
//   /throw   an exception thrown from a timer callback while the request waits
//   /reject  a promise rejected that nobody handles, while the request waits
// Started by tests/electron/http-host.test.ts through host-process.ts, never by the app.
import crypto from 'node:crypto';
import path from 'node:path';
import { openDataFolder } from '../../electron/storage/open';
import { confJsonFile } from '../../electron/storage/json-file';
import { defaultDataDir } from '../../electron/storage/data-dir';
import { installProcessNet, startWebHost } from '../../electron/web/http-host';

async function main() {
  const log = (line: string) => console.log(`[api] ${line}`);
  installProcessNet(log);
  const store = openDataFolder(defaultDataDir(), confJsonFile);
  const host = await startWebHost({
    deps: {
      store,
      clock: () => new Date(),
      newId: () => crypto.randomUUID(),
      transport: 'web',
      version: 'test',
      openExternal: (url) =>
        new Promise<boolean>(() => {
          const fault = new URL(url).pathname;
          if (fault === '/throw') {
            setTimeout(() => {
              throw Object.assign(new Error('planted'), { code: 'EPLANTED' });
            }, 5);
          } else if (fault === '/reject') {
            void Promise.reject(Object.assign(new Error('planted'), { code: 'EREJECTED' }));
          }
          // Never settles: without the net the request would hang or the process would die.
        }),
    },
    staticDir: path.resolve(__dirname, '..', 'renderer'),
    port: 0,
    log,
  });
  console.log(`Buka: ${host.url}`);
}

void main();
