import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../shared/errors';
import { defaultRoster, type Person, type Roster } from '../../shared/domain/roster';
import { normalizePhone, parseRosterCsv, rosterToCsv, type RosterCsvRow } from '../../shared/import/roster-csv';
import { decodeText } from '../../shared/text/decode';
import { readCsv } from '../../shared/text/csv';
import { firstItems, itemAt } from '../helpers/indexed';

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = 'kode_wilayah,unit,peran,nama,jabatan,email,whatsapp,catatan\n';

function person(p: Partial<Person> & Pick<Person, 'id' | 'unitCode' | 'roleId'>): Person {
  return { name: '', jabatan: '', email: '', phone: '', notes: '', ...p };
}

const okRows = (rows: RosterCsvRow[]) =>
  rows.map((r) => {
    if (!r.ok) throw new Error(`line ${r.line}: ${r.errors.join(' ')}`);
    return r;
  });

describe('normalizePhone', () => {
  it('accepts the ways people write Indonesian numbers', () => {
    const cases: Array<[string, string]> = [
      ['081234567890', '+6281234567890'],
      ['0812-3456-7890', '+6281234567890'],
      ['0812 3456 7890', '+6281234567890'],
      ['0812.3456.7890', '+6281234567890'],
      ['6281234567890', '+6281234567890'],
      ['+62 812-3456-7890', '+6281234567890'],
      ['+62 (0)812 3456 7890', '+6281234567890'],
      ['(0341) 123456', '+62341123456'],
      ['81234567890', '+6281234567890'],
      ['  0812345678  ', '+62812345678'],
    ];
    for (const [input, want] of cases) expect(normalizePhone(input), input).toBe(want);
  });

  it('rejects what is not an Indonesian number', () => {
    for (const input of ['', 'abc', '0812-34', '+1 415 555 0100', '12345678901', '6.28123E+12', '0812+3456', '08123456789012345']) {
      expect(normalizePhone(input), input).toBeNull();
    }
  });
});

