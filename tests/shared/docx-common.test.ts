import { describe, expect, it } from 'vitest';
import { imageInfo, logoFromDataUrl } from '../../shared/documents/common';
import { attendanceCounts } from '../../shared/domain/attendance';
import { buildInvitationLetterDocx } from '../../shared/documents/letter-docx';
import { buildAttendanceListDocx, buildMinutesDocx } from '../../shared/documents/minutes-docx';
import { PAPER_TWIPS } from '../../shared/domain/settings';
import { defaultMeetingSetup, newMeeting } from '../../shared/domain/meeting';
import { defaultRoster } from '../../shared/domain/roster';
import { ABSENT_UNITS, largeMeeting, seedMeeting, seedRoster, seedSettings } from './helpers/seed-meeting';
import { dataUrl, solidPng } from './helpers/png';
import { documentXml, headersXml, paragraphsOf, sectionsOf, tablesOf } from './helpers/docx-xml';
import { itemAt, valueAt } from '../helpers/indexed';

describe('letterhead logo', () => {
  it('reads type and size of a PNG from its bytes', () => {
    const info = imageInfo(solidPng(120, 60));
    expect(info).toMatchObject({ type: 'png', width: 120, height: 60 });
  });

  it('reads type and size of a JPEG from its frame header, past other segments', () => {
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xdb, 0x00, 0x04, 0x00,
      0x00, 0xff, 0xc2, 0x00, 0x0b, 0x08, 0x01, 0x2c, 0x02, 0x58, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9,
    ]);
    expect(imageInfo(jpeg)).toMatchObject({ type: 'jpg', width: 600, height: 300 });
  });

  it('refuses what is not a PNG or JPEG instead of breaking the document', () => {
    expect(imageInfo(new TextEncoder().encode('GIF89a....'))).toBeNull();
    expect(logoFromDataUrl('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=')).toBeNull();
    expect(logoFromDataUrl('bukan data url')).toBeNull();
    expect(logoFromDataUrl(dataUrl(solidPng(10, 20), 'image/png'))).toMatchObject({ width: 10, height: 20 });
  });
});

describe('attendanceCounts', () => {
  it('counts the seed meeting: 35 of 38 units, 97 people', () => {
    const c = attendanceCounts(seedMeeting());
    expect(c).toEqual({
      unitsPresent: 35,
      unitsInvited: 38,
      peoplePresent: 97,
      perRole: { parmas: 34, tekmas: 32, medsos: 31 },
      missingUnits: [...ABSENT_UNITS].sort(),
    });
  });

  it('ignores cells of roles and units that were not invited, and counts late arrivals as present', () => {
    const m = seedMeeting();
    m.rolesInvited = ['parmas'];
    m.unitsInvited = ['3504', '3529', '3502'];
    valueAt(valueAt(m.attendance, '3502').cells, 'parmas').status = 'terlambat';
    m.attendance['9999'] = { cells: { parmas: { ...valueAt(valueAt(m.attendance, '3504').cells, 'parmas') } }, note: '' };
    expect(attendanceCounts(m)).toEqual({
      unitsPresent: 2,
      unitsInvited: 3,
      peoplePresent: 2,
      perRole: { parmas: 2 },
      missingUnits: ['3529'],
    });
  });
});

async function allTables(bytes: Uint8Array) {
  const xml = await documentXml(bytes);
  return { xml, tables: tablesOf(xml), sections: sectionsOf(xml) };
}

