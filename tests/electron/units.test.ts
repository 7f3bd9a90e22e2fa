// The unit-list handlers over a real data folder: the official lists, a preview that writes
// nothing, an apply that keeps the units old meetings and people still use, and a custom list
// from CSV and .xlsx whose bad rows refuse the whole file.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, callError, makeDeps } from './helpers';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { buildMinutesDocx } from '../../shared/documents/minutes-docx';

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const rosterFile = (dir: string) => fs.readFileSync(path.join(dir, 'roster.json'), 'utf8');

describe('regions', () => {
  it('lists the 38 provinces with their attribution and one province’s kabupaten/kota', async () => {
    const deps = makeDeps();
    const list = await call(deps, 'regions/provinces', {});
    expect(list.provinces).toHaveLength(38);
    expect(list.provinces.find((p) => p.code === '11')).toEqual({ code: '11', name: 'Aceh', official: 'KIP Aceh' });
    expect(list.attribution).toMatch(/idn-area-data.*ODbL/);
    const jateng = await call(deps, 'regions/regencies', { province: '33' });
    expect(jateng).toHaveLength(35);
    expect(jateng[0]).toEqual({ code: '3301', name: 'Kabupaten Cilacap', official: 'KPU Kabupaten Cilacap' });
  });
});

describe('roster/preview-units and roster/apply-units', () => {
  it('previews without writing, then keeps the East Java units a meeting or a person still uses', async () => {
    const deps = makeDeps();
    await call(deps, 'roster/save-person', { id: 'p-1', unitCode: '3504', roleId: 'parmas', patch: { name: 'Nurul Hidayati' } });
    const m = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2026-11-30'), title: 'Rakor lama', unitsInvited: ['3504', '3579'] });
    const before = rosterFile(deps.store.dir);

    const preview = await call(deps, 'roster/preview-units', { source: 'region', level: 'provinsi', code: '33' });
    expect(rosterFile(deps.store.dir)).toBe(before);
    expect(preview.change.added).toHaveLength(35);
    expect(preview.change.kept.map((u) => u.code)).toEqual(['3504', '3579']);
    expect(preview.change.removed).toHaveLength(36);
    // Somebody is in the roster: the roles are the user's data now.
    expect(preview.roles).toBeNull();

    const applied = await call(deps, 'roster/apply-units', { source: 'region', level: 'provinsi', code: '33' });
    expect(applied.roster.units).toHaveLength(37);
    expect(applied.roster.units.find((u) => u.code === '3504')).toEqual({ code: '3504', name: 'Tulungagung', kind: 'kabupaten', unlisted: true });
    expect(applied.settings).toMatchObject({
      region: { level: 'provinsi', code: '33', name: 'Jawa Tengah' },
      organizerName: 'KPU Provinsi Jawa Tengah',
      defaultTimeZone: 'WIB',
    });
    const reopened = makeDeps(deps.store.dir).store;
    expect(reopened.getRoster().units).toHaveLength(37);
    expect(reopened.getRoster().people).toHaveLength(1);

    // The old meeting still names its units in the minutes.
    const docx = await buildMinutesDocx(reopened.getMeeting(m.id), reopened.getRoster(), reopened.getSettings());
    const xml = (await (await import('jszip')).default.loadAsync(docx)).file('word/document.xml')!;
    const text = [...(await xml.async('string')).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('');
    expect(text).toContain('Tulungagung');
  });

  it('sets up KPU RI with the provinces, its roles and the WIT zone of Papua for a province', async () => {
    const deps = makeDeps();
    const ri = await call(deps, 'roster/apply-units', { source: 'region', level: 'ri', code: '' });
    expect(ri.roster.units).toHaveLength(38);
    expect(ri.roster.roles.map((r) => r.id)).toEqual(['parmas', 'kabag-teknis', 'medsos']);
    expect(ri.settings.organisation.subtitle).toBe('REPUBLIK INDONESIA');
    const papua = await call(makeDeps(), 'roster/apply-units', { source: 'region', level: 'provinsi', code: '95' });
    expect(papua.roster.units).toHaveLength(8);
    expect(papua.settings.defaultTimeZone).toBe('WIT');
    const kab = await call(makeDeps(), 'roster/apply-units', { source: 'region', level: 'kabkota', code: '3504' });
    expect(kab.roster.units).toHaveLength(19);
    expect(kab.roster.units.every((u) => u.kind === 'kecamatan')).toBe(true);
    expect(kab.settings.region).toEqual({ level: 'kabkota', code: '3504', name: 'Kabupaten Tulungagung' });
    expect(kab.roster.roles.map((r) => r.short)).toEqual(['Ketua PPK', 'Anggota PPK', 'Sekretariat']);
  });

  it('imports a custom list from CSV and .xlsx; a file with a bad row changes nothing', async () => {
    const deps = makeDeps();
    const bad = b64('kode;nama;jenis\n01;Satu;Kecamatan\n01;Dua;Kecamatan\n');
    const preview = await call(deps, 'roster/preview-units', { source: 'file', base64: bad });
    expect(preview.errors).toEqual(['Baris 3: kode 01 sudah dipakai pada baris 2.']);
    const err = await callError(deps, 'roster/apply-units', { source: 'file', base64: bad });
    expect(err.message).toBe('Daftar unit belum diterapkan: 1 baris salah. Perbaiki filenya lalu coba lagi.');
    expect(fs.existsSync(path.join(deps.store.dir, 'roster.json'))).toBe(false);
    expect(deps.store.getRoster().units).toHaveLength(38);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Unit');
    ws.addRows([
      ['kode', 'nama', 'jenis'],
      ['350401', 'Tulungagung', 'Kecamatan'],
      ['350402', 'Boyolangu', 'PPK'],
    ]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const applied = await call(deps, 'roster/apply-units', { source: 'file', base64: b64(xlsx) });
    expect(applied.roster.units.filter((u) => !u.unlisted).map((u) => u.name)).toEqual(['Tulungagung', 'Boyolangu']);
    expect(applied.region).toBeNull();
    // No region from a file: the organisation stays as it was.
    expect(applied.settings.organizerName).toBe('KPU Provinsi Jawa Timur');
  });

  it('answers random bytes, an empty file and a zip that is no workbook in Indonesian, writing nothing', async () => {
    const deps = makeDeps();
    let seed = 7;
    const random = Uint8Array.from({ length: 4000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    for (const bytes of [random, new TextEncoder().encode('   \n'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]) {
      const err = await callError(deps, 'roster/preview-units', { source: 'file', base64: b64(bytes) });
      expect(err.code).not.toBe('internal');
      expect(err.message).toMatch(/File|Baris|kolom|Excel/);
    }
    expect(fs.existsSync(path.join(deps.store.dir, 'roster.json'))).toBe(false);
  });
});
