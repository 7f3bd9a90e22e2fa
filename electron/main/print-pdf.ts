// The desktop app's PDF renderer behind the handlers' printToPdf port: the print view (the
// minutes, the letter in either form) is opened in a window never shown, and once its data is
// on the sheets, printed by Chromium's PDF printer with the options of print-page.ts: the
// paper in inches (F4 has no name in Electron) and the print view's margins given explicitly.
import { electronPdfOptions, PRINT_READY_ATTR, printViewHash, type PrintView } from '../../shared/domain/print-page';
import type { Paper } from '../../shared/domain/settings';

/** How long a print view may take to load its data before the PDF is given up. */
const READY_TIMEOUT_MS = 20_000;

/** Script run in the print view: resolves once the sheets carry their data and the fonts are loaded. */
const WAIT_FOR_SHEETS = `new Promise((resolve, reject) => {
  const start = Date.now();
  const tick = () => {
    if (document.querySelector('[${PRINT_READY_ATTR}]')) document.fonts.ready.then(() => resolve(true));
    else if (Date.now() - start > ${READY_TIMEOUT_MS}) reject(new Error('print view not ready'));
    else setTimeout(tick, 50);
  };
  tick();
})`;

/** The little of Electron's BrowserWindow this needs (so the module imports no 'electron' and vitest can drive it). */
export interface PrintWindow {
  loadURL(url: string): Promise<unknown>;
  webContents: {
    executeJavaScript(code: string, userGesture?: boolean): Promise<unknown>;
    printToPDF(options: ReturnType<typeof electronPdfOptions>): Promise<Uint8Array>;
  };
  isDestroyed(): boolean;
  destroy(): void;
}

export function printViewPdfRenderer(openHiddenWindow: () => PrintWindow, appUrl: string) {
  return async (view: PrintView, paper: Paper): Promise<Uint8Array> => {
    const win = openHiddenWindow();
    try {
      await win.loadURL(`${appUrl}${printViewHash(view)}`);
      await win.webContents.executeJavaScript(WAIT_FOR_SHEETS, true);
      return new Uint8Array(await win.webContents.printToPDF(electronPdfOptions(paper)));
    } finally {
      if (!win.isDestroyed()) win.destroy();
    }
  };
}
