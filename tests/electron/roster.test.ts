// The roster handlers over a real data folder: person and role edits with their checks, the
// CSV import (preview writes nothing, apply writes only good rows) and the export round trip.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callError, makeDeps } from './helpers';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { readCsv } from '../../shared/text/csv';
import { decodeText } from '../../shared/text/decode';
import { itemAt } from '../helpers/indexed';

const fixture = (name: string) => fs.readFileSync(path.resolve('tests/fixtures/roster', name));
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const rosterFile = (dir: string) => fs.readFileSync(path.join(dir, 'roster.json'), 'utf8');

describe('roster/save-person', () => {
  it('creates a person under the id the page made, normalises the phone, and updates the same row on the next edit', async () => {
    const deps = makeDeps();
    const first = await call(deps, 'roster/save-person', {
      id: 'p-1',
      unitCode: '3504',
      roleId: 'parmas',
      patch: { name: '  Nurul   Hidayati ', phone: '0812-3456-7801' },
    });
    expect(first.person).toMatchObject({ id: 'p-1', name: 'Nurul Hidayati', phone: '+6281234567801', unitCode: '3504', roleId: 'parmas' });
    await call(deps, 'roster/save-person', { id: 'p-1', unitCode: '3504', roleId: 'parmas', patch: { jabatan: 'Anggota KPU Kabupaten Tulungagung' } });
    await call(deps, 'roster/save-person', { id: 'p-1', unitCode: '3504', roleId: 'parmas', patch: { phone: '62 812 3456 7801' } });

    // A fresh store on the same folder reads what was written.
    const reopened = makeDeps(deps.store.dir).store.getRoster();
    expect(reopened.people).toEqual([
      {
        id: 'p-1',
        unitCode: '3504',
        roleId: 'parmas',
        name: 'Nurul Hidayati',
        jabatan: 'Anggota KPU Kabupaten Tulungagung',
        email: '',
        phone: '+6281234567801',
        notes: '',
      },
    ]);
  });

  it('refuses a bad email or phone with a message naming the value, and keeps what was saved', async () => {
    const deps = makeDeps();
    await call(deps, 'roster/save-person', { id: 'p-1', unitCode: '3573', roleId: 'tekmas', patch: { name: 'Dewi', email: 'dewi@kpu.example.id' } });
    const before = rosterFile(deps.store.dir);
    const email = await callError(deps, 'roster/save-person', { id: 'p-1', unitCode: '3573', roleId: 'tekmas', patch: { email: 'dewi(at)kpu' } });
    expect(email.message).toContain('Email "dewi(at)kpu" tidak valid');
    const phone = await callError(deps, 'roster/save-person', { id: 'p-1', unitCode: '3573', roleId: 'tekmas', patch: { phone: '12345' } });
    expect(phone.message).toContain('Nomor WhatsApp "12345" tidak valid');
    const unit = await callError(deps, 'roster/save-person', { id: 'p-2', unitCode: '3599', roleId: 'tekmas', patch: { name: 'X' } });
    expect(unit.message).toContain('3599');
    expect(rosterFile(deps.store.dir)).toBe(before);
  });

  it('clearing every field of a person empties the role; delete-person removes one', async () => {
    const deps = makeDeps();
    await call(deps, 'roster/save-person', { id: 'p-1', unitCode: '3579', roleId: 'medsos', patch: { name: 'Rina' } });
    await call(deps, 'roster/save-person', { id: 'p-2', unitCode: '3579', roleId: 'parmas', patch: { name: 'Andre' } });
    const cleared = await call(deps, 'roster/save-person', { id: 'p-1', unitCode: '3579', roleId: 'medsos', patch: { name: ' ' } });
    expect(cleared.person).toBeNull();
    expect(cleared.roster.people.map((p) => p.id)).toEqual(['p-2']);
    const after = await call(deps, 'roster/delete-person', { id: 'p-2' });
    expect(after.people).toEqual([]);
    expect((await callError(deps, 'roster/delete-person', { id: 'p-2' })).code).toBe('not_found');
  });
});

