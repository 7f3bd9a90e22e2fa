// What every handler receives: its dependencies, passed in so tests run handlers without
// Electron, against real files in a temporary folder.
import type { MethodName, ParsedInputOf, OutputOf } from '../../shared/contract';
import type { DataStore } from '../storage/data-store';
import type { PrintView } from '../../shared/domain/print-page';
import type { Paper } from '../../shared/domain/settings';

export interface HandlerDeps {
  store: DataStore;
  clock: () => Date;
  newId: () => string;
  /** Electron: save dialog, returns the path or null when cancelled. Absent in the browser host (download instead). */
  saveFileAs?: (fileName: string, bytes: Uint8Array) => Promise<string | null>;
  /**
   * Electron: ask for a folder (folder dialog), write the files into it (names may hold
   * sub-folders, "a/b.ics"), show it, and return the folder; null when cancelled. Absent
   * in the browser host (one .zip download instead).
   */
  saveFilesToFolder?: (files: { name: string; bytes: Uint8Array }[]) => Promise<string | null>;
  /** Electron: open an http(s) link in the system browser. Absent in the browser host (the page opens it). */
  openExternal?: (url: string) => Promise<boolean>;
  /**
   * Electron: a print view (the minutes, the letter in either form) rendered off screen and
   * printed to PDF on the given paper with the print view's margins (print-page.ts). Absent in
   * the browser host, where the user prints the view with the browser's own dialog.
   */
  printToPdf?: (view: PrintView, paper: Paper) => Promise<Uint8Array>;
  transport: 'electron' | 'web';
  version: string;
}

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, deps: HandlerDeps) => Promise<OutputOf<M>>;

export type HandlerMap<K extends MethodName = MethodName> = { [M in K]: Handler<M> };
