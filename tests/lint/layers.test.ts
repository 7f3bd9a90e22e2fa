// The layer rules are real: lint fails when shared/ imports Node, Electron, the DOM or
// another layer, when the renderer imports the Node side or the DOCX builders, and when
// anything but the Electron entry points imports 'electron'.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { firstItems } from '../helpers/indexed';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = firstItems(await eslint.lintText(code, { filePath }), 1);
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it.each([
    ["import fs from 'node:fs';\nexport const x = fs;", 'shared/domain/bad.ts'],
    ["import { app } from 'electron';\nexport const x = app;", 'shared/domain/bad.ts'],
    ["import { dispatch } from '../../electron/handlers';\nexport const x = dispatch;", 'shared/domain/bad.ts'],
    ["import { App } from '../../renderer/src/App';\nexport const x = App;", 'shared/domain/bad.ts'],
    ["import { handlers } from '../../../electron/handlers';\nexport const x = handlers;", 'renderer/src/pages/Bad.tsx'],
    ["import { para } from '../../../../shared/documents/common';\nexport const x = para;", 'renderer/src/features/minutes/Bad.tsx'],
    ["import { Document } from 'docx';\nexport const x = Document;", 'renderer/src/pages/Bad.tsx'],
    ["import { ipcMain } from 'electron';\nexport const x = ipcMain;", 'electron/handlers/bad.ts'],
    ["import Store from 'electron-store';\nexport const x = Store;", 'electron/web/bad.ts'],
  ])('forbids %s in %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it.each([
    ["import yauzl from 'yauzl';\nexport const x = yauzl;", 'electron/handlers/bad.ts', 'no-restricted-imports'],
    ["import { unzipSync } from 'fflate';\nexport const x = unzipSync;", 'shared/import/bad.ts', 'no-restricted-imports'],
    ["import JSZip from 'jszip';\nexport const x = (b: Uint8Array) => JSZip.loadAsync(b);", 'electron/handlers/bad.ts', 'no-restricted-syntax'],
    ["import JSZip from 'jszip';\nexport const x = (b: Uint8Array) => new JSZip().loadAsync(b);", 'renderer/src/pages/Bad.tsx', 'no-restricted-syntax'],
  ])('reads zips only through the capped reader: forbids %s in %s', async (code, file, rule) => {
    expect(await ruleIds(code, file)).toContain(rule);
  });

  it('forbids DOM globals in shared/', async () => {
    expect(await ruleIds('export const w = window.innerWidth;', 'shared/domain/bad.ts')).toContain('no-restricted-globals');
  });

  it('allows what each layer may use', async () => {
    expect(await ruleIds("import { z } from 'zod';\nexport const s = z.string();", 'shared/domain/ok.ts')).toEqual([]);
    expect(await ruleIds("import fs from 'node:fs';\nexport const x = fs;", 'electron/handlers/ok.ts')).toEqual([]);
    expect(await ruleIds("import { app } from 'electron';\nexport const x = app;", 'electron/main/main.ts')).toEqual([]);
    expect(await ruleIds("import yauzl from 'yauzl';\nexport const x = yauzl;", 'electron/storage/zip-reader.ts')).toEqual([]);
    expect(await ruleIds("import JSZip from 'jszip';\nexport const x = new JSZip().generateAsync({ type: 'uint8array' });", 'electron/handlers/ok.ts')).toEqual(
      [],
    );
  });
});