describe('roles', () => {
  it('adds a role a meeting can invite, refuses a duplicate, and removes it only when nothing uses it', async () => {
    const deps = makeDeps();
    const { role, roster } = await call(deps, 'roster/add-role', { label: 'Divisi Hukum', short: '', keywords: ['Hukum', 'Kadiv Hukum'] });
    expect(role).toEqual({ id: 'divisi-hukum', label: 'Divisi Hukum', short: 'Divisi Hukum', keywords: ['hukum', 'kadiv hukum'] });
    expect(roster.roles.map((r) => r.id)).toEqual(['parmas', 'tekmas', 'medsos', 'divisi-hukum']);
    expect((await callError(deps, 'roster/add-role', { label: 'divisi  hukum', short: '', keywords: [] })).message).toContain('sudah ada');
    expect((await callError(deps, 'roster/add-role', { label: '  ', short: '', keywords: [] })).message).toBe('Nama peran wajib diisi.');

    await call(deps, 'roster/save-person', { id: 'p-1', unitCode: '3501', roleId: 'divisi-hukum', patch: { name: 'Hasan' } });
    expect((await callError(deps, 'roster/remove-role', { id: 'divisi-hukum' })).message).toContain('masih diisi 1 orang');
    await call(deps, 'roster/delete-person', { id: 'p-1' });

    const setup = defaultMeetingSetup('2030-01-10');
    await call(deps, 'meetings/create', { ...setup, title: 'Rakor Hukum', rolesInvited: ['divisi-hukum'] });
    expect((await callError(deps, 'roster/remove-role', { id: 'divisi-hukum' })).message).toContain('"Rakor Hukum"');

    const renamed = await call(deps, 'roster/update-role', {
      id: 'medsos',
      role: { label: 'Operator Media Sosial dan Website', short: 'Operator', keywords: ['operator'] },
    });
    expect(renamed.roles.find((r) => r.id === 'medsos')?.short).toBe('Operator');
    const moved = await call(deps, 'roster/move-role', { id: 'medsos', direction: -1 });
    expect(moved.roles.map((r) => r.id)).toEqual(['parmas', 'medsos', 'tekmas', 'divisi-hukum']);
    const removed = await call(deps, 'roster/add-role', { label: 'Sekretaris', short: '', keywords: [] });
    const after = await call(deps, 'roster/remove-role', { id: removed.role.id });
    expect(after.roles.map((r) => r.id)).not.toContain('sekretaris');
  });
});

