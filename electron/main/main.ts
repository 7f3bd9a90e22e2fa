// Electron entry point: one window with secure defaults, the contract registered on
// ipcMain for the app's own page only, and the UI served from the app:// protocol.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { HandlerDeps } from '../handlers/types';
import { openDataFolder } from '../storage/open';
import { acquireInstanceLock } from '../storage/instance-lock';
import { APP_NAME } from '../storage/data-dir';
import { APP_VERSION } from '../version';
import { electronStoreJsonFile } from './electron-store-file';
import { APP_ORIGIN, isAllowedPermission, isAppNavigation, isSafeExternalLink, isSafeExternalUrl } from '../security/url-guard';
import { appProtocolResponse } from '../security/app-protocol';
import { printViewPdfRenderer } from './print-pdf';
import { forwardFeed, registerContract } from './ipc';
import { feedFor } from '../handlers/change-feed';
import { itemAt } from '../../shared/indexed';

app.setName(APP_NAME);
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox('Rakor', `Rakor gagal dijalankan: ${(err as Error)?.message ?? err}`);
      app.quit();
    });
}

app.on('web-contents-created', (_event, contents) => {
  // Screens change by hash routes; a full navigation is let through only within the app
  // (the reload after a backup restore), never to another page.
  contents.on('will-navigate', (e) => {
    if (!isAppNavigation(e.url)) e.preventDefault();
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // security-reviewed: open-external-checked-url
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

app.on('window-all-closed', () => app.quit());

async function start() {
  const rendererDir = path.resolve(__dirname, '..', 'renderer');
  const dataDir = process.env.RAKOR_DATA_DIR ? path.resolve(process.env.RAKOR_DATA_DIR) : app.getPath('userData');

  // Every permission is refused except writing to the clipboard from the app's own page.
  session.defaultSession.setPermissionRequestHandler((wc, permission, callback, details) =>
    callback(isAllowedPermission(permission, details?.requestingUrl ?? wc?.getURL())),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) => isAllowedPermission(permission, requestingOrigin));

  protocol.handle('app', (request) => appProtocolResponse(request.url, rendererDir));

  // The browser host may have this folder open already: one Rakor per data folder.
  const lock = acquireInstanceLock(dataDir, { pid: process.pid, url: '', startedAt: new Date().toISOString(), app: 'desktop' });
  if (!lock.acquired) {
    const where = lock.holder.url ? `\n\nBuka: ${lock.holder.url}` : '';
    dialog.showErrorBox('Rakor', `Rakor sudah berjalan untuk folder data ini (proses ${lock.holder.pid}).${where}`);
    // security-reviewed: open-external-checked-url
    if (lock.holder.url && isSafeExternalUrl(lock.holder.url)) await shell.openExternal(lock.holder.url);
    app.quit();
    return;
  }
  app.on('will-quit', () => lock.release());
  const store = openDataFolder(dataDir, electronStoreJsonFile);
  const deps: HandlerDeps = {
    store,
    clock: () => new Date(),
    newId: () => crypto.randomUUID(),
    transport: 'electron',
    version: APP_VERSION,
    saveFileAs: async (fileName, bytes) => {
      const options = { defaultPath: path.join(app.getPath('documents'), fileName) };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await fs.writeFile(result.filePath, bytes);
      shell.showItemInFolder(result.filePath);
      return result.filePath;
    },
    saveFilesToFolder: async (files) => {
      const options = {
        title: 'Pilih folder untuk berkas undangan',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
      };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      const folder = result.filePaths[0];
      if (result.canceled || !folder) return null;
      const tops = new Set<string>();
      for (const f of files) {
        // Names come from the handlers; still, nothing may land outside the chosen folder.
        const target = path.resolve(folder, f.name);
        if (!target.startsWith(path.resolve(folder) + path.sep)) throw new Error(`unsafe file name: ${f.name}`);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, f.bytes);
        tops.add(itemAt(f.name.split('/'), 0));
      }
      const shown = tops.size === 1 && files.every((f) => f.name.includes('/')) ? path.join(folder, [...tops][0]!) : folder;
      void shell.openPath(shown);
      return folder;
    },
    openExternal: async (url) => {
      if (!isSafeExternalLink(url)) return false;
      // security-reviewed: open-external-checked-url
      await shell.openExternal(url);
      return true;
    },
    // A print view opened off screen and printed with print-page.ts's options (paper and margins explicit).
    // Its window has the main window's web preferences, written out here so the security audit sees them.
    printToPdf: printViewPdfRenderer(
      () =>
        new BrowserWindow({
          show: false,
          width: 1000,
          height: 1400,
          webPreferences: {
            // security-reviewed: preload-contract-only
            preload: path.join(__dirname, 'preload.cjs'),
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
          },
        }),
      `${APP_ORIGIN}/index.html`,
    ),
  };

  registerContract(ipcMain, deps, (line) => console.log(`[api] ${line}`));
  forwardFeed(feedFor(deps.store), () => BrowserWindow.getAllWindows());

  mainWindow = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1000,
    minHeight: 640,
    title: 'Rakor',
    show: false,
    webPreferences: {
      // security-reviewed: preload-contract-only
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would open links in a new Electron window; links leave through openExternal only.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}
