// A stand-in for the 'electron' module, for loading the built main process and preload in
// plain Node: just enough of app, BrowserWindow, ipcMain, protocol, session, shell, dialog,
// contextBridge and ipcRenderer, recording every call so a test can assert what the shell did.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { valueAt } from '../helpers/indexed';

export type Listener = (...args: never[]) => unknown;

export interface FakeElectronOptions {
  /** app.getPath(name) answers from here. */
  paths: Record<string, string>;
  /** What requestSingleInstanceLock() answers. */
  singleInstance?: boolean;
  /** The folder a save dialog answers with. */
  saveDir?: string;
}

export class FakeWebContents extends EventEmitter {
  url = '';
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  printCalls: unknown[] = [];
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = fn;
  }
  getURL() {
    return this.url;
  }
  scripts: string[] = [];
  /** What the page answers to a script the main process runs in it (the print view says it is ready). */
  async executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code);
    return true;
  }
  async printToPDF(options: unknown): Promise<Buffer> {
    this.printCalls.push(options);
    return Buffer.from('%PDF-1.7\n% stand-in\n%%EOF\n');
  }
}

/** Builds a fresh stand-in; `events` records the order of the calls that matter for start-up. */
export function fakeElectron(opts: FakeElectronOptions) {
  const events: string[] = [];
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response> | Response>();
  const privilegedSchemes: unknown[] = [];
  const windows: FakeWindow[] = [];
  const opened: string[] = [];
  const shownInFolder: string[] = [];
  const errorBoxes: string[] = [];
  const exposed = new Map<string, unknown>();
  const invoked: Array<{ channel: string; input: unknown }> = [];
  const rendererBus = new EventEmitter();
  const permission: { request?: Listener; check?: Listener } = {};
  let quits = 0;
  let ready = false;
  let resolveReady!: () => void;
  const whenReadyPromise = new Promise<void>((r) => (resolveReady = r));

  const app = Object.assign(new EventEmitter(), {
    setName(name: string) {
      events.push(`setName:${name}`);
    },
    getName: () => 'Rakor',
    getVersion: () => '45.5.0',
    getPath(name: string) {
      const p = opts.paths[name];
      if (!p) throw new Error(`no path ${name}`);
      return p;
    },
    requestSingleInstanceLock() {
      events.push(`requestSingleInstanceLock${ready ? ' after ready' : ''}`);
      return opts.singleInstance ?? true;
    },
    whenReady() {
      events.push('whenReady');
      return whenReadyPromise;
    },
    isReady: () => ready,
    quit() {
      quits++;
      events.push('quit');
    },
  });

  class FakeWindow extends EventEmitter {
    options: Record<string, unknown>;
    webContents = new FakeWebContents();
    loaded: string[] = [];
    minimized = false;
    focused = 0;
    constructor(options: Record<string, unknown>) {
      super();
      if (!ready) throw new Error('BrowserWindow before ready');
      this.options = options;
      windows.push(this);
      events.push('BrowserWindow');
      app.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string) {
      this.loaded.push(url);
      this.webContents.url = url;
      events.push(`loadURL:${url}`);
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    focus() {
      this.focused++;
    }
    show() {}
    destroyed = false;
    destroy() {
      this.destroyed = true;
    }
    isDestroyed() {
      return this.destroyed;
    }
  }

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle(channel: string, fn: Listener) {
        if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
        if (!ready) events.push('ipcMain.handle before ready');
        ipcHandlers.set(channel, fn);
      },
      on() {},
    },
    protocol: {
      registerSchemesAsPrivileged(schemes: unknown[]) {
        events.push(`registerSchemesAsPrivileged${ready ? ' after ready' : ''}`);
        privilegedSchemes.push(...schemes);
      },
      handle(scheme: string, fn: (request: { url: string }) => Promise<Response>) {
        if (!ready) throw new Error('protocol.handle before ready');
        protocolHandlers.set(scheme, fn);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler(fn: Listener) {
          permission.request = fn;
        },
        setPermissionCheckHandler(fn: Listener) {
          permission.check = fn;
        },
      },
    },
    shell: {
      async openExternal(url: string) {
        opened.push(url);
      },
      showItemInFolder(p: string) {
        shownInFolder.push(p);
      },
      async openPath(p: string) {
        shownInFolder.push(p);
        return '';
      },
    },
    dialog: {
      showErrorBox(_title: string, text: string) {
        errorBoxes.push(text);
      },
      async showSaveDialog(...args: unknown[]) {
        const o = args[args.length - 1] as { defaultPath: string };
        return { canceled: false, filePath: path.join(opts.saveDir ?? valueAt(opts.paths, 'documents'), path.basename(o.defaultPath)) };
      },
      async showOpenDialog() {
        return { canceled: false, filePaths: [opts.saveDir ?? opts.paths.documents] };
      },
    },
    // What a sandboxed preload gets.
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown) {
        if (exposed.has(key)) throw new Error(`exposed twice: ${key}`);
        exposed.set(key, api);
      },
    },
    ipcRenderer: {
      invoke(channel: string, input: unknown) {
        invoked.push({ channel, input });
        return Promise.resolve({ ok: true, value: null });
      },
      on(channel: string, listener: (...args: unknown[]) => void) {
        rendererBus.on(channel, listener);
      },
      removeListener(channel: string, listener: (...args: unknown[]) => void) {
        rendererBus.removeListener(channel, listener);
      },
    },
  };

  return {
    electron,
    /** Messages the main process sends to the page (webContents.send), as the preload receives them. */
    sendToRenderer(channel: string, data: unknown) {
      rendererBus.emit(channel, { sender: 'the IpcRendererEvent' }, data);
    },
    rendererListeners: (channel: string) => rendererBus.listenerCount(channel),
    events,
    ipcHandlers,
    protocolHandlers,
    privilegedSchemes,
    windows,
    opened,
    shownInFolder,
    errorBoxes,
    exposed,
    invoked,
    permission,
    quits: () => quits,
    /** Fires 'ready': what Electron does once the browser process is up. */
    async becomeReady() {
      ready = true;
      events.push('ready');
      resolveReady();
      await new Promise((r) => setImmediate(r));
    },
  };
}

export type FakeElectron = ReturnType<typeof fakeElectron>;
