// The desktop shell. First the IPC door on its own: every contract method is registered,
// and a call from any frame that is not the app's own page (app://rakor) is refused before a
// handler runs. Then the smoke test: the built dist/electron/main.cjs and preload.cjs, loaded
// against a stand-in 'electron' module (Electron itself cannot be launched here), doing what
// the desktop app does at start and on the calls that matter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import Module, { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { CSP } from '../../electron/web/http-host';
import { electronPdfOptions, PRINT_MARGIN_MM } from '../../shared/domain/print-page';
import { fakeElectron, type FakeElectron, type FakeWebContents } from './fake-electron';
import { registerContract, type IpcEventLike, type IpcMainLike } from '../../electron/main/ipc';
import { METHOD_NAMES } from '../../shared/contract';
import { isSafeExternalLink, isSafeExternalUrl, isSafeMailto, isTrustedSender } from '../../electron/security/url-guard';
import { mailtoLink } from '../../shared/invitations/links';
import { makeDeps } from './helpers';
import { dataFile } from '../e2e/data-folder';
import { itemAt } from '../helpers/indexed';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle(channel: string, listener: Listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
}

describe('IPC registration', () => {
  it('registers exactly the contract', () => {
    const ipc = fakeIpcMain();
    registerContract(ipc, makeDeps());
    expect([...ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `rakor:${m}`).sort());
  });

  it('answers the app page and refuses every other frame without running the handler', async () => {
    const deps = makeDeps();
    const ipc = fakeIpcMain();
    registerContract(ipc, deps);
    const create = ipc.handlers.get('rakor:meetings/load-demo')!;
    const from = (url: string | undefined): IpcEventLike => ({ senderFrame: url === undefined ? null : { url } });

    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', 'http://127.0.0.1:5178/', 'about:blank', undefined]) {
      const res = await create(from(url), {});
      expect(res).toEqual({ ok: false, error: { code: 'forbidden_sender', message: 'Akses ditolak.' } });
    }
    expect(deps.store.listMeetings()).toHaveLength(0);

    const ok = await create(from('app://rakor/index.html'), {});
    expect(ok.ok).toBe(true);
    expect(deps.store.listMeetings()).toHaveLength(1);
  });
});