describe('explicit widths (LibreOffice ignores automatic ones)', () => {
  const cases: Array<[string, () => Promise<Uint8Array>]> = [
    ['letter (all)', () => buildInvitationLetterDocx(seedMeeting(), seedRoster(), seedSettings('F4'), 'all', '2022-05-21')],
    ['letter (per unit)', () => buildInvitationLetterDocx(seedMeeting(), seedRoster(), seedSettings(), 'per-unit', '2022-05-21')],
    ['minutes', () => buildMinutesDocx(seedMeeting(), seedRoster(), seedSettings('F4'))],
    ['attendance list', () => buildAttendanceListDocx(seedMeeting(), seedRoster(), seedSettings())],
  ];
  for (const [name, build] of cases) {
    it(`${name}: every table is fixed, sized in twips, and fits between the margins`, async () => {
      const { tables, sections } = await allTables(await build());
      expect(tables.length).toBeGreaterThan(0);
      const widest = Math.max(...sections.map((s) => s.w - s.left - s.right));
      for (const t of tables) {
        expect(t.layout).toBe('fixed');
        expect(t.tblW?.type).toBe('dxa');
        expect(t.grid.reduce((a, b) => a + b, 0)).toBe(t.tblW!.w);
        expect(t.tblW!.w).toBeLessThanOrEqual(widest);
        expect(t.cells.length).toBeGreaterThan(0);
        for (const c of t.cells) {
          expect(c.type).toBe('dxa');
          expect(c.w).toBeGreaterThan(0);
        }
      }
    });
  }

  it('sets the page size from the paper setting', async () => {
    const a4 = sectionsOf(await documentXml(await buildMinutesDocx(seedMeeting(), seedRoster(), seedSettings('A4'))));
    const f4 = sectionsOf(await documentXml(await buildMinutesDocx(seedMeeting(), seedRoster(), seedSettings('F4'))));
    for (const s of a4) expect([s.w, s.h]).toEqual([PAPER_TWIPS.A4.width, PAPER_TWIPS.A4.height]);
    for (const s of f4) expect([s.w, s.h]).toEqual([PAPER_TWIPS.F4.width, PAPER_TWIPS.F4.height]);
  });

  it('turns the attendance pages sideways when more than three roles are invited, and keeps each row inside', async () => {
    const m = seedMeeting();
    const roster = seedRoster();
    for (const [id, label] of [
      ['hukum', 'Divisi Hukum'],
      ['sekretaris', 'Sekretaris'],
    ] as const) {
      roster.roles.push({ id, label, short: label, keywords: [] });
      m.rolesInvited.push(id);
    }
    const { tables, sections } = await allTables(await buildAttendanceListDocx(m, roster, seedSettings()));
    expect(itemAt(sections, 0).orient).toBe('landscape');
    expect(itemAt(sections, 0).w).toBe(PAPER_TWIPS.A4.height);
    const grid = itemAt(tables, tables.length - 1).grid;
    expect(grid).toHaveLength(2 + 2 * 5);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(PAPER_TWIPS.A4.height - itemAt(sections, 0).left - itemAt(sections, 0).right);
  });
});

describe('wording comes from the templates, with the user overrides', () => {
  it('uses an override from Settings and fills its placeholders', async () => {
    const settings = seedSettings();
    settings.templates['letter.closing'] = 'Atas perhatian Saudara dalam {acara} pada {hari_tanggal}, kami ucapkan terima kasih.';
    const xml = await documentXml(await buildInvitationLetterDocx(seedMeeting(), seedRoster(), settings, 'all', '2022-05-21'));
    const paras = paragraphsOf(xml);
    expect(paras).toContain(
      'Atas perhatian Saudara dalam Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024 pada Rabu, 25 Mei 2022, kami ucapkan terima kasih.',
    );
    expect(paras.join('\n')).not.toContain('Demikian atas perhatian');
  });

  it('builds a national-size minutes document (514 units) without error', async () => {
    const { meeting, roster } = largeMeeting(514);
    const xml = await documentXml(await buildMinutesDocx(meeting, roster, seedSettings()));
    const attendance = tablesOf(xml).at(-1)!;
    // two header rows (the second gets the merged No. and unit cells) and a row per unit
    expect(attendance.cells.length).toBe(5 + 8 + 514 * 8);
  });
});

describe('a meeting that has only just been created', () => {
  it('still gives a letter, minutes and attendance list, with placeholders instead of gaps', async () => {
    const m = newMeeting({ ...defaultMeetingSetup('2024-02-14'), title: 'Rapat Koordinasi Evaluasi' }, 'baru', '2024-02-01T00:00:00.000Z');
    const settings = seedSettings();
    const letter = paragraphsOf(await documentXml(await buildInvitationLetterDocx(m, defaultRoster(), settings, 'all', '2024-02-01'))).join('\n');
    expect(letter).toContain('Surabaya, 1 Februari 2024');
    expect(letter).toContain('Rabu, 14 Februari 2024');
    expect(letter).toContain('Rapat Koordinasi Evaluasi');
    const minutesDocx = await buildMinutesDocx(m, defaultRoster(), settings, { generatedAt: 'bukan tanggal' });
    const header = paragraphsOf(await headersXml(minutesDocx)).join('\n');
    expect(header).toContain('DRAF — belum final');
    expect(header).not.toContain('dicetak');
    const minutes = paragraphsOf(await documentXml(minutesDocx)).join('\n');
    expect(minutes).toContain('0 dari 38 KPU Kabupaten/Kota hadir (0 orang)');
    expect(minutes).toContain('Belum ada catatan pembicara.');
    expect(minutes).toContain('Tidak ada tindak lanjut yang dicatat.');
    expect(minutes).not.toContain('Rapat ditutup');
    const list = paragraphsOf(await documentXml(await buildAttendanceListDocx(m, defaultRoster(), settings))).join('\n');
    expect(list).toContain('Kota Batu');
  });
});