describe('roster CSV import', () => {
  it('previews a semicolon file: good rows say what they add, the two bad rows say why, and nothing is written', async () => {
    const deps = makeDeps();
    const before = await call(deps, 'roster/get', {});
    const preview = await call(deps, 'roster/import-preview', { base64: b64(fixture('roster-titik-koma.csv')) });
    expect(preview.delimiter).toBe(';');
    expect(preview.counts).toEqual({ baru: 4, ubah: 0, sama: 0, salah: 2 });
    const bad = preview.rows.filter((r) => !r.ok);
    expect(bad.map((r) => r.line)).toEqual([5, 6]);
    expect(itemAt(bad, 0).errors.join(' ')).toContain('Unit "Kabupaten Atlantis" tidak dikenal');
    expect(itemAt(bad, 1).errors.join(' ')).toContain('Email "budi(at)kpu-surabaya" tidak valid');
    expect(itemAt(bad, 1).errors.join(' ')).toContain('Nomor WhatsApp "0812" tidak valid');
    const malang = preview.rows.find((r) => r.line === 3)!;
    expect(malang).toMatchObject({ unitCode: '3507', unitLabel: 'Kab. Malang', roleLabel: 'Kasubag Tekmas', phone: '+6281311112222' });
    expect(await call(deps, 'roster/get', {})).toEqual(before);
    expect(fs.existsSync(path.join(deps.store.dir, 'roster.json'))).toBe(false);
  });

  it('apply writes only the good rows, and applying the same file again changes nothing', async () => {
    const deps = makeDeps();
    const applied = await call(deps, 'roster/import-apply', { base64: b64(fixture('roster-titik-koma.csv')) });
    expect(applied).toMatchObject({ added: 4, updated: 0, unchanged: 0, skipped: 2 });
    const roster = await call(deps, 'roster/get', {});
    expect(roster.people.map((p) => `${p.unitCode}/${p.roleId}/${p.name}`)).toEqual([
      '3504/parmas/Nurul Hidayati',
      '3507/tekmas/Bambang Sutrisno, S.Sos.',
      '3579/medsos/Rina Agustin',
      '3506/parmas/Ahmad Fauzi',
    ]);
    expect(roster.people.find((p) => p.unitCode === '3507')?.notes).toBe('Kantor: Jl. Panji; Kepanjen');
    expect(roster.people.some((p) => p.unitCode === '3578')).toBe(false);

    const again = await call(deps, 'roster/import-apply', { base64: b64(fixture('roster-titik-koma.csv')) });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4, skipped: 2 });
    expect((await call(deps, 'roster/get', {})).people).toHaveLength(4);
  });

  it('reads Windows-1252 and UTF-8 with BOM, quoted commas and line breaks', async () => {
    const deps = makeDeps();
    const cp = await call(deps, 'roster/import-preview', { base64: b64(fixture('roster-windows-1252.csv')) });
    expect(cp.encoding).toBe('Windows-1252');
    expect(cp.rows.map((r) => [r.unitCode, r.roleLabel, r.name])).toEqual([
      ['3579', 'Divisi Parmas', 'André Wijaya'],
      ['3529', 'Operator Medsos', 'Moh. Ra’uf'],
    ]);
    await call(deps, 'roster/import-apply', { base64: b64(fixture('roster-windows-1252.csv')) });
    expect(itemAt((await call(deps, 'roster/get', {})).people, 0).notes).toBe('Divisi Parmas – Sosdiklih');

    const bom = await call(deps, 'roster/import-preview', { base64: b64(fixture('roster-bom-koma.csv')) });
    expect(bom.encoding).toBe('UTF-8 (BOM)');
    expect(bom.delimiter).toBe(',');
    expect(bom.rows[0]).toMatchObject({ ok: true, unitCode: '3573', name: 'Dewi Lestari, S.E.', phone: '+62341123456' });
  });

  it('updates a person in place when the row names the holder of that role, and shows the fields that change', async () => {
    const deps = makeDeps();
    await call(deps, 'roster/save-person', { id: 'p-1', unitCode: '3504', roleId: 'parmas', patch: { name: 'Nurul Hidayati', phone: '0812 9999 0000' } });
    const preview = await call(deps, 'roster/import-preview', { base64: b64(fixture('roster-titik-koma.csv')) });
    const row = preview.rows.find((r) => r.line === 2)!;
    expect(row.change).toBe('ubah');
    expect(row.changes.map((c) => c.field)).toEqual(['jabatan', 'email', 'phone']);
    expect(row.changes.find((c) => c.field === 'phone')).toEqual({ field: 'phone', from: '+6281299990000', to: '+6281234567801' });
    await call(deps, 'roster/import-apply', { base64: b64(fixture('roster-titik-koma.csv')) });
    const people = (await call(deps, 'roster/get', {})).people.filter((p) => p.unitCode === '3504');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: 'p-1', phone: '+6281234567801' });
  });

  it('says which columns are missing instead of guessing', async () => {
    const deps = makeDeps();
    const err = await callError(deps, 'roster/import-preview', { base64: b64('nama;email\nBudi;budi@x.id\n') });
    expect(err.message).toContain('Kolom wajib tidak ditemukan: kode_wilayah atau unit, peran');
    const empty = await callError(deps, 'roster/import-preview', { base64: b64('\ufeff \r\n') });
    expect(empty.message).toBe('File daftar kontak kosong.');
  });
});