describe('URL guards', () => {
  it('trusts only the app origin', () => {
    expect(isTrustedSender('app://rakor/index.html#/rapat')).toBe(true);
    expect(isTrustedSender('app://rakor.evil/index.html')).toBe(false);
    expect(isTrustedSender('not a url')).toBe(false);
  });
  it('opens only http(s) links outside the app', () => {
    expect(isSafeExternalUrl('https://zoom.us/j/845')).toBe(true);
    expect(isSafeExternalUrl('http://meet.google.com/abc')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'file:///C:/Windows/system32/calc.exe',
      'data:text/html,<script>',
      'smb://server/share',
      'ms-msdt:/id',
      '//evil.example',
      '',
    ]) {
      expect(isSafeExternalUrl(bad)).toBe(false);
    }
  });
  it('hands the system a mail link only as the app builds it', () => {
    const built = mailtoLink(['sri@kpu-tulungagung.go.id', 'budi.s@kpu.go.id'], 'Undangan Rakor', 'Yth. Bapak/Ibu,\nmohon hadir & tepat waktu.')!;
    expect(isSafeMailto(built)).toBe(true);
    expect(isSafeExternalLink(built)).toBe(true);
    expect(isSafeExternalUrl(built)).toBe(false);
    for (const bad of [
      'mailto:',
      'mailto:bukan-email',
      'mailto:sri@kpu',
      'mailto:sri@kpu.go.id?bcc=orang@luar.example',
      'mailto:sri@kpu.go.id?subject=a&attach=C:%5Cdata.txt',
      'mailto:sri@kpu.go.id,%0Ato@x.example',
      'mailto:%E0%A4%A',
      `mailto:sri@kpu.go.id?body=${'a'.repeat(2100)}`,
      'MAILTO:sri@kpu.go.id',
    ]) {
      expect(isSafeMailto(bad), bad).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------
// The built main process and preload against a stand-in 'electron'.

type MainListener = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

/** Runs a CommonJS bundle with the given require, as Node's loader would (same wrapper). */
function runCommonJs(file: string, require: (id: string) => unknown, context?: vm.Context) {
  const wrapped = Module.wrap(fs.readFileSync(file, 'utf8'));
  const fn = context ? vm.runInContext(wrapped, context, { filename: file }) : vm.runInThisContext(wrapped, { filename: file });
  const mod = { exports: {} as Record<string, unknown> };
  fn.call(mod.exports, mod.exports, require, mod, file, path.dirname(file));
  return mod.exports;
}

/** Loads main.cjs; every require is recorded, and anything but 'electron' or a built-in throws. */
function loadMain(mainFile: string, fake: FakeElectron) {
  const required: string[] = [];
  const real = Module.createRequire(mainFile);
  runCommonJs(mainFile, (id) => {
    required.push(id);
    if (id === 'electron') return fake.electron;
    if (isBuiltin(id)) return real(id);
    throw new Error(`main.cjs requires ${id}, which is not packed with the app`);
  });
  return required;
}

async function until(what: string, ok: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const fromApp = { senderFrame: { url: 'app://rakor/index.html#/rapat' } };
const fromFrame = (url: string) => ({ senderFrame: { url } });

describe('the built desktop shell against a stand-in electron', () => {
  let root: string;
  let dist: string;
  let userData: string;
  let documents: string;
  let fake: FakeElectron;
  let required: string[];
  let eventsBeforeReady: string[];
  let savedDataDir: string | undefined;

  const handler = (name: string) => fake.ipcHandlers.get(`rakor:${name}`) as MainListener;
  const win = () => itemAt(fake.windows, 0);
  const contents = () => win().webContents as FakeWebContents;
  const serve = (url: string) => fake.protocolHandlers.get('app')!({ url });
  const meetingsDir = () => (fs.existsSync(path.join(userData, 'data-aktif.json')) ? dataFile(userData, 'rapat') : path.join(userData, 'rapat'));
  const meetingFiles = () => (fs.existsSync(meetingsDir()) ? fs.readdirSync(meetingsDir()).filter((f) => f.endsWith('.json')) : []);
  /** Emits will-navigate as Electron does; answers whether the navigation was cancelled. */
  const navigate = (url: string) => {
    let prevented = false;
    contents().emit('will-navigate', { url, preventDefault: () => (prevented = true) }, url);
    return prevented;
  };

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-shell-'));
    dist = path.join(root, 'app', 'dist');
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet', `--out=${dist}`], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    userData = path.join(root, 'userData');
    documents = path.join(root, 'Documents');
    fs.mkdirSync(documents);
    savedDataDir = process.env.RAKOR_DATA_DIR;
    delete process.env.RAKOR_DATA_DIR;

    fake = fakeElectron({ paths: { userData, documents } });
    required = loadMain(path.join(dist, 'electron', 'main.cjs'), fake);
    eventsBeforeReady = [...fake.events];
    await fake.becomeReady();
    await until('the window to load', () => fake.windows.length === 1 && win().loaded.length === 1);
  }, 120_000);

  afterAll(() => {
    fake?.electron.app.emit('will-quit');
    if (savedDataDir !== undefined) process.env.RAKOR_DATA_DIR = savedDataDir;
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('requires nothing but electron and Node built-ins', () => {
    expect(required).toContain('electron');
    expect(required.filter((id) => id !== 'electron' && !isBuiltin(id))).toEqual([]);
  });

  it('the browser host bundle runs with no node_modules anywhere above it', async () => {
    const above: string[] = [];
    for (let d = dist; d !== path.dirname(d); d = path.dirname(d)) if (fs.existsSync(path.join(d, 'node_modules'))) above.push(d);
    expect(above).toEqual([]);
    const host = spawn(process.execPath, [path.join(dist, 'web', 'host.cjs')], {
      cwd: root,
      env: { ...process.env, RAKOR_DATA_DIR: path.join(root, 'web-data'), RAKOR_PORT: '0', RAKOR_NO_OPEN: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      host.stdout.on('data', (c) => (out += c));
      host.stderr.on('data', (c) => (out += c));
      await until('the browser host to print its address', () => /Buka: http:\/\/127\.0\.0\.1:\d+\//.test(out) || host.exitCode !== null);
      const url = out.match(/Buka: (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
      expect(url, out).toBeDefined();
      const res = await fetch(url!);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    } finally {
      host.kill('SIGTERM');
    }
  });

  it('registers the app:// scheme and takes the single-instance lock before ready, the rest after', () => {
    expect(eventsBeforeReady).toEqual(['setName:Rakor', 'registerSchemesAsPrivileged', 'requestSingleInstanceLock', 'whenReady']);
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.events.indexOf('BrowserWindow')).toBeGreaterThan(fake.events.indexOf('ready'));
    expect(fake.quits()).toBe(0);
  });

  it('registers exactly the contract, one channel per method', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `rakor:${m}`).sort());
  });

  it('opens one window with the secure webPreferences, on the app page', () => {
    expect(win().options.webPreferences).toEqual({
      preload: path.join(dist, 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(fs.existsSync((win().options.webPreferences as { preload: string }).preload)).toBe(true);
    expect(win().loaded).toEqual(['app://rakor/index.html']);
  });

  it('serves the index and the assets with their type and the CSP', async () => {
    for (const url of ['app://rakor/index.html', 'app://rakor/']) {
      const res = await serve(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<div id="root">');
    }
    const assets = fs.readdirSync(path.join(dist, 'renderer', 'assets'));
    const js = assets.find((f) => f.endsWith('.js'))!;
    const css = assets.find((f) => f.endsWith('.css'))!;
    const jsRes = await serve(`app://rakor/assets/${js}`);
    expect(jsRes.status).toBe(200);
    expect(jsRes.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(jsRes.headers.get('content-security-policy')).toBe(CSP);
    expect(Buffer.from(await jsRes.arrayBuffer()).equals(fs.readFileSync(path.join(dist, 'renderer', 'assets', js)))).toBe(true);
    expect((await serve(`app://rakor/assets/${css}`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('refuses traversal and foreign hosts, answers 400 to a bad escape and 404 to a missing file', async () => {
    for (const url of [
      'app://rakor/assets%2F..%2F..%2Fweb%2Fhost.cjs',
      'app://rakor/..%2F..%2F..%2FuserData%2Fpengaturan.json',
      'app://rakor/%2E%2E%5C..%5Cweb%5Chost.cjs',
    ]) {
      const res = await serve(url);
      expect([403, 404], url).toContain(res.status);
      expect(await res.text()).not.toContain('require(');
    }
    expect((await serve('app://rakor/assets%2F..%2F..%2Fweb%2Fhost.cjs')).status).toBe(403);
    expect((await serve('app://evil/index.html')).status).toBe(403);
    expect((await serve('app://rakor.evil/index.html')).status).toBe(403);
    expect((await serve('app://rakor/%E0%A4%A')).status).toBe(400);
    expect((await serve('app://rakor/%')).status).toBe(400);
    expect((await serve('app://rakor/tidak-ada.js')).status).toBe(404);
  });

  it('writes real files for a call from the app page and refuses one from any other frame', async () => {
    for (const url of ['https://evil.example/', 'app://evil/index.html', 'file:///tmp/x.html', 'http://127.0.0.1:5178/']) {
      expect(await handler('meetings/load-demo')(fromFrame(url), {})).toEqual({ ok: false, error: { code: 'forbidden_sender', message: 'Akses ditolak.' } });
    }
    expect((await handler('meetings/load-demo')({ senderFrame: null }, {})).ok).toBe(false);
    expect(meetingFiles()).toEqual([]);

    const res = await handler('meetings/load-demo')(fromApp, {});
    expect(res.ok).toBe(true);
    const files = meetingFiles();
    expect(files).toHaveLength(1);
    const meeting = res.value as { id: string; title: string };
    expect(files).toEqual([`${meeting.id}.json`]);
    const onDisk = JSON.parse(fs.readFileSync(path.join(meetingsDir(), itemAt(files, 0)), 'utf8'));
    expect(JSON.stringify(onDisk)).toContain(JSON.stringify(meeting.title));
  });

  it('opens the mail link of an invitation in the mail program, and no crafted one', async () => {
    const link = mailtoLink(['sri@kpu-tulungagung.go.id'], 'Undangan Rakor', 'Yth. Bapak/Ibu,\nmohon hadir.')!;
    const before = fake.opened.length;
    expect(await handler('app/open-link')(fromApp, { url: link })).toEqual({ ok: true, value: { opened: true, openInBrowserTab: false } });
    expect(fake.opened.slice(before)).toEqual([link]);
    const crafted = await handler('app/open-link')(fromApp, { url: 'mailto:sri@kpu-tulungagung.go.id?bcc=orang@luar.example' });
    expect(crafted.ok).toBe(false);
    expect(crafted.error?.code).toBe('invalid_input');
    expect(fake.opened.slice(before)).toEqual([link]);
  });

  it('lets the reload after a backup restore through, and no navigation away from the app', async () => {
    const backup = await handler('backups/create')(fromApp, {});
    expect(backup.ok).toBe(true);
    const before = meetingFiles().length;
    expect((await handler('meetings/load-demo')(fromApp, {})).ok).toBe(true);
    expect(meetingFiles()).toHaveLength(before + 1);

    const restored = await handler('backups/restore')(fromApp, { name: (backup.value as { name: string }).name });
    expect(restored.ok).toBe(true);
    expect(meetingFiles()).toHaveLength(before);

    // What BackupSettings does next: location.hash = '#/'; location.reload().
    expect(navigate('app://rakor/index.html#/')).toBe(false);
    expect((await serve('app://rakor/index.html')).status).toBe(200);
    const list = await handler('meetings/list')(fromApp, {});
    expect((list.value as { meetings: unknown[] }).meetings).toHaveLength(before);

    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:5178/#token=x',
      'app://rakor.evil/index.html',
      'app://other/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(navigate(url), url).toBe(true);
    }
  });

  it('grants clipboard writing to the app page and refuses every other permission', () => {
    const request = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined;
      fake.permission.request!(contents() as never, permission as never, ((g: boolean) => (granted = g)) as never, { requestingUrl } as never);
      return granted;
    };
    const check = (permission: string, origin: string) => fake.permission.check!(contents() as never, permission as never, origin as never, {} as never);

    expect(request('clipboard-sanitized-write', 'app://rakor/index.html#/rapat/m1')).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://rakor')).toBe(true);
    for (const other of ['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal', 'fullscreen', 'display-capture', 'unknown']) {
      expect(request(other, 'app://rakor/index.html'), other).toBe(false);
      expect(check(other, 'app://rakor'), other).toBe(false);
    }
    for (const origin of ['https://evil.example', 'app://rakor.evil', 'file://', 'http://127.0.0.1:5178']) {
      expect(request('clipboard-sanitized-write', `${origin}/x`), origin).toBe(false);
      expect(check('clipboard-sanitized-write', origin), origin).toBe(false);
    }
  });

  it('denies new windows, hands http(s) links to the system browser, and refuses webviews', () => {
    const before = fake.opened.length;
    expect(contents().windowOpenHandler!({ url: 'https://zoom.us/j/8451234567' })).toEqual({ action: 'deny' });
    expect(contents().windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents().windowOpenHandler!({ url: 'file:///C:/Windows/system32/calc.exe' })).toEqual({ action: 'deny' });
    expect(fake.opened.slice(before)).toEqual(['https://zoom.us/j/8451234567']);
    let prevented = false;
    contents().emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it("prints the minutes' print view off screen with the print view margins and saves it where the dialog says, in the same call", async () => {
    const list = await handler('meetings/list')(fromApp, {});
    const id = itemAt((list.value as { meetings: Array<{ id: string }> }).meetings, 0).id;
    const windowsBefore = fake.windows.length;
    const pdf = await handler('minutes/print-pdf')(fromApp, { id });
    expect(pdf.ok).toBe(true);
    // A window of its own, never shown, with the same secure preferences, loaded with the print view and closed after.
    const printWin = itemAt(fake.windows, windowsBefore);
    expect(fake.windows.length).toBe(windowsBefore + 1);
    expect(printWin.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(printWin.loaded).toEqual([`app://rakor/index.html#/rapat/${encodeURIComponent(id)}/cetak`]);
    expect(printWin.destroyed).toBe(true);
    expect(contents().printCalls).toEqual([]);
    const printCalls = (printWin.webContents as FakeWebContents).printCalls;
    expect(printCalls).toEqual([electronPdfOptions('A4')]);
    // 3 cm on the binding side, A4 in inches, as the print view's @page.
    const options = printCalls[0] as { margins: { left: number; bottom: number }; pageSize: { width: number; height: number } };
    expect(options.margins.left).toBeCloseTo(30 / 25.4, 4);
    expect(options.margins.bottom).toBeCloseTo(PRINT_MARGIN_MM.bottom / 25.4, 4);
    expect(options.pageSize.width).toBeCloseTo(210 / 25.4, 4);
    expect(options.pageSize.height).toBeCloseTo(297 / 25.4, 4);

    // Export and save-as are one call: the dialog saved it, and only where it went came back.
    const file = pdf.value as { fileName: string; mimeType: string; base64: string; savedTo: string };
    expect(file.mimeType).toBe('application/pdf');
    expect(file.base64).toBe('');
    const where = file.savedTo;
    expect(path.basename(where)).toBe(file.fileName);
    expect(path.dirname(where)).toBe(documents);
    expect(fs.readFileSync(where, 'latin1')).toMatch(/^%PDF-/);
    expect(fake.shownInFolder).toContain(where);
  });

  it('brings the window to the front when Rakor is started a second time', () => {
    win().minimized = true;
    fake.electron.app.emit('second-instance');
    expect(win().minimized).toBe(false);
    expect(win().focused).toBe(1);
  });

  it('quits at once, opening nothing, when another Rakor holds the single-instance lock', async () => {
    const second = fakeElectron({ paths: { userData: path.join(root, 'second'), documents }, singleInstance: false });
    loadMain(path.join(dist, 'electron', 'main.cjs'), second);
    expect(second.quits()).toBe(1);
    expect(second.events).not.toContain('whenReady');
    await second.becomeReady();
    expect(second.windows).toHaveLength(0);
    expect(second.ipcHandlers.size).toBe(0);
  });

  it('releases the data-folder lock when it quits', () => {
    expect(fs.existsSync(path.join(userData, 'rakor.lock'))).toBe(true);
    fake.electron.app.emit('will-quit');
    expect(fs.existsSync(path.join(userData, 'rakor.lock'))).toBe(false);
  });

  describe('the preload, in a context of its own with a sandboxed require', () => {
    const SANDBOX_MODULES = new Set(['events', 'timers', 'url']);
    let api: { call: (method: unknown, input?: unknown) => Promise<unknown>; onFeed?: unknown };
    let preloadFake: FakeElectron;
    let preloadRequired: string[];

    beforeAll(() => {
      preloadFake = fakeElectron({ paths: {} });
      preloadRequired = [];
      const file = path.join(dist, 'electron', 'preload.cjs');
      const real = Module.createRequire(file);
      // No process, Buffer or require in the page's world: only what the sandbox gives.
      const context = vm.createContext({ console });
      runCommonJs(
        file,
        (id) => {
          preloadRequired.push(id);
          if (id === 'electron') return { contextBridge: preloadFake.electron.contextBridge, ipcRenderer: preloadFake.electron.ipcRenderer };
          if (SANDBOX_MODULES.has(id)) return real(id);
          throw new Error(`a sandboxed preload cannot require ${id}`);
        },
        context,
      );
      api = preloadFake.exposed.get('rakor') as typeof api;
    });

    it('is small and self-contained: the method names, not the contract schemas', () => {
      expect(preloadRequired).toEqual(['electron']);
      expect(fs.statSync(path.join(dist, 'electron', 'preload.cjs')).size).toBeLessThan(16 * 1024);
    });

    it('exposes only rakor.call and the change feed', () => {
      expect([...preloadFake.exposed.keys()]).toEqual(['rakor']);
      expect(Object.keys(api)).toEqual(['call', 'onFeed']);
      expect(typeof api.call).toBe('function');
      expect(typeof api.onFeed).toBe('function');
    });

    it('hands the page each change of the feed, and nothing of the IPC event, until it stops listening', () => {
      const got: unknown[][] = [];
      const stop = (api.onFeed as (l: (...args: unknown[]) => void) => () => void)((...args) => got.push(args));
      preloadFake.sendToRenderer('rakor:feed', { type: 'meeting', id: 'm1', revision: 3 });
      stop();
      preloadFake.sendToRenderer('rakor:feed', { type: 'meeting', id: 'm1', revision: 4 });
      expect(got).toEqual([[{ type: 'meeting', id: 'm1', revision: 3 }]]);
      expect(preloadFake.rendererListeners('rakor:feed')).toBe(0);
    });

    it('forwards every contract method to its channel', async () => {
      for (const name of METHOD_NAMES) await api.call(name, { probe: name });
      expect(preloadFake.invoked).toEqual(METHOD_NAMES.map((name) => ({ channel: `rakor:${name}`, input: { probe: name } })));
    });

    it('refuses names outside the contract without sending anything', async () => {
      const before = preloadFake.invoked.length;
      for (const bad of [
        'meetings/drop-all',
        'rakor:meetings/list',
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        '',
        42,
        null,
        undefined,
        { toString: () => 'meetings/list' },
      ]) {
        expect(await api.call(bad, {})).toEqual({ ok: false, error: { code: 'unknown_method', message: 'Perintah tidak dikenal.' } });
      }
      expect(preloadFake.invoked.length).toBe(before);
    });
  });
});
