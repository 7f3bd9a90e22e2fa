// Exports and the save port: with one (the desktop app), an export is saved through the save
// dialog in the export's own call and only where it went comes back; without one (the browser
// host), the bytes come back for the page to download. Real files in a temporary folder.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { decodeBase64 } from '../../shared/text/base64';
import type { HandlerDeps } from '../../electron/handlers/types';
import { call, callError, makeDeps, tempDir } from './helpers';
import { itemAt } from '../helpers/indexed';

async function meeting(deps: HandlerDeps): Promise<string> {
  return (await call(deps, 'meetings/create', { ...defaultMeetingSetup('2030-01-01'), title: 'Rapat Ekspor' })).id;
}

describe('exports with a save port', () => {
  it('are saved in the same call, where the dialog says, and come back without their bytes', async () => {
    const deps = makeDeps();
    const id = await meeting(deps);
    const folder = tempDir();
    const asked: string[] = [];
    deps.saveFileAs = async (fileName, bytes) => {
      asked.push(fileName);
      const target = path.join(folder, fileName);
      fs.writeFileSync(target, bytes);
      return target;
    };
    const file = await call(deps, 'attendance/export-docx', { id });
    expect(asked).toEqual(['Daftar Hadir 2030-01-01 Rapat Ekspor.docx']);
    expect(file.savedTo).toBe(path.join(folder, itemAt(asked, 0)));
    expect(file.base64).toBe('');
    const zip = await JSZip.loadAsync(fs.readFileSync(file.savedTo!));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Rapat Ekspor');
  });

  it('say null when the dialog is cancelled, and give a reason in Indonesian when the folder refuses the file', async () => {
    const deps = makeDeps();
    const id = await meeting(deps);
    deps.saveFileAs = async () => null;
    expect((await call(deps, 'attendance/export-csv', { id, delimiter: ';' })).savedTo).toBeNull();
    deps.saveFileAs = async () => {
      throw Object.assign(new Error('denied'), { code: 'EACCES' });
    };
    const err = await callError(deps, 'attendance/export-csv', { id, delimiter: ';' });
    expect(err.code).toBe('write_failed');
    expect(err.message).toMatch(/tidak dapat disimpan di tempat yang dipilih \(EACCES\)\. Pilih folder lain/);
  });

  it('leave other results alone', async () => {
    const deps = makeDeps();
    let asked = 0;
    deps.saveFileAs = async () => {
      asked++;
      return null;
    };
    const id = await meeting(deps);
    expect((await call(deps, 'meetings/get', { id })).title).toBe('Rapat Ekspor');
    expect(asked).toBe(0);
  });
});

describe('exports without a save port (browser host)', () => {
  it('carry their bytes back for the page to download, and files/save is not used', async () => {
    const deps = makeDeps();
    const id = await meeting(deps);
    const file = await call(deps, 'attendance/export-csv', { id, delimiter: ';' });
    expect(file.savedTo).toBeUndefined();
    expect(new TextDecoder().decode(decodeBase64(file.base64)!)).toContain('KPU Kota Batu;Operator Medsos');
    const err = await callError(deps, 'files/save', { fileName: 'a.json', mimeType: 'application/json', base64: 'e30=' });
    expect(err.code).toBe('unsupported');
  });
});

describe('files/save with a save port (a file the page made itself)', () => {
  it('saves the bytes it was given, and refuses text that is not base64', async () => {
    const deps = makeDeps();
    const folder = tempDir();
    deps.saveFileAs = async (fileName, bytes) => {
      const target = path.join(folder, fileName);
      fs.writeFileSync(target, bytes);
      return target;
    };
    const res = await call(deps, 'files/save', { fileName: 'Salinan.json', mimeType: 'application/json', base64: Buffer.from('{"a":1}').toString('base64') });
    expect(fs.readFileSync(res.savedTo!, 'utf8')).toBe('{"a":1}');
    const err = await callError(deps, 'files/save', { fileName: 'x.json', mimeType: 'application/json', base64: '%%%' });
    expect(err.message).toMatch(/tidak valid/);
  });
});