describe('parseRosterCsv', () => {
  const roster = defaultRoster();

  it('reads units by code or name and roles by id, label, short label or keyword', () => {
    const text =
      HEADER +
      '3504,,parmas,Budi Santoso,Anggota KPU,budi@example.com,0812-3456-7890,\n' +
      ',KPU Kabupaten Tulungagung,Kasubag Tekmas,Siti Aminah,,,,\n' +
      ',Kab. Malang,Operator Media Sosial,Ani,,,,catatan "penting"\n' +
      ',kota malang,Medsos,Rudi,,,6281234567891,\n' +
      '3579,KPU Kota Batu,kasubbag,Dewi,,,,\n';
    const rows = okRows(parseRosterCsv(utf8(text), roster).rows);
    expect(rows.map((r) => [r.line, r.person.unitCode, r.person.roleId, r.person.name, r.change])).toEqual([
      [2, '3504', 'parmas', 'Budi Santoso', 'baru'],
      [3, '3504', 'tekmas', 'Siti Aminah', 'baru'],
      [4, '3507', 'medsos', 'Ani', 'baru'],
      [5, '3573', 'medsos', 'Rudi', 'baru'],
      [6, '3579', 'tekmas', 'Dewi', 'baru'],
    ]);
    expect(itemAt(rows, 0).person).toEqual({
      unitCode: '3504',
      roleId: 'parmas',
      name: 'Budi Santoso',
      jabatan: 'Anggota KPU',
      email: 'budi@example.com',
      phone: '+6281234567890',
      notes: '',
    });
    expect(itemAt(rows, 2).person.notes).toBe('catatan "penting"');
  });

  it('reads ";" files from Excel in Windows-1252, with aliases and columns in another order', () => {
    const text = 'Nama;No WA;Peran;Unit;Keterangan\r\nJosé;0812 1111 2222;parmas;Kota Surabaya;café\r\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const [row] = firstItems(okRows(parseRosterCsv(bytes, roster).rows), 1);
    expect(row.person).toEqual({
      unitCode: '3578',
      roleId: 'parmas',
      name: 'José',
      jabatan: '',
      email: '',
      phone: '+6281211112222',
      notes: 'café',
    });
  });

  it('explains every problem of a row in Indonesian', () => {
    const text =
      HEADER +
      ',Malang,parmas,Budi,,,,\n' +
      ',Kabupaten Atlantis,parmas,Budi,,,,\n' +
      '9999,,parmas,Budi,,,,\n' +
      '3507,Kota Malang,parmas,Budi,,,,\n' +
      '3504,,bendahara,Budi,,budi@,0812,\n' +
      ',,,Budi,,,,\n' +
      '3504,,parmas,,,,,\n' +
      '3504,,operator parmas,Budi,,,,\n';
    const rows = parseRosterCsv(utf8(text), roster).rows;
    expect(rows).toEqual([
      { line: 2, ok: false, errors: ['Unit "Malang" ambigu: tulis "Kab. Malang" atau "Kota Malang", atau isi kode_wilayah.'] },
      { line: 3, ok: false, errors: ['Unit "Kabupaten Atlantis" tidak dikenal.'] },
      { line: 4, ok: false, errors: ['Kode wilayah "9999" tidak dikenal.'] },
      { line: 5, ok: false, errors: ['Kode wilayah 3507 (Kab. Malang) tidak cocok dengan unit "Kota Malang".'] },
      {
        line: 6,
        ok: false,
        errors: [
          'Peran "bendahara" tidak dikenal. Pilihan: parmas, tekmas, medsos.',
          'Email "budi@" tidak valid.',
          'Nomor WhatsApp "0812" tidak valid. Contoh penulisan: 0812-3456-7890.',
        ],
      },
      { line: 7, ok: false, errors: ['Unit wajib diisi: isi kode_wilayah atau nama unit.', 'Peran wajib diisi.'] },
      { line: 8, ok: false, errors: ['Isi minimal nama, email, atau nomor WhatsApp.'] },
      {
        line: 9,
        ok: false,
        errors: ['Peran "operator parmas" ambigu: bisa parmas atau medsos. Tulis salah satu dari: parmas, tekmas, medsos.'],
      },
    ]);
  });

  it('flags the same person twice', () => {
    const rows = parseRosterCsv(utf8(HEADER + '3504,,parmas,Budi,,,,\n3504,,parmas,budi,,,,\n'), roster).rows;
    expect(rows[1]).toEqual({ line: 3, ok: false, errors: ['Orang yang sama sudah ada di baris 2.'] });
  });

  it('tells new, changed and unchanged entries apart', () => {
    const current: Roster = {
      ...roster,
      people: [
        person({ id: 'p1', unitCode: '3504', roleId: 'parmas', name: 'Budi Santoso', email: 'budi@example.com' }),
        person({ id: 'p2', unitCode: '3504', roleId: 'tekmas', name: 'Siti Aminah' }),
        person({ id: 'p3', unitCode: '3579', roleId: 'medsos', name: 'Dewi' }),
      ],
    };
    const text =
      HEADER +
      '3504,,parmas,Budi Santoso,,budi@example.com,,\n' +
      '3504,,tekmas,Siti Aminah,Kasubag,,,\n' +
      '3579,,medsos,Rina (pengganti),,,,\n' +
      '3579,,medsos,Joko,,,,\n';
    const rows = okRows(parseRosterCsv(utf8(text), current).rows);
    expect(rows.map((r) => [r.change, r.existingId])).toEqual([
      ['sama', 'p1'],
      ['ubah', 'p2'],
      ['ubah', 'p3'],
      ['baru', undefined],
    ]);
  });

  it('keeps stored fields of columns the file does not have', () => {
    const stored: Roster = {
      ...defaultRoster(),
      people: [
        {
          id: 'p1',
          unitCode: '3504',
          roleId: 'parmas',
          name: 'Hendra',
          jabatan: 'Anggota',
          email: 'hendra@example.go.id',
          phone: '+6281234567890',
          notes: 'lama',
        },
      ],
    };
    const bytes = new TextEncoder().encode('kode_wilayah,peran,nama,jabatan\r\n3504,parmas,Hendra,Anggota KPU Kabupaten Tulungagung\r\n');
    const [row] = firstItems(parseRosterCsv(bytes, stored).rows, 1);
    expect(row.ok).toBe(true);
    if (!row.ok) return;
    expect(row.change).toBe('ubah');
    expect(row.person).toMatchObject({ jabatan: 'Anggota KPU Kabupaten Tulungagung', email: 'hendra@example.go.id', phone: '+6281234567890', notes: 'lama' });
  });

  it('rejects a file without the required columns, or an empty one', () => {
    const missing = (() => {
      try {
        parseRosterCsv(utf8('nama,email\nBudi,b@example.com\n'), roster);
      } catch (err) {
        return err as AppError;
      }
      throw new Error('expected an error');
    })();
    expect(missing).toBeInstanceOf(AppError);
    expect(missing.message).toBe(
      'Kolom wajib tidak ditemukan: kode_wilayah atau unit, peran. Baris pertama harus berisi judul kolom: ' +
        'kode_wilayah,unit,peran,nama,jabatan,email,whatsapp,catatan.',
    );
    expect(() => parseRosterCsv(new Uint8Array(), roster)).toThrow('File daftar kontak kosong.');
    expect(() => parseRosterCsv(utf8(HEADER + '3504,,parmas,"Budi\n'), roster)).toThrow(
      'Format CSV rusak: tanda kutip (") yang dibuka di baris 2 tidak pernah ditutup.',
    );
  });
});