describe('roster CSV export', () => {
  it('exports a CSV that Excel cannot run as formulas and that imports back as the same roster', async () => {
    const deps = makeDeps();
    await call(deps, 'roster/import-apply', { base64: b64(fixture('roster-titik-koma.csv')) });
    await call(deps, 'roster/import-apply', { base64: b64(fixture('roster-windows-1252.csv')) });
    await call(deps, 'roster/save-person', {
      id: 'p-evil',
      unitCode: '3501',
      roleId: 'tekmas',
      patch: { name: '=HYPERLINK("http://x.example","klik")', jabatan: '+Kasubag', notes: '@SUM(A1)\n-1' },
    });
    const roster = await call(deps, 'roster/get', {});
    const file = await call(deps, 'roster/export-csv', {});
    expect(file.fileName).toBe('roster-kpu-kabupaten-kota-2026-11-28.csv');
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = readCsv(decodeText(bytes).text);
    expect(table.rows[0]).toEqual(['kode_wilayah', 'unit', 'peran', 'nama', 'jabatan', 'email', 'whatsapp', 'catatan']);
    const evil = table.rows.find((r) => r[0] === '3501')!;
    // Every cell a spreadsheet would run starts with an apostrophe in the file.
    expect(evil[3]).toBe(`'=HYPERLINK("http://x.example","klik")`);
    expect(evil[4]).toBe("'+Kasubag");
    // The second line would start a formula for a reader that splits the cell at its line break.
    expect(evil[7]).toBe("'@SUM(A1)\n'-1");
    expect(table.rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    // Phones are stored as +62...: guarded on the way out, restored on the way in.
    expect(table.rows.find((r) => r[0] === '3504')![6]).toBe("'+6281234567801");

    const back = await call(deps, 'roster/import-preview', { base64: file.base64 });
    expect(back.counts).toEqual({ baru: 0, ubah: 0, sama: roster.people.length, salah: 0 });

    // Into an empty roster the file recreates exactly the same people.
    const fresh = makeDeps();
    await call(fresh, 'roster/import-apply', { base64: file.base64 });
    const strip = (people: typeof roster.people) =>
      people.map(({ id: _id, ...rest }) => rest).sort((a, b) => (a.unitCode + a.roleId).localeCompare(b.unitCode + b.roleId));
    expect(strip((await call(fresh, 'roster/get', {})).people)).toEqual(strip(roster.people));

    const semi = await call(deps, 'roster/export-csv', { delimiter: ';' });
    expect(readCsv(decodeText(Buffer.from(semi.base64, 'base64')).text).delimiter).toBe(';');
    expect((await call(deps, 'roster/import-preview', { base64: semi.base64 })).counts.sama).toBe(roster.people.length);
  });

  it('stays formula-free whichever delimiter a spreadsheet splits it on, in both files, and imports back', async () => {
    const deps = makeDeps();
    await call(deps, 'roster/save-person', {
      id: 'p-semi',
      unitCode: '3502',
      roleId: 'parmas',
      patch: { name: 'Budi;=1+1;', jabatan: 'Kasubag,=2+2', notes: 'satu\t@SUM(A1)\r\n+62 812' },
    });
    const roster = await call(deps, 'roster/get', {});
    const formula = /^"*[=+\-@]/;
    for (const delimiter of [',', ';'] as const) {
      const file = await call(deps, 'roster/export-csv', { delimiter });
      const text = decodeText(Buffer.from(file.base64, 'base64')).text;
      const line = text.split('\r\n').find((l) => l.startsWith('3502'))!;
      expect(line).toContain(`"Budi;'=1+1;"`);
      expect(line).toContain(`"Kasubag,'=2+2"`);
      for (const read of [',', ';', '\t']) {
        // Quote-blind, as a spreadsheet set to the other list separator reads it.
        expect(
          text
            .split(/\r\n|\r|\n/)
            .flatMap((l) => l.split(read))
            .filter((c) => formula.test(c)),
        ).toEqual([]);
      }
      const fresh = makeDeps();
      await call(fresh, 'roster/import-apply', { base64: file.base64 });
      const person = (await call(fresh, 'roster/get', {})).people.find((p) => p.unitCode === '3502' && p.roleId === 'parmas')!;
      const stored = roster.people.find((p) => p.id === 'p-semi')!;
      expect({ ...person, id: '' }).toEqual({ ...stored, id: '' });
    }
  });
});

describe('settings logo', () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

  it('stores a PNG or JPEG as a data URL and refuses other files or more than 1 MB, keeping the old logo', async () => {
    const deps = makeDeps();
    const saved = await call(deps, 'settings/set-logo', { fileName: 'logo-kpu.png', base64: png.toString('base64') });
    expect(saved.organisation.logoDataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect((await call(deps, 'settings/get', {})).organisation.logoDataUrl).toBe(saved.organisation.logoDataUrl);

    const fake = await callError(deps, 'settings/set-logo', { fileName: 'logo.png', base64: b64('<svg></svg>') });
    expect(fake.message).toBe('"logo.png" bukan gambar PNG atau JPEG. Simpan logo sebagai .png atau .jpg lalu pilih lagi.');
    const big = Buffer.alloc(1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    const tooBig = await callError(deps, 'settings/set-logo', { fileName: 'besar.jpg', base64: big.toString('base64') });
    expect(tooBig.message).toContain('maksimal 1 MB');
    expect((await call(deps, 'settings/get', {})).organisation.logoDataUrl).toBe(saved.organisation.logoDataUrl);

    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    expect((await call(deps, 'settings/set-logo', { fileName: 'a.jpg', base64: jpeg.toString('base64') })).organisation.logoDataUrl).toMatch(
      /^data:image\/jpeg;base64,/,
    );
    expect((await call(deps, 'settings/remove-logo', {})).organisation.logoDataUrl).toBe('');
  });

  it('settings/save applies the same rule: an SVG, a web address or a relabelled file is refused and nothing changes', async () => {
    const deps = makeDeps();
    const withLogo = await call(deps, 'settings/set-logo', { fileName: 'logo-kpu.png', base64: png.toString('base64') });
    // The page saves the whole settings, logo included: what set-logo stored passes.
    await call(deps, 'settings/save', { ...withLogo, organizerName: 'Sekretariat' });
    const svg = `data:image/svg+xml;base64,${b64('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')}`;
    const jpegAsPng = `data:image/png;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).toString('base64')}`;
    const tooBig = Buffer.alloc(1024 * 1024 + 1);
    tooBig.set(png);
    for (const logoDataUrl of [
      svg,
      'https://evil.example/logo.png',
      'file:///C:/logo.png',
      jpegAsPng,
      `data:image/png;base64,${tooBig.toString('base64')}`,
      'data:image/png;base64,%%%',
    ]) {
      const err = await callError(deps, 'settings/save', { ...withLogo, organizerName: 'Diubah', organisation: { ...withLogo.organisation, logoDataUrl } });
      expect(err.code, logoDataUrl.slice(0, 40)).toBe('invalid_input');
      expect((err.details ?? []).join(' ')).toMatch(/PNG atau JPEG|maks(imal|\.) 1 MB/);
    }
    expect(await call(deps, 'settings/get', {})).toMatchObject({
      organizerName: 'Sekretariat',
      organisation: { logoDataUrl: withLogo.organisation.logoDataUrl },
    });
    // set-logo refuses the SVG with the same rule's words.
    expect((await callError(deps, 'settings/set-logo', { fileName: 'kop.svg', base64: b64('<svg/>') })).message).toContain('bukan gambar PNG atau JPEG');
  });

  it('a settings file that an older Rakor stored with an SVG logo still opens, without the logo', async () => {
    const deps = makeDeps();
    const saved = await call(deps, 'settings/save', { ...(await call(deps, 'settings/get', {})), organizerName: 'Sekretariat' });
    const file = path.join(deps.store.dir, 'pengaturan.json');
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    stored.settings.organisation.logoDataUrl = `data:image/svg+xml;base64,${b64('<svg/>')}`;
    fs.writeFileSync(file, JSON.stringify(stored));
    const reopened = makeDeps(deps.store.dir);
    expect(await call(reopened, 'settings/get', {})).toEqual({ ...saved, organisation: { ...saved.organisation, logoDataUrl: '' } });
    expect(reopened.store.damaged).toEqual([]);
  });
});

describe('units in a roster CSV, all 38', () => {
  it('recognises every unit by code, official name, "Kab."/"Kota" and bare name, and refuses the seven shared names alone', async () => {
    const { JATIM_UNITS, ambiguousUnitNames } = await import('../../shared/domain/units');
    const deps = makeDeps();
    const lines = ['kode_wilayah;unit;peran;nama'];
    const expected: string[] = [];
    const shared = new Set(ambiguousUnitNames(JATIM_UNITS));
    expect([...shared].sort()).toEqual(['blitar', 'kediri', 'madiun', 'malang', 'mojokerto', 'pasuruan', 'probolinggo']);
    for (const u of JATIM_UNITS) {
      const kab = u.kind === 'kabupaten';
      for (const [i, spelled] of [
        `KPU ${kab ? 'Kabupaten' : 'Kota'} ${u.name}`,
        `${kab ? 'Kab.' : 'Kota'} ${u.name}`,
        `${kab ? 'Kab' : 'KOTA'} ${u.name.toUpperCase()}`,
      ].entries()) {
        lines.push(`;${spelled};parmas;Orang ${u.code} ${i}`);
        expected.push(u.code);
      }
      lines.push(`${u.code};;tekmas;Orang ${u.code}`);
      expected.push(u.code);
      if (!shared.has(u.name.toLowerCase())) {
        lines.push(`;${u.name};medsos;Orang ${u.code}`);
        expected.push(u.code);
      }
    }
    const preview = await call(deps, 'roster/import-preview', { base64: b64(lines.join('\n')) });
    expect(preview.rows.filter((r) => !r.ok).map((r) => r.errors)).toEqual([]);
    expect(preview.rows.map((r) => r.unitCode)).toEqual(expected);

    const bare = ['kode_wilayah;unit;peran;nama', ...[...shared].map((n) => `;KPU ${itemAt(n, 0).toUpperCase()}${n.slice(1)};parmas;X`)];
    const refused = await call(deps, 'roster/import-preview', { base64: b64(bare.join('\n')) });
    expect(refused.counts).toEqual({ baru: 0, ubah: 0, sama: 0, salah: 7 });
    expect(refused.rows.flatMap((r) => r.errors)).toContain('Unit "KPU Malang" ambigu: tulis "Kab. Malang" atau "Kota Malang", atau isi kode_wilayah.');
    // A code that contradicts the name is refused rather than silently trusted.
    const clash = await call(deps, 'roster/import-preview', { base64: b64('kode_wilayah;unit;peran;nama\n3573;Kab. Malang;parmas;X\n') });
    expect(itemAt(clash.rows, 0).errors[0]).toContain('tidak cocok');
  });
});