describe('rosterToCsv', () => {
  it('writes UTF-8 with BOM, unit then role order, with formula-like cells guarded', () => {
    const roster: Roster = {
      ...defaultRoster(),
      people: [
        person({ id: 'a', unitCode: '3579', roleId: 'medsos', name: '=HYPERLINK("http://x","klik")', phone: '+6281234567890' }),
        person({ id: 'b', unitCode: '3504', roleId: 'tekmas', name: 'Siti' }),
        person({ id: 'c', unitCode: '3504', roleId: 'parmas', name: 'Budi, S.Pd.', notes: 'dua\nbaris' }),
      ],
    };
    const bytes = rosterToCsv(roster);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decodeText(bytes).text;
    expect(text.split('\r\n')[0]).toBe('kode_wilayah,unit,peran,nama,jabatan,email,whatsapp,catatan');
    const rows = readCsv(text).rows;
    expect(rows.slice(1)).toEqual([
      ['3504', 'KPU Kabupaten Tulungagung', 'parmas', 'Budi, S.Pd.', '', '', '', 'dua\nbaris'],
      ['3504', 'KPU Kabupaten Tulungagung', 'tekmas', 'Siti', '', '', '', ''],
      ['3579', 'KPU Kota Batu', 'medsos', `'=HYPERLINK("http://x","klik")`, '', '', "'+6281234567890", ''],
    ]);
    expect(decodeText(rosterToCsv(roster, { delimiter: ';' })).text.split('\r\n')[0]).toBe('kode_wilayah;unit;peran;nama;jabatan;email;whatsapp;catatan');
  });

  it('reads back to the same roster, whatever the text in the cells', () => {
    const base = defaultRoster();
    const tricky = fc.constantFrom('"', ',', ';', '\t', '\n', '\r\n', '=', '+', '-', '@', "'", ' ', 'é', 'Kab. Malang');
    const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme' })), { maxLength: 6 }).map((parts) => parts.join('').trim());
    const personArb = fc.record({
      unitCode: fc.constantFrom(...base.units.map((u) => u.code)),
      roleId: fc.constantFrom(...base.roles.map((r) => r.id)),
      name: text.filter((s) => s.length > 0 && s.length <= 300),
      jabatan: text.filter((s) => s.length <= 500),
      email: fc.option(
        fc.emailAddress().filter((e) => e.length <= 300 && /\.[^.@]+$/.test(e)),
        { nil: '' },
      ),
      phone: fc.option(fc.stringMatching(/^\+628[1-9][0-9]{7,9}$/), { nil: '' }),
      notes: text,
    });
    const peopleArb = fc.uniqueArray(personArb, {
      maxLength: 12,
      selector: (p) => [p.unitCode, p.roleId, p.name.toLowerCase(), p.email.toLowerCase(), p.phone].join('|'),
    });
    fc.assert(
      fc.property(peopleArb, fc.constantFrom<',' | ';'>(',', ';'), (people, delimiter) => {
        const roster: Roster = { ...base, people: people.map((p, i) => ({ id: `p${i}`, ...p })) };
        const bytes = rosterToCsv(roster, { delimiter });
        const back = parseRosterCsv(bytes, { ...base, people: [] }).rows;
        const persons = okRows(back).map((r) => r.person);
        const order = (p: Omit<Person, 'id'>) => `${p.unitCode}|${p.roleId}`;
        const sortBy = (list: Array<Omit<Person, 'id'>>) => [...list].sort((a, b) => order(a).localeCompare(order(b)) || 0);
        expect(sortBy(persons)).toEqual(sortBy(roster.people.map(({ id: _id, ...p }) => p)));
        // Against the roster it came from, nothing changes.
        expect(okRows(parseRosterCsv(bytes, roster).rows).every((r) => r.change === 'sama')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
